package org.collections.contact.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.collections.contact.api.ReplicaAndLedgerTest.as;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.collections.commons.outbox.EventSignature;
import org.collections.contact.TestClock;
import org.collections.contact.events.CaseEventFeed;
import org.collections.testsupport.Jdbc;
import org.collections.testsupport.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A case placed with an agency is worked by that agency, through leases that alone reveal the address. */
@QuarkusTest
class AgencyDispatchTest {

    @Inject
    TestClock clock;

    @Inject
    EventSignature signature;

    @AfterEach
    void backToToday() {
        clock.reset();
    }

    /** A New York debtor with a phone number and a call requested; returns {caseId, debtorId, pointId, slotId}. */
    private String[] callRequested(String agencyId, String phone) throws Exception {
        String[] ids = new CaseEventFeed(signature).openCase("US", "America/New_York");
        if (agencyId != null) {
            new CaseEventFeed(signature).deliver(UUID.randomUUID(), "CasePlaced", Map.of("caseId", ids[0],
                    "debtorId", ids[1], "agencyId", agencyId, "caseVersion", 1)).then().statusCode(200);
        }
        String point = as(Tokens.collector()).body(Map.of("debtorId", ids[1], "kind", "PHONE", "value", phone))
                .post("/api/v1/contact-points").then().statusCode(201).extract().path("id");
        String slot = as(Tokens.collector()).body(Map.of("caseId", ids[0], "channel", "CALL", "contactPointId", point))
                .post("/api/v1/contact-requests").then().statusCode(201).extract().path("id");
        return new String[] {ids[0], ids[1], point, slot};
    }

    private static List<Map<String, Object>> lease(String token) {
        return as(token).body(Map.of("channel", "CALL", "limit", 500)).post("/api/v1/dispatch-leases").then().statusCode(200).extract().path("items");
    }

    private static List<Object> slotIds(List<Map<String, Object>> leased) {
        return leased.stream().map(m -> m.get("slotId")).toList();
    }

    @Test
    void anAgencyLeasesOnlyItsOwnCasesAndTheLenderOnlyTheUnplacedOnes() throws Exception {
        String agency = "AG-" + UUID.randomUUID().toString().substring(0, 6);
        String[] placed = callRequested(agency, "+1 212 555 0147");
        String[] otherAgencys = callRequested(agency + "-X", "+1 212 555 0148");
        String[] unplaced = callRequested(null, "+1 212 555 0149");
        clock.set(Instant.parse("2026-11-23T13:00:00Z"));

        List<Map<String, Object>> agencyLeases = lease(Tokens.agency(agency));
        assertThat(slotIds(agencyLeases)).containsExactly(placed[3]);
        assertThat(agencyLeases.get(0)).containsEntry("address", "+12125550147").containsEntry("caseId", placed[0]);

        List<Object> lender = slotIds(lease(Tokens.collector()));
        assertThat(lender).contains(unplaced[3]).doesNotContain(placed[3], otherAgencys[3]);
        assertThat(slotIds(lease(Tokens.agency(agency + "-X")))).containsExactly(otherAgencys[3]);

        as(Tokens.agency(agency)).body(Map.of("outcome", "RIGHT_PARTY_CONTACT"))
                .post("/api/v1/dispatch-leases/" + placed[3] + "/outcome").then().statusCode(200).body("status", equalTo("DONE"));
        as(Tokens.agency(agency)).get("/api/v1/attempts?caseId=" + placed[0]).then().statusCode(200)
                .body("items[0].agencyId", equalTo(agency)).body("items[0].compliant", equalTo(true))
                .body("items[0].leaseId", equalTo(placed[3]));
    }

    @Test
    void theAddressIsRevealedOnlyInTheLeaseAndThatReadIsAudited() throws Exception {
        String agency = "AG-" + UUID.randomUUID().toString().substring(0, 6);
        String[] placed = callRequested(agency, "+1 212 555 0177");
        String[] unplaced = callRequested(null, "+1 212 555 0178");

        // everywhere else the agency sees its debtors' contact points masked, and other debtors' not at all
        as(Tokens.agency(agency)).get("/api/v1/contact-points?debtorId=" + placed[1]).then().statusCode(200)
                .body("items[0].value", startsWith("*")).body("items[0].value", endsWith("0177"))
                .body("items[0].source", equalTo("lender"));
        as(Tokens.agency(agency)).get("/api/v1/contact-points?debtorId=" + unplaced[1]).then().statusCode(404);
        assertThat(Jdbc.count("select count(*) from audit_log where action = 'PII_READ' and entity_id = '"
                + placed[1] + "'")).isZero();

        clock.set(Instant.parse("2026-11-23T13:00:00Z"));
        assertThat(lease(Tokens.agency(agency))).singleElement().satisfies(l -> assertThat(l)
                .containsEntry("address", "+12125550177"));
        List<Map<String, Object>> reads = Jdbc.query("select actor, entity_type, after_state::text as after "
                + "from audit_log where action = 'PII_READ' and entity_id = '" + placed[1] + "'");
        assertThat(reads).singleElement().satisfies(read -> {
            assertThat(read).containsEntry("actor", "agency-" + agency + "-user").containsEntry("entity_type", "debtor");
            assertThat((String) read.get("after")).contains(placed[3], placed[0], agency).doesNotContain("0177");
        });
    }

    @Test
    void aLenderCollectorNoLongerLeasesACaseOnceItIsPlaced() throws Exception {
        String agency = "AG-" + UUID.randomUUID().toString().substring(0, 6);
        String[] ids = callRequested(null, "+1 212 555 0166");
        new CaseEventFeed(signature).deliver(UUID.randomUUID(), "CasePlaced", Map.of("caseId", ids[0],
                "debtorId", ids[1], "agencyId", agency, "caseVersion", 2)).then().statusCode(200);
        clock.set(Instant.parse("2026-11-23T13:00:00Z"));
        assertThat(slotIds(lease(Tokens.collector()))).doesNotContain(ids[3]);
        assertThat(slotIds(lease(Tokens.agency(agency)))).containsExactly(ids[3]);
    }

    @Test
    void aSlotWithoutAContactPointIsLeasedWithTheDebtorsValidNumber() throws Exception {
        String agency = "AG-" + UUID.randomUUID().toString().substring(0, 6);
        String[] ids = callRequested(agency, "+1 212 555 0155");
        String invalid = as(Tokens.collector()).body(Map.of("debtorId", ids[1], "kind", "PHONE", "value", "+1 212 555 0156"))
                .post("/api/v1/contact-points").then().statusCode(201).extract().path("id");
        as(Tokens.collector()).body(Map.of("status", "INVALID", "reason", "disconnected"))
                .put("/api/v1/contact-points/" + invalid + "/status").then().statusCode(200);
        String slot = as(Tokens.agency(agency)).body(Map.of("caseId", ids[0], "channel", "CALL"))
                .post("/api/v1/contact-requests").then().statusCode(201).extract().path("id");
        clock.set(Instant.parse("2026-11-23T13:00:00Z"));
        assertThat(lease(Tokens.agency(agency))).filteredOn(l -> slot.equals(l.get("slotId"))).singleElement()
                .satisfies(l -> assertThat(l).containsEntry("contactPointId", ids[2])
                        .containsEntry("address", "+12125550155"));
    }
}
