package org.collections.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.collections.client.ApiException;
import org.collections.client.model.Channel;
import org.collections.client.model.ContactDecision;
import org.collections.client.model.DecisionRequest;
import org.collections.client.model.SlotStatus;
import org.collections.client.model.ViolationView;
import org.junit.jupiter.api.Test;

/** Scenario 4: a dispute stops contact across the suite at once; its resolution lets it resume when permitted. */
class DisputeScenarioTest extends Scenario {

    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Test
    void disputeCancelsPendingContactsWithinTwoSecondsAndResolutionAllowsThemAgain() throws Exception {
        UUID caseId = Cases.openInNewYork(unique("DISPUTE"), "800.00");
        Contacts.awaitKnown(caseId);
        UUID phone = Contacts.addPhone(Cases.debtorId(caseId), "+1 212 555 0103");
        UUID slot = Contacts.request(caseId, Channel.CALL, phone).getId();

        long filed = System.nanoTime();
        UUID disputeId = Cases.dispute(caseId);
        Awaitility.await("pending call cancelled").atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(50))
                .until(() -> Contacts.slotStatus(caseId, slot), equalTo(SlotStatus.CANCELLED));
        System.out.printf("dispute → pending contact cancelled in %d ms%n", (System.nanoTime() - filed) / 1_000_000);

        ContactDecision blocked = Contacts.decide(caseId, Channel.CALL);
        assertThat(blocked.getDecision()).isEqualTo(ContactDecision.DecisionEnum.BLOCK);
        assertThat(blocked.getViolations()).extracting(ViolationView::getRuleId).contains("US_REGF.DISPUTE_PENDING");
        assertThat(blocked.getNextPermittedAt()).as("no contact until the dispute is resolved").isNull();
        assertThat(Contacts.requestStatus(caseId, Channel.CALL, phone)).isEqualTo(409);

        Cases.resolveDispute(caseId, disputeId);
        Eventually.until("calls allowed again", () -> Contacts.decide(caseId, Channel.CALL).getDecision(),
                equalTo(ContactDecision.DecisionEnum.ALLOW));
        // at 22:00 in New York a call must wait for 08:00 the next morning, and is allowed then
        Instant tonight = LocalDate.ofInstant(suite.now(), NEW_YORK).atTime(22, 0).atZone(NEW_YORK).toInstant();
        ContactDecision late = decideAt(caseId, tonight);
        assertThat(late.getViolations()).extracting(ViolationView::getRuleId).containsExactly("US_REGF.CONTACT_HOURS");
        Instant next = late.getNextPermittedAt().toInstant();
        assertThat(next.atZone(NEW_YORK).toLocalTime()).hasToString("08:00");
        assertThat(decideAt(caseId, next).getDecision()).isEqualTo(ContactDecision.DecisionEnum.ALLOW);
    }

    private static ContactDecision decideAt(UUID caseId, Instant at) throws ApiException {
        return Gateway.collector().decisions().decideContact(new DecisionRequest().caseId(caseId).channel(Channel.CALL)
                .at(at.atOffset(ZoneOffset.UTC)));
    }
}
