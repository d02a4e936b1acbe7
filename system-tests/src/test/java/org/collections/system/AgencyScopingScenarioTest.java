package org.collections.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;
import java.util.UUID;
import org.collections.client.model.CaseStatus;
import org.collections.client.model.Channel;
import org.collections.client.model.DebtorView;
import org.collections.client.model.DecisionRequest;
import org.junit.jupiter.api.Test;

/** Scenario 5: a placed case is visible to its agency only, with personal data masked, in every service, until recalled. */
class AgencyScopingScenarioTest extends Scenario {

    /** A read an agency might make of the case, answering the HTTP status. */
    @FunctionalInterface
    private interface Read {
        int by(Gateway agency);
    }

    @Test
    void onlyTheAgencyACaseIsPlacedWithSeesItAndOnlyUntilItIsRecalled() throws Exception {
        String agencyA = unique("AGENCY-A");
        String agencyB = unique("AGENCY-B");
        UUID caseId = Cases.openInNewYork(unique("SCOPE"), "450.00");
        UUID debtorId = Cases.debtorId(caseId);
        Contacts.awaitKnown(caseId);
        Contacts.addPhone(debtorId, "+1 212 555 0104");
        UUID planId = Plans.activeMonthly(caseId, "450.00", 3, 10);
        // place once case-service has applied PlanActivated: placing while that event lands is a 409 (a concurrent change)
        Eventually.until("the case is IN_PLAN", () -> Cases.status(caseId), equalTo(CaseStatus.IN_PLAN));

        UUID placement = Cases.place(caseId, agencyA);
        Map<String, Read> reads = reads(caseId, debtorId, planId);
        Gateway a = Gateway.agency(agencyA);
        reads.forEach((what, read) -> Eventually.until(agencyA + " reads " + what, () -> read.by(a), equalTo(200)));

        DebtorView seenByA = a.cases().getCase(caseId).getDebtor();
        assertThat(seenByA.getMasked()).isTrue();
        assertThat(seenByA.getNationalId()).doesNotStartWith("SYS").contains("*");
        assertThat(seenByA.getPhones()).singleElement().isNotEqualTo("+1 212 555 0147");
        assertThat(seenByA.getAddress()).isNull();
        assertThat(Contacts.points(a, debtorId).get(0).getValue()).isNotEqualTo("+1 212 555 0104");

        Gateway b = Gateway.agency(agencyB);
        reads.forEach((what, read) -> assertThat(read.by(b)).as(agencyB + " reads " + what).isEqualTo(404));

        Cases.recall(caseId, placement);
        reads.forEach((what, read) -> Eventually.until(agencyA + " no longer reads " + what, () -> read.by(a),
                equalTo(404)));
    }

    /** Each read an agency might make of the case, in every service. */
    private static Map<String, Read> reads(UUID caseId, UUID debtorId, UUID planId) {
        return Map.of(
                "case-service: the case", g -> Gateway.status(() -> g.cases().getCaseWithHttpInfo(caseId)),
                "contact-service: contact points", g -> Gateway.status(
                        () -> g.contactPoints().listContactPointsWithHttpInfo(debtorId, null, null)),
                "contact-service: scheduled contacts", g -> Gateway.status(
                        () -> g.scheduling().listContactRequestsWithHttpInfo(caseId, null, null)),
                "contact-service: a decision", g -> Gateway.status(() -> g.decisions().decideContactWithHttpInfo(
                        new DecisionRequest().caseId(caseId).channel(Channel.CALL))),
                "plan-service: the plan", g -> Gateway.status(() -> g.plans().getPlanWithHttpInfo(planId)));
    }
}
