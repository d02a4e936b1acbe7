package org.collections.contact.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.collections.contact.api.ReplicaAndLedgerTest.as;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Map;
import org.collections.commons.problem.ProblemException;
import org.collections.contact.events.CreditorCases;
import org.collections.contact.model.Contactability;
import org.collections.contact.compliance.CreditorOverrides;
import org.collections.contact.compliance.RulePack;
import org.collections.contact.compliance.RulePacks;
import org.collections.contact.service.RulePackResolver;
import org.collections.testsupport.Tokens;
import org.junit.jupiter.api.Test;

/** A job judging many cases loads every override once and resolves each case as a single decision would. */
@QuarkusTest
class RulePackResolverTest {

    @Inject
    RulePackResolver resolver;

    private static Contactability replica(String jurisdiction, String creditorId) {
        Contactability c = new Contactability();
        c.jurisdiction = jurisdiction;
        c.creditorId = creditorId;
        return c;
    }

    private static final Instant AT = Instant.parse("2026-06-01T12:00:00Z");

    @Test
    void bulkAndPerCaseResolutionAgree() throws Throwable {
        String creditor = CreditorCases.newCreditor();
        as(Tokens.admin()).body(Map.of("hoursEnd", "20:00", "validationNoticeDays", 3, "reason", "policy"))
                .put("/api/v1/rule-packs/US_REGF/overrides/" + creditor).then().statusCode(201);

        CreditorOverrides all = VertxContextSupport.subscribeAndAwait(() -> resolver.allOverrides());
        Contactability usCase = replica("US", creditor);
        RulePack perCase = VertxContextSupport.subscribeAndAwait(() -> resolver.forCase(usCase, AT));

        assertThat(resolver.packFor(all, usCase, AT)).isEqualTo(perCase);
        assertThat(perCase.hoursEnd()).isEqualTo(LocalTime.of(20, 0));
        assertThat(perCase.validationNoticeDays()).isEqualTo(3);
        assertThat(resolver.packFor(all, replica("GB", creditor), AT)).isEqualTo(RulePacks.UK_CONC);
        assertThat(resolver.packFor(all, replica("US", CreditorCases.newCreditor()), AT)).isEqualTo(RulePacks.US_REGF);
        assertThatThrownBy(() -> resolver.packFor(all, replica("FR", creditor), AT)).isInstanceOf(ProblemException.class)
                .hasMessageContaining("FR");
    }
}
