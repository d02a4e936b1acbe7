package org.collections.contact.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.collections.contact.compliance.Fixtures.CASE;
import static org.collections.contact.compliance.Fixtures.DEBTOR;
import static org.collections.contact.compliance.Fixtures.LONDON;
import static org.collections.contact.compliance.Fixtures.NEW_YORK;
import static org.collections.contact.compliance.Fixtures.OTHER_PHONE;
import static org.collections.contact.compliance.Fixtures.PHONE;
import static org.collections.contact.compliance.Fixtures.SHANGHAI;
import static org.collections.contact.compliance.Fixtures.local;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DailyPlannerTest {

    private static final Instant NIGHT = Instant.parse("2026-11-24T00:00:00Z");
    private static final Instant END = NIGHT.plus(Duration.ofDays(1));

    private static PlanCandidate candidate(List<ZoneId> zones, List<String> points, List<AttemptRecord> history) {
        return new PlanCandidate(CASE, DEBTOR, zones, EnumSet.noneOf(Restriction.class), EnumSet.noneOf(Channel.class),
                false, points, history);
    }

    private static List<AttemptRecord> outboundCalls(Instant... at) {
        List<AttemptRecord> calls = new ArrayList<>();
        for (Instant i : at) {
            calls.add(Fixtures.outboundCall(i, Outcome.NO_ANSWER));
        }
        return calls;
    }

    @Test
    void aNightRunPlansTheStartOfThePermittedHoursInEveryPossibleZone() {
        assertThat(DailyPlanner.plan(RulePacks.UK_CONC, Channel.CALL, candidate(List.of(LONDON), List.of(PHONE), List.of()),
                NIGHT, END)).isEqualTo(new DailyPlanner.Planned(PHONE, local("2026-11-24T08:00", LONDON)));
        // 00:00Z is 08:00 in Shanghai, but the debtor may be in London, where it is midnight
        assertThat(DailyPlanner.plan(RulePacks.CN, Channel.CALL,
                candidate(List.of(SHANGHAI, LONDON), List.of(PHONE), List.of()), NIGHT, END))
                .isEqualTo(new DailyPlanner.Planned(PHONE, local("2026-11-24T08:00", LONDON)));
        assertThat(DailyPlanner.plan(RulePacks.US_REGF, Channel.CALL, candidate(List.of(NEW_YORK), List.of(PHONE), List.of()),
                NIGHT, END)).isEqualTo(new DailyPlanner.Planned(PHONE, NIGHT));
    }

    @Test
    void aCaseAtItsCallCapIsPlannedWhenTheOldestCallLeavesTheWindowOrSkippedWhenThatIsAfterTheDay() {
        Instant oldest = Instant.parse("2026-11-17T15:00:00Z");
        List<AttemptRecord> sevenCalls = outboundCalls(oldest, oldest.plus(Duration.ofDays(1)),
                oldest.plus(Duration.ofDays(2)), oldest.plus(Duration.ofDays(3)), oldest.plus(Duration.ofDays(4)),
                oldest.plus(Duration.ofDays(5)), oldest.plus(Duration.ofDays(5).plusHours(2)));
        assertThat(DailyPlanner.plan(RulePacks.US_REGF, Channel.CALL, candidate(List.of(NEW_YORK), List.of(PHONE), sevenCalls),
                NIGHT, END)).isEqualTo(new DailyPlanner.Planned(PHONE, oldest.plus(Duration.ofDays(7))));

        List<AttemptRecord> later = sevenCalls.stream().map(a -> Fixtures.outboundCall(a.at().plus(Duration.ofDays(1)),
                Outcome.NO_ANSWER)).toList();
        assertThat(DailyPlanner.plan(RulePacks.US_REGF, Channel.CALL,
                candidate(List.of(NEW_YORK), List.of(PHONE), later), NIGHT, END))
                .isEqualTo(new DailyPlanner.Skipped("NOT_IN_WINDOW:US_REGF.CALL_FREQUENCY"));
    }

    @Test
    void aCaseNotPermittedWithinTheDayNamesTheRuleThatBlocksLongestNotTheFirstOne() {
        // at 00:00Z it is midnight in London (hours) and two days after a conversation (7-day cool-down); the
        // validation notice went out the same day
        List<AttemptRecord> conversation = List.of(Fixtures.outboundCall(NIGHT.minus(Duration.ofDays(2)),
                Outcome.RIGHT_PARTY_CONTACT), Fixtures.validationNotice(NIGHT.minus(Duration.ofDays(2))));
        assertThat(DailyPlanner.plan(RulePacks.US_REGF, Channel.CALL,
                candidate(List.of(NEW_YORK, LONDON), List.of(PHONE), conversation), NIGHT, END))
                .isEqualTo(new DailyPlanner.Skipped("NOT_IN_WINDOW:US_REGF.CALL_COOL_DOWN"));
    }

    @Test
    void aCaseBlockedForGoodNamesTheRuleThatNeverLiftsNotTheHoursItIsAlsoOutside() {
        // 01:00 in New York: outside the hours and in the cool-down after a conversation; the validation notice for
        // that conversation falls due in 4 hours, long before either lifts, and none is on its way
        Instant night = local("2026-11-24T01:00", NEW_YORK);
        List<AttemptRecord> noNotice = List.of(Fixtures.outboundCall(night.minus(Duration.ofDays(4).plusHours(20)),
                Outcome.RIGHT_PARTY_CONTACT));
        // (a creditor's 2 business days: Regulation F's 5 never fall due within a 7-day cool-down)
        RulePack twoDays = RulePacks.US_REGF.withOverride(RuleOverride.none().withValidationNoticeDays(2));
        assertThat(DailyPlanner.plan(twoDays, Channel.CALL,
                candidate(List.of(NEW_YORK), List.of(PHONE), noNotice), night, night.plus(Duration.ofDays(1))))
                .isEqualTo(new DailyPlanner.Skipped("BLOCKED:US_REGF.VALIDATION_NOTICE"));
    }

    @Test
    void restrictionsAndOptOutsSkipTheCaseNamingTheRule() {
        PlanCandidate disputed = new PlanCandidate(CASE, DEBTOR, List.of(NEW_YORK), EnumSet.of(Restriction.DISPUTED),
                Set.of(), false, List.of(PHONE), List.of());
        assertThat(DailyPlanner.plan(RulePacks.US_REGF, Channel.CALL, disputed, NIGHT, END))
                .isEqualTo(new DailyPlanner.Skipped("BLOCKED:US_REGF.DISPUTE_PENDING"));
        PlanCandidate optedOut = new PlanCandidate(CASE, DEBTOR, List.of(SHANGHAI), Set.of(), EnumSet.of(Channel.CALL),
                false, List.of(PHONE, OTHER_PHONE), List.of());
        assertThat(DailyPlanner.plan(RulePacks.CN, Channel.CALL, optedOut, NIGHT, END))
                .isEqualTo(new DailyPlanner.Skipped("BLOCKED:CN.OPT_OUT"));
        assertThat(DailyPlanner.plan(RulePacks.CN, Channel.CALL, candidate(List.of(SHANGHAI), List.of(), List.of()), NIGHT,
                END)).isEqualTo(new DailyPlanner.Skipped(DailyPlanner.NO_VALID_CONTACT_POINT));
    }

    @Test
    void sixUnansweredCallsOnOneNumberHoldBackEveryNumberOfTheDebtorUntilTheNextDay() {
        Instant from = local("2026-11-24T10:00", SHANGHAI);
        List<AttemptRecord> unansweredOnFirst = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            unansweredOnFirst.add(Fixtures.attempt(Fixtures.OTHER_CASE, Direction.OUTBOUND, PHONE,
                    local("2026-11-24T08:30", SHANGHAI).plus(Duration.ofMinutes(10L * i)), Outcome.NO_ANSWER, null));
        }
        PlanCandidate c = candidate(List.of(SHANGHAI), List.of(PHONE, OTHER_PHONE), unansweredOnFirst);
        assertThat(DailyPlanner.plan(RulePacks.CN, Channel.CALL, c, from, from.plus(Duration.ofDays(1))))
                .as("the cap is per channel, across the debtor's numbers")
                .isEqualTo(new DailyPlanner.Planned(PHONE, local("2026-11-25T08:00", SHANGHAI)));
        assertThat(DailyPlanner.plan(RulePacks.CN, Channel.SMS, c, from, from.plus(Duration.ofDays(1))))
                .as("six unanswered calls do not hold back an SMS").isEqualTo(new DailyPlanner.Planned(PHONE, from));
        PlanCandidate onlyFirst = candidate(List.of(SHANGHAI), List.of(PHONE), unansweredOnFirst);
        assertThat(DailyPlanner.plan(RulePacks.CN, Channel.CALL, onlyFirst, from, from.plus(Duration.ofDays(1))))
                .isEqualTo(new DailyPlanner.Planned(PHONE, local("2026-11-25T08:00", SHANGHAI)));
    }

    @Test
    void everyPlannedTimeIsAllowedByTheEngineAndNoEarlierTimeInTheWindowIs() {
        PlanCandidate c = candidate(List.of(SHANGHAI, LONDON), List.of(PHONE), List.of());
        DailyPlanner.Planned planned = (DailyPlanner.Planned) DailyPlanner.plan(RulePacks.CN, Channel.CALL, c, NIGHT, END);
        ContactSituation situation = Fixtures.situation(SHANGHAI, LONDON).build();
        assertThat(ComplianceEngine.decide(RulePacks.CN, Fixtures.call(planned.at()), situation).allowed()).isTrue();
        for (Instant t = NIGHT; t.isBefore(planned.at()); t = t.plus(Duration.ofMinutes(15))) {
            assertThat(ComplianceEngine.decide(RulePacks.CN, Fixtures.call(t), situation).allowed()).as("%s", t).isFalse();
        }
    }
}
