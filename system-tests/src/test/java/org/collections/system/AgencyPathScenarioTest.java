package org.collections.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.collections.testsupport.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Issue section "agencies work through the compliant path", across the real services: the agency leases its
 * case's call from the dispatch queue and sees the number only there; an attempt made outside a lease or decision is
 * still recorded, flagged, counted in the agency's KPIs and shown to the lender in the case's history.
 */
class AgencyPathScenarioTest extends Scenario {

    @Test
    void theAgencyLeasesItsCallsAndAnAttemptOutsideThePathIsABreachTheLenderSees() {
        String agency = unique("AGENCY");
        String token = Tokens.agency(agency);
        String caseId = Cases.openInNewYork(unique("AGENCYPATH"), "450.00");
        Contacts.awaitKnown(caseId);
        String phone = PhoneFromCase.of(caseId);
        Cases.place(caseId, agency);
        String debtorId = Cases.debtorId(caseId);
        Eventually.until("contact-service knows the placement", () -> as(suite.contacts, token)
                .queryParam("debtorId", debtorId).get("/api/v1/contact-points").statusCode(), equalTo(200));
        String masked = (String) PhoneFromCase.view(token, caseId, phone).get("value");
        assertThat(masked).as("masked for the agency").doesNotContain("212").endsWith("0147");

        String slotId = as(suite.contacts, token).body(Map.of("caseId", caseId, "channel", "CALL", "contactPointId", phone))
                .post("/api/v1/contact-requests").then().statusCode(201).extract().path("id");
        List<Map<String, Object>> leased = as(suite.contacts, token).body(Map.of("channel", "CALL"))
                .post("/api/v1/dispatch-leases").then().statusCode(200).extract().jsonPath().getList("items");
        Map<String, Object> lease = leased.stream().filter(l -> slotId.equals(l.get("slotId"))).findFirst().orElseThrow();
        assertThat(((String) lease.get("address")).replaceAll("[^0-9]", "")).isEqualTo("12125550147");
        assertThat(leased).as("only the agency's own cases").allMatch(l -> caseId.equals(l.get("caseId")));
        as(suite.contacts, token).body(Map.of("outcome", "NO_ANSWER")).post("/api/v1/dispatch-leases/" + slotId + "/outcome")
                .then().statusCode(200);

        JsonPath offPath = Contacts.attempt(token, caseId, "CALL", phone, "NO_ANSWER", null);
        assertThat(offPath.getBoolean("compliant")).isFalse();
        assertThat(offPath.getList("breachedRules")).contains("US_REGF.NO_DECISION");

        Eventually.until("the lender sees the breach in the case history", () -> Cases.historyActions(caseId),
                hasItem("COMPLIANCE_BREACH"));
        JsonPath kpis = as(suite.contacts, token).get("/api/v1/agencies/" + agency + "/kpis").then().statusCode(200)
                .extract().jsonPath();
        assertThat(kpis.getLong("attempts")).isEqualTo(2);
        assertThat(kpis.getLong("compliant")).isEqualTo(1);
        assertThat(kpis.getLong("nonCompliant")).isEqualTo(1);
        as(suite.contacts, Tokens.agency(unique("OTHER"))).get("/api/v1/agencies/" + agency + "/kpis").then()
                .statusCode(404);
    }
}
