package org.collections.contact.timing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.collections.contact.compliance.AttemptPurpose;
import org.collections.contact.compliance.AttemptRecord;
import org.collections.contact.compliance.Channel;
import org.collections.contact.compliance.ComplianceEngine;
import org.collections.contact.compliance.DailyPlanner;
import org.collections.contact.compliance.Direction;
import org.collections.contact.compliance.Outcome;
import org.collections.contact.compliance.PersonRole;
import org.collections.contact.compliance.PlanCandidate;
import org.collections.contact.compliance.ProposedContact;
import org.collections.contact.compliance.Restriction;
import org.collections.contact.compliance.RulePack;
import org.collections.contact.compliance.RulePacks;
import org.collections.contact.timing.TimingChoice.Kind;
import org.junit.jupiter.api.Test;

class LearnedTimePlannerTest {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final UUID CASE = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    static final UUID DEBTOR = UUID.fromString("00000000-0000-0000-0000-0000000000d1");
    static final String PHONE = "+44-20-0100";
    static final Segment UK = new Segment("ACME", "UK");
    static final Segment US = new Segment("ACME", "US");
    static final Instant NIGHT = Instant.parse("2026-11-24T00:00:00Z");
    static final Instant END = NIGHT.plus(Duration.ofDays(1));
    static final Map<Channel, List<String>> NO_OTHER_CHANNEL = Map.of();

    static Instant local(String at, ZoneId zone) {
        return LocalDateTime.parse(at).atZone(zone).toInstant();
    }

    static PlanCandidate candidate(ZoneId zone, Set<Channel> optedOut, List<AttemptRecord> history) {
        return new PlanCandidate(CASE, DEBTOR, List.of(zone), EnumSet.noneOf(Restriction.class), optedOut, false,
                List.of(PHONE), history);
    }

    static PlanCandidate candidate(ZoneId zone) {
        return candidate(zone, Set.of(), List.of());
    }

    /** Per hour: {hour, attempts, right-party contacts}. */
    static ContactRates calls(Segment segment, long[]... hours) {
        ContactRates.Builder builder = ContactRates.builder(TimingPolicy.DEFAULT);
        for (long[] h : hours) {
            builder.add(segment, Channel.CALL, (int) h[0], h[1], h[2]);
        }
        return builder.build();
    }

    static LearnedTimePlanner.Planned planned(LearnedTimePlanner.Outcome outcome) {
        assertThat(outcome).isInstanceOf(LearnedTimePlanner.Planned.class);
        return (LearnedTimePlanner.Planned) outcome;
    }

    static void assertAllowed(RulePack pack, PlanCandidate candidate, Channel channel, LearnedTimePlanner.Planned p) {
        assertThat(ComplianceEngine.decide(pack, new ProposedContact(CASE, DEBTOR, channel, PersonRole.DEBTOR,
                p.contactPointId(), 1, false, p.at()), candidate.situation()).allowed()).as("allowed at %s", p.at())
                .isTrue();
    }

    @Test
    void aDebtorWhoseSegmentAnswersMostlyAt18LocalIsPlannedAt18Not08() {
        ContactRates rates = calls(UK, new long[] {8, 400, 20}, new long[] {12, 300, 45}, new long[] {18, 1200, 504});
        LearnedTimePlanner.Planned p = planned(LearnedTimePlanner.plan(rates, UK, RulePacks.UK_CONC, Channel.CALL,
                candidate(LONDON), NO_OTHER_CHANNEL, NIGHT, END));
        assertThat(p.at()).isEqualTo(local("2026-11-24T18:00", LONDON));
        assertThat(p.choice().kind()).isEqualTo(Kind.BEST_HOUR);
        assertThat(p.choice().describe()).startsWith("best hour 18 local, RPC rate 0.4").endsWith("over 1,200 attempts");
        // another creditor's debtors have no history: the earliest permitted time
        LearnedTimePlanner.Planned other = planned(LearnedTimePlanner.plan(rates, new Segment("OTHER", "UK"),
                RulePacks.UK_CONC, Channel.CALL, candidate(LONDON), NO_OTHER_CHANNEL, NIGHT, END));
        assertThat(other.at()).isEqualTo(local("2026-11-24T08:00", LONDON));
        assertThat(other.choice().describe()).isEqualTo("earliest permitted: too little history");
    }

