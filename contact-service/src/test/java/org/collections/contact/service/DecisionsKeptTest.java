package org.collections.contact.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.collections.contact.api.ReplicaAndLedgerTest.as;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.collections.commons.outbox.EventSignature;
import org.collections.contact.events.CreditorCases;
import org.collections.testsupport.Concurrently;
import org.collections.testsupport.Jdbc;
import org.collections.testsupport.Tokens;
import org.junit.jupiter.api.Test;

/** Decisions asked at the same time are each kept once, with what was decided, before they are answered. */
@QuarkusTest
class DecisionsKeptTest {

    @Inject
    EventSignature signature;

    @Test
    void concurrentDecisionsAreEachKeptOnceBeforeTheyAreAnswered() throws Exception {
        String caseId = new CreditorCases(signature).open(CreditorCases.newCreditor(), "US", "America/New_York")[0];

        List<Map<String, Object>> answers = Concurrently.run(24, () -> {
            boolean night = Math.random() < 0.5;
            String decision = as(Tokens.collector()).body(Map.of("caseId", caseId, "channel", "CALL",
                    "at", night ? "2026-11-24T08:00:00Z" : "2026-11-24T15:00:00Z"))
                    .post("/api/v1/contact-decisions").then().statusCode(200).extract().path("decision");
            return Map.<String, Object>of("night", night, "decision", decision);
        });

        assertThat(answers).allSatisfy(a -> assertThat(a.get("decision"))
                .isEqualTo(Boolean.TRUE.equals(a.get("night")) ? "BLOCK" : "ALLOW"));
        long allowed = answers.stream().filter(a -> a.get("decision").equals("ALLOW")).count();
        assertThat(Jdbc.count("select count(distinct id) from contact_decision where case_id = '" + caseId + "'"))
                .isEqualTo(24);
        assertThat(Jdbc.count("select count(*) from contact_decision where case_id = '" + caseId + "' and allowed "
                + "and rule_ids = '' and decided_by = 'collector-user'")).isEqualTo(allowed);
        assertThat(Jdbc.count("select count(*) from contact_decision where case_id = '" + caseId + "' and not allowed "
                + "and rule_ids like '%US_REGF.CONTACT_HOURS%'")).isEqualTo(24 - allowed);
    }
}
