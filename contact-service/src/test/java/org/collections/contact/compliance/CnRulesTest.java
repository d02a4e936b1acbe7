package org.collections.contact.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.collections.contact.compliance.Fixtures.CASE;
import static org.collections.contact.compliance.Fixtures.DEBTOR;
import static org.collections.contact.compliance.Fixtures.OTHER_CASE;
import static org.collections.contact.compliance.Fixtures.OTHER_PHONE;
import static org.collections.contact.compliance.Fixtures.PHONE;
import static org.collections.contact.compliance.Fixtures.SHANGHAI;
import static org.collections.contact.compliance.Fixtures.attempt;
import static org.collections.contact.compliance.Fixtures.call;
import static org.collections.contact.compliance.Fixtures.local;
import static org.collections.contact.compliance.Fixtures.outboundCall;
import static org.collections.contact.compliance.Fixtures.situation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class CnRulesTest {

    private static final RulePack CN = RulePacks.CN;

    private static ProposedContact callTo(String contactPoint, Instant at) {
        return Fixtures.contact(Channel.CALL, PersonRole.DEBTOR, contactPoint, 1, false, at);
    }

    private static ProposedContact thirdPartyCall(Instant at) {
        return Fixtures.contact(Channel.CALL, PersonRole.THIRD_PARTY, "+86-emergency", 1, false, at);
    }

    @Test
    void theFourthConnectedCallOfALocalDayAcrossAgenciesIsBlockedUntilEightNextDay() {
        ContactSituation situation = situation(SHANGHAI).with(
                attempt(CASE, Direction.OUTBOUND, PHONE, local("2026-05-04T09:00", SHANGHAI),
                        Outcome.RIGHT_PARTY_CONTACT, null),
                attempt(CASE, Direction.OUTBOUND, PHONE, local("2026-05-04T10:00", SHANGHAI),
                        Outcome.REFUSED, "agency-a"),
                attempt(OTHER_CASE, Direction.OUTBOUND, OTHER_PHONE, local("2026-05-04T11:00", SHANGHAI),
                        Outcome.PROMISE_TO_PAY, "agency-b"))
                .build();

        Decision fourth = ComplianceEngine.decide(CN, call(local("2026-05-04T15:00", SHANGHAI)), situation);

        assertThat(fourth.allowed()).isFalse();
        assertThat(fourth.violations()).singleElement().satisfies(v -> {
            assertThat(v.ruleId()).isEqualTo("CN.DAILY_CONNECTED_CALLS");
            assertThat(v.reason()).contains("3 connected calls").contains("2026-05-04")
                    .doesNotContain("next permitted");
        });
        assertThat(fourth.explanation()).as("the decision's next time, not the rule's own midnight inside the night ban")
                .endsWith("; next permitted 2026-05-05 08:00 Asia/Shanghai (2026-05-05T00:00Z)");
        assertThat(fourth.nextPermittedAt()).isEqualTo(local("2026-05-05T08:00", SHANGHAI));
        assertThat(ComplianceEngine.decide(CN, call(local("2026-05-05T08:00", SHANGHAI)), situation).allowed())
                .isTrue();
    }

    @Test
    void theThirdConnectedCallIsAllowedAndUnansweredOrInboundCallsDoNotCount() {
        ContactSituation situation = situation(SHANGHAI).with(
                outboundCall(local("2026-05-04T09:00", SHANGHAI), Outcome.RIGHT_PARTY_CONTACT),
                outboundCall(local("2026-05-04T10:00", SHANGHAI), Outcome.RIGHT_PARTY_CONTACT),
                outboundCall(local("2026-05-04T11:00", SHANGHAI), Outcome.NO_ANSWER),
                attempt(CASE, Direction.INBOUND, PHONE, local("2026-05-04T12:00", SHANGHAI),
                        Outcome.RIGHT_PARTY_CONTACT, null),
                outboundCall(local("2026-05-03T21:00", SHANGHAI), Outcome.RIGHT_PARTY_CONTACT))
                .build();

        assertThat(ComplianceEngine.decide(CN, call(local("2026-05-04T15:00", SHANGHAI)), situation).allowed())
                .isTrue();
    }

    @Test
    void theSeventhUnansweredAttemptOfAChannelIsBlockedOnEveryNumberWhileAnotherChannelIsAllowed() {
        List<AttemptRecord> history = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Outcome outcome = List.of(Outcome.NO_ANSWER, Outcome.BUSY, Outcome.VOICEMAIL).get(i % 3);
            history.add(outboundCall(local("2026-05-04T09:00", SHANGHAI).plus(Duration.ofMinutes(30L * i)), outcome));
        }
        ContactSituation situation = situation(SHANGHAI).with(history).build();
        Instant at = local("2026-05-04T16:00", SHANGHAI);

        Decision samePhone = ComplianceEngine.decide(CN, callTo(PHONE, at), situation);
        assertThat(samePhone.violations()).singleElement().satisfies(v -> {
            assertThat(v.ruleId()).isEqualTo("CN.DAILY_UNANSWERED_ATTEMPTS");
            assertThat(v.reason()).contains("6 unanswered CALL attempts");
        });
        assertThat(samePhone.nextPermittedAt()).isEqualTo(local("2026-05-05T08:00", SHANGHAI));

        assertThat(ComplianceEngine.decide(CN, callTo(OTHER_PHONE, at), situation).violations())
                .as("another number of the debtor").extracting(Violation::ruleId)
                .containsExactly("CN.DAILY_UNANSWERED_ATTEMPTS");
        assertThat(ComplianceEngine.decide(CN, callTo(null, at), situation).violations())
                .as("no contact point named").extracting(Violation::ruleId)
                .containsExactly("CN.DAILY_UNANSWERED_ATTEMPTS");
        assertThat(ComplianceEngine.decide(CN, Fixtures.contact(Channel.SMS, PersonRole.DEBTOR, OTHER_PHONE, 1, false,
                at), situation).allowed()).as("six unanswered calls do not block an SMS").isTrue();
        assertThat(ComplianceEngine.decide(CN, callTo(PHONE, at),
                situation(SHANGHAI).with(history.subList(0, 5)).build()).allowed()).isTrue();
    }

    @Test
    void thirdPartiesOnlyAfterThreeConsecutiveFailedDebtorAttempts() {
        Instant at = local("2026-05-04T16:00", SHANGHAI);
        AttemptRecord answered = outboundCall(local("2026-05-04T09:00", SHANGHAI), Outcome.RIGHT_PARTY_CONTACT);
        AttemptRecord miss1 = outboundCall(local("2026-05-04T10:00", SHANGHAI), Outcome.NO_ANSWER);
        AttemptRecord miss2 = outboundCall(local("2026-05-04T11:00", SHANGHAI), Outcome.BUSY);
        AttemptRecord miss3 = outboundCall(local("2026-05-04T12:00", SHANGHAI), Outcome.VOICEMAIL);

        Decision afterTwo = ComplianceEngine.decide(CN, thirdPartyCall(at),
                situation(SHANGHAI).with(answered, miss1, miss2).build());
        assertThat(afterTwo.allowed()).isFalse();
        assertThat(afterTwo.nextPermittedAt()).isNull();
        assertThat(afterTwo.violations()).singleElement().satisfies(v -> {
            assertThat(v.ruleId()).isEqualTo("CN.THIRD_PARTY");
            assertThat(v.reason()).contains("3 consecutive failed attempts").contains("2 so far");
        });

        assertThat(ComplianceEngine.decide(CN, thirdPartyCall(at),
                situation(SHANGHAI).with(miss3, answered, miss1, miss2).build()).allowed()).isTrue();
        // an answered call resets the streak
        AttemptRecord answeredLater = outboundCall(local("2026-05-04T13:00", SHANGHAI), Outcome.RIGHT_PARTY_CONTACT);
        assertThat(ComplianceEngine.decide(CN, thirdPartyCall(at),
                situation(SHANGHAI).with(miss1, miss2, miss3, answeredLater).build()).allowed()).isFalse();
    }

    @Test
    void thirdPartiesAllowedWhenTheDebtorsNumbersAreInvalid() {
        assertThat(ComplianceEngine.decide(CN, thirdPartyCall(local("2026-05-04T16:00", SHANGHAI)),
                situation(SHANGHAI).numbersInvalid().build()).allowed()).isTrue();
    }

    @Test
    void thirdPartyGateIsCnOnly() {
        assertThat(ComplianceEngine.decide(RulePacks.UK_CONC, thirdPartyCall(local("2026-05-04T12:00", Fixtures.LONDON)),
                situation(Fixtures.LONDON).build()).allowed()).isTrue();
    }

    @Test
    void aVisitNeedsTwoCollectors() {
        Instant at = local("2026-05-04T10:00", SHANGHAI);
        ProposedContact alone = Fixtures.contact(Channel.VISIT, PersonRole.DEBTOR, null, 1, false, at);
        ProposedContact pair = Fixtures.contact(Channel.VISIT, PersonRole.DEBTOR, null, 2, false, at);

        Decision decision = ComplianceEngine.decide(CN, alone, situation(SHANGHAI).build());
        assertThat(decision.violations()).extracting(Violation::ruleId).containsExactly("CN.VISIT_COLLECTORS");
        assertThat(decision.nextPermittedAt()).isNull();
        assertThat(ComplianceEngine.decide(CN, pair, situation(SHANGHAI).build()).allowed()).isTrue();
    }

    @Test
    void cnHasNoUsCallFrequencyOrCoolDown() {
        List<AttemptRecord> history = new ArrayList<>();
        for (int day = 1; day <= 8; day++) {
            history.add(outboundCall(local("2026-05-0" + day + "T09:00", SHANGHAI), Outcome.RIGHT_PARTY_CONTACT));
        }

        assertThat(ComplianceEngine.decide(CN, call(local("2026-05-08T12:00", SHANGHAI)),
                situation(SHANGHAI).with(history).build()).allowed()).isTrue();
    }
    @Test
    void unansweredAttemptsCountAcrossCasesAgenciesAndNumbersPerChannel() {
        List<AttemptRecord> history = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            history.add(attempt(i % 2 == 0 ? CASE : OTHER_CASE, Direction.OUTBOUND, i % 2 == 0 ? PHONE : OTHER_PHONE,
                    local("2026-05-04T09:00", SHANGHAI).plus(Duration.ofMinutes(30L * i)), Outcome.NO_ANSWER,
                    i % 3 == 0 ? null : "agency-" + i));
        }
        Decision seventh = ComplianceEngine.decide(CN, callTo(PHONE, local("2026-05-04T16:00", SHANGHAI)),
                situation(SHANGHAI).with(history).build());

        assertThat(seventh.violations()).extracting(Violation::ruleId).containsExactly("CN.DAILY_UNANSWERED_ATTEMPTS");
    }

    @Test
    void aCallLeaseOutCountsTowardTheConnectedCallsOfTheDay() {
        Instant at = local("2026-05-04T15:00", SHANGHAI);
        ContactSituation twoConnectedOneLeased = new ContactSituation(List.of(SHANGHAI), Set.of(),
                ContactPointStatus.VALID, Set.of(), false, false, List.of(
                        outboundCall(local("2026-05-04T09:00", SHANGHAI), Outcome.RIGHT_PARTY_CONTACT),
                        attempt(OTHER_CASE, Direction.OUTBOUND, OTHER_PHONE, local("2026-05-04T10:00", SHANGHAI),
                                Outcome.PROMISE_TO_PAY, "agency-a")),
                StatedPreferences.none(), List.of(new LeaseInFlight(OTHER_CASE, DEBTOR, Channel.CALL,
                        PersonRole.DEBTOR, OTHER_PHONE, local("2026-05-04T14:55", SHANGHAI))));

        Decision second = ComplianceEngine.decide(CN, call(at), twoConnectedOneLeased);

        assertThat(second.violations()).singleElement().satisfies(v -> {
            assertThat(v.ruleId()).isEqualTo("CN.DAILY_CONNECTED_CALLS");
            assertThat(v.reason()).contains("2 connected calls and 1 call lease(s) out");
        });
        assertThat(second.nextPermittedAt()).isEqualTo(local("2026-05-05T08:00", SHANGHAI));
        ContactSituation noLease = new ContactSituation(List.of(SHANGHAI), Set.of(), ContactPointStatus.VALID,
                Set.of(), false, false, twoConnectedOneLeased.history());
        assertThat(ComplianceEngine.decide(CN, call(at), noLease).allowed()).isTrue();
    }
}