    @Test
    void anHourWithTooFewAttemptsIsNotPreferred() {
        ContactRates lucky = calls(UK, new long[] {8, 400, 40}, new long[] {18, 6, 6});
        LearnedTimePlanner.Planned p = planned(LearnedTimePlanner.plan(lucky, UK, RulePacks.UK_CONC, Channel.CALL,
                candidate(LONDON), NO_OTHER_CHANNEL, NIGHT, END));
        assertThat(p.at()).isEqualTo(local("2026-11-24T08:00", LONDON));
        assertThat(p.choice().localHour()).isEqualTo(8);

        ContactRates onlyLucky = calls(UK, new long[] {18, 6, 6});
        LearnedTimePlanner.Planned q = planned(LearnedTimePlanner.plan(onlyLucky, UK, RulePacks.UK_CONC, Channel.CALL,
                candidate(LONDON), NO_OTHER_CHANNEL, NIGHT, END));
        assertThat(q.at()).isEqualTo(local("2026-11-24T08:00", LONDON));
        assertThat(q.choice().kind()).isEqualTo(Kind.EARLIEST_TOO_LITTLE_HISTORY);
    }

    @Test
    void aPreferredHourOutsideThePermittedHoursIsNeverChosen() {
        // 22:00 London answers best, but UK_CONC permits 08:00–21:00
        ContactRates rates = calls(UK, new long[] {22, 1000, 600}, new long[] {8, 400, 40}, new long[] {17, 400, 120});
        LearnedTimePlanner.Planned p = planned(LearnedTimePlanner.plan(rates, UK, RulePacks.UK_CONC, Channel.CALL,
                candidate(LONDON), NO_OTHER_CHANNEL, NIGHT, END));
        assertThat(p.at()).isEqualTo(local("2026-11-24T17:00", LONDON));

        ContactRates onlyNight = calls(UK, new long[] {22, 1000, 600}, new long[] {6, 1000, 500},
                new long[] {8, 400, 4});
        LearnedTimePlanner.Planned q = planned(LearnedTimePlanner.plan(onlyNight, UK, RulePacks.UK_CONC, Channel.CALL,
                candidate(LONDON), NO_OTHER_CHANNEL, NIGHT, END));
        assertThat(q.at()).isEqualTo(local("2026-11-24T08:00", LONDON));
        assertThat(q.choice().kind()).as("hour 8 has history but is the worst").isEqualTo(Kind.BEST_HOUR);
        assertThat(q.choice().localHour()).isEqualTo(8);
        // whatever the learned rates, the time is one the engine permits
        for (int hour = 0; hour < 24; hour++) {
            ContactRates one = calls(UK, new long[] {hour, 1000, 900}, new long[] {(hour + 12) % 24, 1000, 10});
            LearnedTimePlanner.Planned r = planned(LearnedTimePlanner.plan(one, UK, RulePacks.UK_CONC, Channel.CALL,
                    candidate(LONDON), NO_OTHER_CHANNEL, NIGHT, END));
            assertAllowed(RulePacks.UK_CONC, candidate(LONDON), Channel.CALL, r);
            assertThat(r.at().atZone(LONDON).getHour()).isEqualTo(hour >= 8 && hour < 21 ? hour : 8);
        }
    }

    @Test
    void theRuleEngineHasTheLastWordACallCoolDownMovesThePlanToTheNextBestHour() {
        // a conversation at 15:20 New York a week before: no call until 15:20 on the 24th (12 CFR 1006.14(b)(2)(ii))
        Instant conversation = local("2026-11-17T15:20", NEW_YORK);
        List<AttemptRecord> history = List.of(
                new AttemptRecord(CASE, DEBTOR, Channel.CALL, Direction.OUTBOUND, PersonRole.DEBTOR, PHONE,
                        conversation, Outcome.RIGHT_PARTY_CONTACT, null),
                new AttemptRecord(CASE, DEBTOR, Channel.LETTER, Direction.OUTBOUND, PersonRole.DEBTOR, null,
                        conversation, Outcome.DELIVERED, null, AttemptPurpose.VALIDATION_NOTICE));
        PlanCandidate c = candidate(NEW_YORK, Set.of(), history);
        Instant from = local("2026-11-24T00:00", NEW_YORK);
        Instant until = from.plus(Duration.ofDays(1));
        ContactRates rates = calls(US, new long[] {10, 1000, 500}, new long[] {15, 1000, 400},
                new long[] {18, 1000, 300}, new long[] {8, 1000, 50});
        LearnedTimePlanner.Planned p = planned(LearnedTimePlanner.plan(rates, US, RulePacks.US_REGF, Channel.CALL, c,
                NO_OTHER_CHANNEL, from, until));
        assertThat(p.at()).as("10:00 is in the cool-down; 15:00 is too, until 15:20")
                .isEqualTo(local("2026-11-24T15:20", NEW_YORK));
        assertThat(p.choice().localHour()).isEqualTo(15);
        assertAllowed(RulePacks.US_REGF, c, Channel.CALL, p);

        ContactRates morningsOnly = calls(US, new long[] {10, 1000, 500}, new long[] {11, 1000, 450},
                new long[] {16, 1000, 50});
        LearnedTimePlanner.Planned q = planned(LearnedTimePlanner.plan(morningsOnly, US, RulePacks.US_REGF,
                Channel.CALL, c, NO_OTHER_CHANNEL, from, until));
        assertThat(q.at()).as("the good hours are all in the cool-down: the earliest permitted time")
                .isEqualTo(local("2026-11-24T15:20", NEW_YORK));
        assertThat(q.choice().kind()).isEqualTo(Kind.EARLIEST_NO_BETTER_HOUR);
    }

