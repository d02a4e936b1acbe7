package org.collections.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.collections.testsupport.ServiceProcess;
import org.collections.testsupport.Tokens;
import org.junit.jupiter.api.Test;

/** Scenario 5: a placed case is visible to its agency only, with personal data masked, in every service, until recalled. */
class AgencyScopingScenarioTest extends Scenario {

    @Test
    @SuppressWarnings("unchecked")
    void onlyTheAgencyACaseIsPlacedWithSeesItAndOnlyUntilItIsRecalled() {
        String agencyA = unique("AGENCY-A");
        String agencyB = unique("AGENCY-B");
        String caseId = Cases.openInNewYork(unique("SCOPE"), "450.00");
        String debtorId = Cases.debtorId(caseId);
        Contacts.awaitKnown(caseId);
        Contacts.addPhone(debtorId, "+1 212 555 0104");
        String planId = Plans.activeMonthly(caseId, "450.00", 3, 10);
        // place once case-service has applied PlanActivated: placing while that event lands is a 409 (a concurrent change)
        Eventually.until("the case is IN_PLAN", () -> Cases.status(caseId), equalTo("IN_PLAN"));

        String placement = Cases.place(caseId, agencyA);
        Map<String, Function<RequestSpecification, Integer>> reads = reads(caseId, debtorId, planId);
        String tokenA = Tokens.agency(agencyA);
        reads.forEach((what, read) -> Eventually.until(agencyA + " reads " + what,
                () -> read.apply(asAgency(tokenA, what)), equalTo(200)));

        Map<String, Object> seenByA = as(suite.cases, tokenA).get("/api/v1/cases/" + caseId).then().extract()
                .jsonPath().getMap("debtor");
        assertThat(seenByA).containsEntry("masked", true);
        assertThat((String) seenByA.get("nationalId")).doesNotStartWith("SYS").contains("*");
        assertThat((List<String>) seenByA.get("phones")).singleElement().asString().isNotEqualTo("+1 212 555 0147");
        assertThat(seenByA).doesNotContainKey("address");
        assertThat(as(suite.contacts, tokenA).queryParam("debtorId", debtorId).get("/api/v1/contact-points").then()
                .statusCode(200).extract().jsonPath().getString("items[0].value")).isNotEqualTo("+1 212 555 0104");

        String tokenB = Tokens.agency(agencyB);
        reads.forEach((what, read) -> assertThat(read.apply(asAgency(tokenB, what))).as(agencyB + " reads " + what)
                .isEqualTo(404));

        Cases.recall(caseId, placement);
        reads.forEach((what, read) -> Eventually.until(agencyA + " no longer reads " + what,
                () -> read.apply(asAgency(tokenA, what)), equalTo(404)));
    }

    /** Each read an agency might make of the case, in every service, answering the HTTP status. */
    private static Map<String, Function<RequestSpecification, Integer>> reads(String caseId, String debtorId, String planId) {
        return Map.of(
                "case-service: the case", r -> r.get("/api/v1/cases/" + caseId).statusCode(),
                "contact-service: contact points", r -> r.queryParam("debtorId", debtorId).get("/api/v1/contact-points").statusCode(),
                "contact-service: scheduled contacts", r -> r.queryParam("caseId", caseId).get("/api/v1/contact-requests").statusCode(),
                "contact-service: a decision", r -> r.body(Map.of("caseId", caseId, "channel", "CALL"))
                        .post("/api/v1/contact-decisions").statusCode(),
                "plan-service: the plan", r -> r.get("/api/v1/plans/" + planId).statusCode());
    }

    private static RequestSpecification asAgency(String token, String what) {
        ServiceProcess service = List.of(suite.cases, suite.contacts, suite.plans).stream()
                .filter(s -> what.startsWith(s.name())).findFirst().orElseThrow();
        return as(service, token);
    }
}
