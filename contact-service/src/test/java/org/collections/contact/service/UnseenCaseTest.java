package org.collections.contact.service;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.collections.contact.api.ReplicaAndLedgerTest.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.collections.commons.outbox.EventSignature;
import org.collections.contact.client.CaseServiceMock;
import org.collections.contact.client.FakeCase;
import org.collections.contact.events.CaseEventFeed;
import org.collections.contact.model.Contactability;
import org.collections.contact.service.UnseenCases;
import org.collections.testsupport.Concurrently;
import org.collections.testsupport.Jdbc;
import org.collections.testsupport.Tokens;
import org.junit.jupiter.api.Test;

/** Cases the replica has not heard of are asked of case-service (WireMocked here) and kept in the replica. */
@QuarkusTest
@QuarkusTestResource(value = CaseServiceMock.class, restrictToAnnotatedClass = true)
class UnseenCaseTest {

    WireMockServer caseService;

    @Inject
    EventSignature signature;

    @Inject
    UnseenCases unseen;

    private static Map<String, Object> call(UUID caseId) {
        return Map.of("caseId", caseId.toString(), "channel", "CALL");
    }

    @Test
    void aDecisionForAnUnseenCaseUsesTheCaseFromCaseServiceWhichIsThenInTheReplica() {
        FakeCase c = FakeCase.us().stubOn(caseService);
        assertThat(Jdbc.count("select count(*) from contactability where case_id = '" + c.id() + "'")).isZero();

        // 2026-11-23T10:00Z is 05:00 in New York, the debtor's zone as case-service reports it
        as(Tokens.collector()).body(call(c.id())).post("/api/v1/contact-decisions").then().statusCode(200)
                .body("decision", equalTo("BLOCK"))
                .body("rulePack", equalTo("US_REGF"))
                .body("violations.ruleId", hasItem("US_REGF.CONTACT_HOURS"))
                .body("nextPermittedAt", equalTo("2026-11-23T13:00:00Z"));

        Map<String, Object> row = Jdbc.query("select * from contactability where case_id = '" + c.id() + "'").get(0);
        assertThat(row).containsEntry("debtor_id", c.debtorId()).containsEntry("creditor_id", "ACME")
                .containsEntry("status", "ACTIVE").containsEntry("jurisdiction", "US")
                .containsEntry("time_zone", "America/New_York").containsEntry("restrictions", "")
                .containsEntry("case_version", 3L);
        as(Tokens.collector()).body(Map.of("caseId", c.id().toString(), "channel", "CALL", "at", "2026-11-23T13:00:00Z"))
                .post("/api/v1/contact-decisions").then().statusCode(200).body("decision", equalTo("ALLOW"));
        caseService.verify(1, getRequestedFor(urlEqualTo("/api/v1/cases/" + c.id())));
    }

    @Test
    void restrictionsOfAnUnseenCaseBlockAtOnceAndContactRequestsWorkToo() {
        FakeCase disputed = withRestrictions(FakeCase.cn(), "DISPUTED").stubOn(caseService);
        as(Tokens.collector()).body(call(disputed.id())).post("/api/v1/contact-decisions").then().statusCode(200)
                .body("decision", equalTo("BLOCK")).body("violations.ruleId", hasItem("CN.DISPUTE_PENDING"));

        FakeCase open = FakeCase.cn().stubOn(caseService);
        as(Tokens.collector()).body(call(open.id())).post("/api/v1/contact-requests").then().statusCode(201)
                .body("caseId", equalTo(open.id().toString())).body("status", equalTo("PENDING"));
    }

    @Test
    void aCaseCaseServiceDoesNotKnowIsStillNotFound() {
        UUID unknown = UUID.randomUUID();
        as(Tokens.collector()).body(call(unknown)).post("/api/v1/contact-decisions").then().statusCode(404)
                .contentType("application/problem+json");
        assertThat(Jdbc.count("select count(*) from contactability where case_id = '" + unknown + "'")).isZero();
    }

    @Test
    void agenciesStillSeeOnlyTheirOwnCases() {
        FakeCase placed = FakeCase.cn().placedWith("AG-1").stubOn(caseService);
        as(Tokens.agency("AG-2")).body(call(placed.id())).post("/api/v1/contact-decisions").then().statusCode(404);
        as(Tokens.agency("AG-1")).body(call(placed.id())).post("/api/v1/contact-decisions").then().statusCode(200);
    }

    @Test
    void concurrentFirstRequestsForOneCaseAllSucceedAndAddItOnce() throws Exception {
        FakeCase c = FakeCase.us().stubOn(caseService);

        List<Response> answers = Concurrently.run(6, () -> as(Tokens.collector()).body(call(c.id()))
                .post("/api/v1/contact-decisions"));

        assertThat(answers).extracting(Response::statusCode).containsOnly(200);
        assertThat(Jdbc.count("select count(*) from contactability where case_id = '" + c.id() + "'")).isEqualTo(1);
    }

    @Test
    void aFetchNeverReplacesWhatTheEventFeedWroteMeanwhile() throws Throwable {
        FakeCase c = FakeCase.us().stubOn(caseService); // version 3, no restrictions
        new CaseEventFeed(signature).deliver(UUID.randomUUID(), "ContactRestrictionChanged", Map.of("caseId",
                c.id().toString(), "debtorId", c.debtorId().toString(), "restrictions", List.of("DISPUTED"),
                "contactAllowed", false, "caseVersion", 7)).then().statusCode(200);

        Contactability after = VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(() -> unseen.fetch(c.id())));

        assertThat(after.caseVersion).isEqualTo(7);
        assertThat(after.restrictions).isEqualTo("DISPUTED");
        assertThat(Jdbc.query("select case_version, restrictions from contactability where case_id = '" + c.id() + "'").get(0))
                .containsEntry("case_version", 7L).containsEntry("restrictions", "DISPUTED");
    }

    private static FakeCase withRestrictions(FakeCase c, String... restrictions) {
        return new FakeCase(c.id(), c.debtorId(), c.creditorId(), c.externalRef(), c.status(), c.fullName(),
                c.jurisdiction(), c.timeZone(), c.preferredLanguage(), c.currency(), c.balance(), c.oldestUnpaidDate(),
                List.of(restrictions), c.agencyId(), c.version());
    }
}