    @Test
    void aCaseWhoseSegmentAnswersBetterOnAnotherUsableChannelIsLeftToIt() {
        ContactRates rates = ContactRates.builder(TimingPolicy.DEFAULT).add(UK, Channel.CALL, 10, 1000, 100)
                .add(UK, Channel.SMS, 10, 500, 200).add(UK, Channel.EMAIL, 10, 20, 20).build();
        Map<Channel, List<String>> phoneForSms = Map.of(Channel.SMS, List.of(PHONE));
        assertThat(LearnedTimePlanner.plan(rates, UK, RulePacks.UK_CONC, Channel.CALL, candidate(LONDON), phoneForSms,
                NIGHT, END)).isEqualTo(new LearnedTimePlanner.Skipped("PREFERS_CHANNEL:SMS"));
        // without a number for SMS, or opted out of SMS, SMS is not usable: the call is planned
        assertThat(LearnedTimePlanner.plan(rates, UK, RulePacks.UK_CONC, Channel.CALL, candidate(LONDON),
                NO_OTHER_CHANNEL, NIGHT, END)).isInstanceOf(LearnedTimePlanner.Planned.class);
        assertThat(LearnedTimePlanner.plan(rates, UK, RulePacks.UK_CONC, Channel.CALL,
                candidate(LONDON, EnumSet.of(Channel.SMS), List.of()), phoneForSms, NIGHT, END))
                .isInstanceOf(LearnedTimePlanner.Planned.class);
        // e-mail answers 20 of 20, but on too few attempts to count
        assertThat(LearnedTimePlanner.plan(rates, UK, RulePacks.UK_CONC, Channel.SMS, candidate(LONDON),
                Map.of(Channel.EMAIL, List.of("debtor@example.org"), Channel.CALL, List.of(PHONE)), NIGHT, END))
                .isInstanceOf(LearnedTimePlanner.Planned.class);
    }

    @Test
    void withoutHistoryOrWithLearningOffTheTimeIsTheEarliestPermittedOne() {
        for (RulePack pack : RulePacks.all()) {
            for (ZoneId zone : List.of(LONDON, NEW_YORK, ZoneId.of("Asia/Shanghai"))) {
                PlanCandidate c = candidate(zone);
                DailyPlanner.Planned earliest = (DailyPlanner.Planned) DailyPlanner.plan(pack, Channel.CALL, c, NIGHT,
                        END);
                LearnedTimePlanner.Planned learned = planned(LearnedTimePlanner.plan(ContactRates.empty(), UK, pack,
                        Channel.CALL, c, NO_OTHER_CHANNEL, NIGHT, END));
                LearnedTimePlanner.Planned off = planned(LearnedTimePlanner.earliest(pack, Channel.CALL, c, NIGHT,
                        END));
                assertThat(learned.at()).isEqualTo(earliest.at()).isEqualTo(off.at());
                assertThat(off.choice().kind()).isEqualTo(Kind.EARLIEST_BY_CONFIG);
            }
        }
        PlanCandidate disputed = new PlanCandidate(CASE, DEBTOR, List.of(NEW_YORK), EnumSet.of(Restriction.DISPUTED),
                Set.of(), false, List.of(PHONE), List.of());
        assertThat(LearnedTimePlanner.plan(calls(US, new long[] {10, 1000, 500}), US, RulePacks.US_REGF, Channel.CALL,
                disputed, NO_OTHER_CHANNEL, NIGHT, END))
                .isEqualTo(new LearnedTimePlanner.Skipped("BLOCKED:US_REGF.DISPUTE_PENDING"));
    }
}
