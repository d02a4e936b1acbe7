package org.collections.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.collections.client.model.CaseStatus;
import org.collections.client.model.Channel;
import org.collections.client.model.ContactDecision;
import org.collections.client.model.PlanStatus;
import org.collections.client.model.ViolationView;
import org.junit.jupiter.api.Test;

/**
 * Issue section "stop means stop", across the real services: a Breathing Space recorded in case-service stops
 * contact in contact-service and enforcement in plan-service; when it ends, the plan's due dates have moved by its
 * length and the debtor may be contacted again.
 */
class StopMeansStopScenarioTest extends Scenario {

    @Test
    void breathingSpaceStopsContactAndEnforcementAndMovesTheDueDatesWhenItEnds() throws Exception {
        UUID caseId = Cases.open(unique("RESPITE"), "300.00", "GBP", "Europe/London", "UK", "+44 20 7946 0018");
        Contacts.awaitKnown(caseId);
        UUID planId = Plans.activeMonthly(caseId, "300.00", 3, 5);
        Eventually.until("case IN_PLAN", () -> Cases.status(caseId), equalTo(CaseStatus.IN_PLAN));
        List<LocalDate> dueBefore = Plans.dueDates(planId);

        Cases.startBreathingSpace(caseId);
        Eventually.until("contact blocked under the UK pack", () -> Contacts.decide(caseId, Channel.CALL).getViolations()
                .stream().map(ViolationView::getRuleId).toList(), hasItem("UK_CONC.BREATHING_SPACE"));
        assertThat(Cases.status(caseId)).as("a Breathing Space is no status change").isEqualTo(CaseStatus.IN_PLAN);
        try {
            suite.travel(Duration.ofDays(30)); // the first installment is now 25 days past due
            Plans.evaluate();
            assertThat(Plans.status(planId)).as("no plan breaks during a Breathing Space").isEqualTo(PlanStatus.ACTIVE);

            Cases.endBreathingSpace(caseId);
            List<LocalDate> dueAfter = Eventually.until("due dates moved", () -> Plans.dueDates(planId),
                    not(equalTo(dueBefore)));
            long moved = ChronoUnit.DAYS.between(dueBefore.get(0), dueAfter.get(0));
            assertThat(moved).as("the first due date moves by the length of the Breathing Space").isBetween(30L, 31L);
            Plans.evaluate();
            assertThat(Plans.status(planId)).as("grace runs from the new due date").isEqualTo(PlanStatus.ACTIVE);
            Eventually.until("calls allowed again", () -> Contacts.decide(caseId, Channel.CALL).getDecision(),
                    equalTo(ContactDecision.DecisionEnum.ALLOW));
        } finally {
            suite.travelTo(Suite.START);
        }
    }
}

