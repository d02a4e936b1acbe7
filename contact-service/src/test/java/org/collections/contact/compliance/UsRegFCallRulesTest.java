package org.collections.contact.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.collections.contact.compliance.Fixtures.CASE;
import static org.collections.contact.compliance.Fixtures.NEW_YORK;
import static org.collections.contact.compliance.Fixtures.OTHER_CASE;
import static org.collections.contact.compliance.Fixtures.PHONE;
import static org.collections.contact.compliance.Fixtures.attempt;
import static org.collections.contact.compliance.Fixtures.call;
import static org.collections.contact.compliance.Fixtures.outboundCall;
import static org.collections.contact.compliance.Fixtures.situation;
import static org.collections.contact.compliance.Fixtures.validationNotice;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class UsRegFCallRulesTest {

    private static final RulePack US = RulePacks.US_REGF;
    /** 10:00 EST. */
    private static final Instant MONDAY_10 = Instant.parse("2026-03-02T15:00:00Z");

    /** Seven unanswered calls, one a day from {@code first}. */
    private static List<AttemptRecord> sevenDailyCalls(Instant first) {
        List<AttemptRecord> calls = new ArrayList<>();
        for (int day = 0; day < 7; day++) {
            calls.add(outboundCall(first.plus(Duration.ofDays(day)), Outcome.NO_ANSWER));
        }
        return calls;
    }

    @Test
    void theEighthCallInSevenDaysIsBlockedUntilTheOldestLeavesTheWindow() {
        ContactSituation situation = situation(NEW_YORK).with(sevenDailyCalls(MONDAY_10)).build();
        Instant eighth = MONDAY_10.plus(Duration.ofDays(6)).plus(Duration.ofHours(2));

        Decision decision = ComplianceEngine.decide(US, call(eighth), situation);

        assertThat(decision.allowed()).isFalse();
        assertThat(decision.nextPermittedAt()).isEqualTo(MONDAY_10.plus(Duration.ofDays(7)));
        assertThat(decision.violations()).singleElement().satisfies(v -> {
            assertThat(v.ruleId()).isEqualTo("US_REGF.CALL_FREQUENCY");
            assertThat(v.reason()).isEqualTo("7 calls in the 7 days since 2026-03-02T15:00Z: 7 unanswered");
        });
        assertThat(decision.explanation()).endsWith("; next permitted 2026-03-09 11:00 America/New_York"
                + " (2026-03-09T15:00Z)");
        assertThat(ComplianceEngine.decide(US, call(decision.nextPermittedAt()), situation).allowed()).isTrue();
        assertThat(ComplianceEngine.decide(US, call(decision.nextPermittedAt().minusSeconds(1)), situation)
                .allowed()).isFalse();
    }

    @Test
    void theSeventhCallIsAllowed() {
        List<AttemptRecord> six = sevenDailyCalls(MONDAY_10).subList(0, 6);

        assertThat(ComplianceEngine.decide(US, call(MONDAY_10.plus(Duration.ofDays(6))),
                situation(NEW_YORK).with(six).build()).allowed()).isTrue();
    }

    @Test
    void whenTheOldestCallLeavesAtNightTheNextPermittedTimeIsSnappedIntoHours() {
        // 20:50 EST on 03-02; seven days later the clocks have sprung forward, so it leaves at 21:50 EDT on 03-09
        Instant first = Instant.parse("2026-03-03T01:50:00Z");
        ContactSituation situation = situation(NEW_YORK).with(sevenDailyCalls(first)).build();

        Decision decision = ComplianceEngine.decide(US, call(Instant.parse("2026-03-09T14:00:00Z")), situation);

        assertThat(decision.violations()).extracting(Violation::ruleId).containsExactly("US_REGF.CALL_FREQUENCY");
        assertThat(decision.explanation()).as("the decision's next time, not the rule's own at 21:50")
                .endsWith("next permitted 2026-03-10 08:00 America/New_York (2026-03-10T12:00Z)");
        // 08:00 EDT on 03-10
        assertThat(decision.nextPermittedAt()).isEqualTo(Instant.parse("2026-03-10T12:00:00Z"));
        assertThat(ComplianceEngine.decide(US, call(decision.nextPermittedAt()), situation).allowed()).isTrue();
    }

    @Test
    void callsAboutAnotherDebtAndInboundCallsDoNotCount() {
        List<AttemptRecord> history = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            history.add(attempt(OTHER_CASE, Direction.OUTBOUND, PHONE, MONDAY_10.plus(Duration.ofHours(i)),
                    Outcome.NO_ANSWER, null));
            history.add(attempt(CASE, Direction.INBOUND, PHONE, MONDAY_10.minus(Duration.ofDays(8)).plus(
                    Duration.ofHours(i)), Outcome.NO_ANSWER, null));
        }

        assertThat(ComplianceEngine.decide(US, call(MONDAY_10.plus(Duration.ofDays(1))),
                situation(NEW_YORK).with(history).build()).allowed()).isTrue();
    }

    @Test
    void aCallOnDaySixAfterAConversationIsBlockedAndOnDaySevenAllowed() {
        ContactSituation situation = situation(NEW_YORK).with(validationNotice(MONDAY_10.minus(Duration.ofDays(1))),
                outboundCall(MONDAY_10, Outcome.RIGHT_PARTY_CONTACT)).build();

        Decision daySix = ComplianceEngine.decide(US, call(MONDAY_10.plus(Duration.ofDays(6))), situation);
        assertThat(daySix.allowed()).isFalse();
        assertThat(daySix.violations()).extracting(Violation::ruleId).containsExactly("US_REGF.CALL_COOL_DOWN");
        assertThat(daySix.nextPermittedAt()).isEqualTo(MONDAY_10.plus(Duration.ofDays(7)));
        assertThat(daySix.violations().get(0).reason())
                .contains("2026-03-02T15:00Z").contains("7 days");
        assertThat(daySix.explanation()).endsWith("next permitted 2026-03-09 11:00 America/New_York (2026-03-09T15:00Z)");

        assertThat(ComplianceEngine.decide(US, call(MONDAY_10.plus(Duration.ofDays(7))), situation).allowed())
                .isTrue();
    }

    @Test
    void anInboundConversationStartsACoolDownButIsNotACall() {
        AttemptRecord inbound = attempt(CASE, Direction.INBOUND, PHONE, MONDAY_10, Outcome.PROMISE_TO_PAY, null);
        List<AttemptRecord> history = new ArrayList<>(sevenDailyCalls(MONDAY_10.minus(Duration.ofDays(6)))
                .subList(0, 6));
        history.add(inbound);
        ContactSituation situation = situation(NEW_YORK).with(history).build();

        Decision dayOne = ComplianceEngine.decide(US, call(MONDAY_10.plus(Duration.ofDays(1))), situation);
        assertThat(dayOne.violations()).extracting(Violation::ruleId).containsExactly("US_REGF.CALL_COOL_DOWN");
        // with the inbound conversation counted as a call, 7 calls would be in the window
        assertThat(ComplianceEngine.decide(US, call(MONDAY_10.plus(Duration.ofHours(1))),
                situation(NEW_YORK).with(history.subList(0, 6)).build()).allowed()).isTrue();
    }

    @Test
    void unansweredCallsDoNotStartACoolDown() {
        ContactSituation situation = situation(NEW_YORK).with(outboundCall(MONDAY_10, Outcome.VOICEMAIL)).build();

        assertThat(ComplianceEngine.decide(US, call(MONDAY_10.plus(Duration.ofHours(1))), situation).allowed())
                .isTrue();
    }

    @Test
    void smsIsNotACallForFrequencyOrCoolDown() {
        List<AttemptRecord> history = new ArrayList<>(sevenDailyCalls(MONDAY_10));
        history.add(outboundCall(MONDAY_10.plus(Duration.ofDays(6)), Outcome.RIGHT_PARTY_CONTACT));
        ProposedContact sms = Fixtures.contact(Channel.SMS, PersonRole.DEBTOR, PHONE, 0, false,
                MONDAY_10.plus(Duration.ofDays(6)).plus(Duration.ofHours(1)));

        assertThat(ComplianceEngine.decide(US, sms, situation(NEW_YORK).with(history).build()).allowed()).isTrue();
    }

    @Test
    void allViolationsAreReportedAndTheNextTimeSatisfiesAll() {
        List<AttemptRecord> history = new ArrayList<>(sevenDailyCalls(MONDAY_10));
        history.add(outboundCall(MONDAY_10.plus(Duration.ofDays(6)), Outcome.RIGHT_PARTY_CONTACT));
        history.add(validationNotice(MONDAY_10.plus(Duration.ofDays(6))));
        ContactSituation situation = situation(NEW_YORK).with(history).build();
        Instant night = Instant.parse("2026-03-09T03:00:00Z"); // 23:00 EDT on 03-08

        Decision decision = ComplianceEngine.decide(US, call(night), situation);

        assertThat(decision.violations()).extracting(Violation::ruleId).containsExactlyInAnyOrder(
                "US_REGF.CONTACT_HOURS", "US_REGF.CALL_FREQUENCY", "US_REGF.CALL_COOL_DOWN");
        // the cool-down of the conversation on 03-08 15:00Z is the last to lift
        assertThat(decision.nextPermittedAt()).isEqualTo(Instant.parse("2026-03-15T15:00:00Z"));
    }
    @Test
    void callsThatDoNotConnectToTheNumberDoNotCountUnansweredAndVoicemailDo() {
        List<AttemptRecord> history = new ArrayList<>();
        List<Outcome> outcomes = List.of(Outcome.NO_ANSWER, Outcome.BUSY, Outcome.NO_ANSWER, Outcome.VOICEMAIL,
                Outcome.NOT_IN_SERVICE, Outcome.NO_ANSWER, Outcome.NETWORK_FAILURE, Outcome.NO_ANSWER,
                Outcome.VOICEMAIL, Outcome.NO_ANSWER);
        for (int i = 0; i < outcomes.size(); i++) {
            history.add(outboundCall(MONDAY_10.plus(Duration.ofHours(12L * i)), outcomes.get(i)));
        }
        Instant next = MONDAY_10.plus(Duration.ofDays(6));
        Decision decision = ComplianceEngine.decide(US, call(next), situation(NEW_YORK).with(history).build());

        assertThat(decision.violations()).singleElement().satisfies(v -> {
            assertThat(v.ruleId()).isEqualTo("US_REGF.CALL_FREQUENCY");
            assertThat(v.reason()).isEqualTo("7 calls in the 7 days since 2026-03-02T15:00Z: 5 unanswered,"
                    + " 2 voicemail (3 busy or not in service not counted)");
        });
        List<AttemptRecord> sixConnectingCalls = history.stream()
                .filter(a -> a.outcome().connectedToNumber()).limit(6).toList();
        List<AttemptRecord> withFailures = new ArrayList<>(sixConnectingCalls);
        history.stream().filter(a -> !a.outcome().connectedToNumber()).forEach(withFailures::add);
        assertThat(ComplianceEngine.decide(US, call(next), situation(NEW_YORK).with(withFailures).build()).allowed())
                .as("six connecting calls and three that never reached the number").isTrue();
    }

    @Test
    void conversationsCountTowardTheSevenCalls() {
        List<AttemptRecord> history = new ArrayList<>(sevenDailyCalls(MONDAY_10).subList(0, 6));
        history.add(validationNotice(MONDAY_10.minus(Duration.ofDays(1))));
        history.add(outboundCall(MONDAY_10.minus(Duration.ofDays(1)).plusSeconds(60), Outcome.PROMISE_TO_PAY));
        Instant at = MONDAY_10.plus(Duration.ofDays(6));

        Decision decision = ComplianceEngine.decide(US, call(at), situation(NEW_YORK).with(history).build());

        assertThat(decision.violations()).extracting(Violation::ruleId)
                .containsExactly("US_REGF.CALL_FREQUENCY", "US_REGF.CALL_COOL_DOWN");
        assertThat(decision.violations().get(0).reason()).contains("1 conversation").contains("6 unanswered");
    }
}
