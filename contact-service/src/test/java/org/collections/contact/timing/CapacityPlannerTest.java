package org.collections.contact.timing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.collections.contact.timing.LearnedTimePlannerTest.END;
import static org.collections.contact.timing.LearnedTimePlannerTest.LONDON;
import static org.collections.contact.timing.LearnedTimePlannerTest.NEW_YORK;
import static org.collections.contact.timing.LearnedTimePlannerTest.NIGHT;
import static org.collections.contact.timing.LearnedTimePlannerTest.PHONE;
import static org.collections.contact.timing.LearnedTimePlannerTest.local;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.collections.contact.compliance.AttemptRecord;
import org.collections.contact.compliance.Channel;
import org.collections.contact.compliance.ComplianceEngine;
import org.collections.contact.compliance.Direction;
import org.collections.contact.compliance.Outcome;
import org.collections.contact.compliance.PersonRole;
import org.collections.contact.compliance.PlanCandidate;
import org.collections.contact.compliance.ProposedContact;
import org.collections.contact.compliance.Restriction;
import org.collections.contact.compliance.RulePack;
import org.collections.contact.compliance.RulePacks;
import org.collections.contact.timing.CapacityLimits.Pool;
import org.collections.contact.timing.LearnedTimePlanner.Planned;
import org.collections.contact.timing.LearnedTimePlanner.Skipped;
import org.collections.contact.timing.TimingChoice.Kind;
import org.junit.jupiter.api.Test;

class CapacityPlannerTest {

    static final Segment UK = new Segment("ACME", "UK");
    static final Segment UK_FLAT = new Segment("FLAT", "UK");
    static final Segment US = new Segment("ACME", "US");
    /** ACME's London debtors answer best at 18, then 17, then 12; FLAT's at 18, but at 17 nearly as well. */
    static final ContactRates RATES = ContactRates.builder(TimingPolicy.DEFAULT)
            .add(UK, Channel.CALL, 8, 400, 20).add(UK, Channel.CALL, 12, 300, 45).add(UK, Channel.CALL, 17, 400, 120)
            .add(UK, Channel.CALL, 18, 1200, 504)
            .add(UK_FLAT, Channel.CALL, 18, 1000, 500).add(UK_FLAT, Channel.CALL, 17, 1000, 490)
            .add(UK_FLAT, Channel.CALL, 8, 1000, 100)
            .add(US, Channel.CALL, 10, 1000, 500).add(US, Channel.CALL, 15, 1000, 400)
            .add(US, Channel.CALL, 18, 1000, 300).add(US, Channel.CALL, 8, 1000, 50)
            .build();

    static UUID id(int n) {
        return new UUID(0, n);
    }

    static PlanCandidate candidate(UUID caseId, ZoneId zone, List<AttemptRecord> history) {
        return new PlanCandidate(caseId, id(100_000 + (int) caseId.getLeastSignificantBits()), List.of(zone),
                EnumSet.noneOf(Restriction.class), Set.of(), false, List.of(PHONE), history);
    }

    /** A planner of ACME's and FLAT's cases with {@code perHour} calls per UTC hour in the shared pool. */
    static final class Plan {

        final CapacityPlanner<UUID> planner;
        final Map<UUID, PlanCandidate> candidates = new HashMap<>();
        final Map<UUID, RulePack> packs = new HashMap<>();

        Plan(CapacityLimits limits) {
            planner = new CapacityPlanner<>(RATES, Channel.CALL, limits, NIGHT, END);
        }

        Plan(int perHour) {
            this(new CapacityLimits(Map.of(Channel.CALL, perHour), Map.of()));
        }

        Plan add(int n, Segment segment, RulePack pack, ZoneId zone, List<AttemptRecord> history) {
            UUID caseId = id(n);
            PlanCandidate c = candidate(caseId, zone, history);
            Planned preferred = (Planned) LearnedTimePlanner.plan(RATES, segment, pack, Channel.CALL, c, Map.of(),
                    NIGHT, END);
            candidates.put(caseId, c);
            packs.put(caseId, pack);
            planner.add(caseId, caseId, planner.pool(segment.creditorId()).orElseThrow(), segment, pack, c,
                    preferred);
            return this;
        }

        Plan add(int n, Segment segment) {
            return add(n, segment, RulePacks.UK_CONC, LONDON, List.of());
        }

        Map<UUID, LearnedTimePlanner.Outcome> assign() {
            Map<UUID, LearnedTimePlanner.Outcome> outcomes = new HashMap<>();
            for (CapacityPlanner.Assigned<UUID> a : planner.assign()) {
                outcomes.put(a.payload(), a.outcome());
                if (a.outcome() instanceof Planned p) {
                    PlanCandidate c = candidates.get(a.payload());
                    assertThat(ComplianceEngine.decide(packs.get(a.payload()), new ProposedContact(c.caseId(),
                            c.debtorId(), Channel.CALL, PersonRole.DEBTOR, p.contactPointId(), 1, false, p.at()),
                            c.situation()).allowed()).as("allowed at %s", p.at()).isTrue();
                }
            }
            return outcomes;
        }
    }

    static Planned planned(LearnedTimePlanner.Outcome outcome) {
        assertThat(outcome).isInstanceOf(Planned.class);
        return (Planned) outcome;
    }

    static Map<Instant, Long> perUtcHour(Map<UUID, LearnedTimePlanner.Outcome> outcomes) {
        return outcomes.values().stream().filter(Planned.class::isInstance).map(o -> ((Planned) o).at())
                .collect(Collectors.groupingBy(at -> at.truncatedTo(ChronoUnit.HOURS),
                        Collectors.counting()));
    }

    @Test
    void whenTheBestHourIsFullTheCaseGetsTheNextBestPermittedHourWithRoom() {
        Plan plan = new Plan(2);
        for (int n = 1; n <= 5; n++) {
            plan.add(n, UK);
        }
        Map<UUID, LearnedTimePlanner.Outcome> outcomes = plan.assign();

        assertThat(perUtcHour(outcomes)).isEqualTo(Map.of(local("2026-11-24T18:00", LONDON), 2L,
                local("2026-11-24T17:00", LONDON), 2L, local("2026-11-24T12:00", LONDON), 1L));
        // equal cases: the lower ids keep the best hour
        assertThat(planned(outcomes.get(id(1))).choice().kind()).isEqualTo(Kind.BEST_HOUR);
        assertThat(planned(outcomes.get(id(2))).choice().kind()).isEqualTo(Kind.BEST_HOUR);
        Planned moved = planned(outcomes.get(id(3)));
        assertThat(moved.at()).isEqualTo(local("2026-11-24T17:00", LONDON));
        assertThat(moved.choice().kind()).isEqualTo(Kind.NEXT_BEST_HOUR_CAPACITY);
        assertThat(moved.choice().describe())
                .isEqualTo("next-best hour 17 local (better hours full), RPC rate 0.30 over 400 attempts");
        assertThat(planned(outcomes.get(id(5))).choice().localHour()).isEqualTo(12);
    }

    @Test
    void theCasesThatLoseMostByMovingKeepTheBestHour() {
        // FLAT's case would lose 0.01 by moving to 17, ACME's 0.12: ACME's keeps 18 although its id is higher
        Map<UUID, LearnedTimePlanner.Outcome> outcomes = new Plan(1).add(1, UK_FLAT).add(2, UK).assign();
        assertThat(planned(outcomes.get(id(2))).at()).isEqualTo(local("2026-11-24T18:00", LONDON));
        assertThat(planned(outcomes.get(id(1))).at()).isEqualTo(local("2026-11-24T17:00", LONDON));
        assertThat(planned(outcomes.get(id(1))).choice().kind()).isEqualTo(Kind.NEXT_BEST_HOUR_CAPACITY);
    }

    @Test
    void theSameCasesInAnyOrderGiveTheSamePlan() {
        List<Integer> ids = new ArrayList<>();
        for (int n = 1; n <= 40; n++) {
            ids.add(n);
        }
        Map<UUID, LearnedTimePlanner.Outcome> first = null;
        Random random = new Random(7);
        for (int round = 0; round < 4; round++) {
            Collections.shuffle(ids, random);
            Plan plan = new Plan(3);
            ids.forEach(n -> plan.add(n, n % 3 == 0 ? UK_FLAT : UK));
            Map<UUID, LearnedTimePlanner.Outcome> outcomes = plan.assign();
            if (first == null) {
                first = outcomes;
            }
            assertThat(outcomes).isEqualTo(first);
        }
    }

    @Test
    void nobodyIsLeftOutWhileAPermittedHourHasRoomAndTheRestAreReported() {
        // UK_CONC permits 08:00–21:00 London: 13 hours of one call each
        Plan plan = new Plan(1);
        for (int n = 1; n <= 15; n++) {
            plan.add(n, UK);
        }
        Map<UUID, LearnedTimePlanner.Outcome> outcomes = plan.assign();
        Map<Instant, Long> hours = perUtcHour(outcomes);
        assertThat(hours).hasSize(13).allSatisfy((hour, calls) -> assertThat(calls).isEqualTo(1));
        assertThat(outcomes.values()).filteredOn(Skipped.class::isInstance).hasSize(2)
                .allSatisfy(o -> assertThat(o).isEqualTo(new Skipped(CapacityPlanner.NO_CAPACITY)));
        // after the hours with history, the other permitted hours in time order
        assertThat(outcomes.values()).filteredOn(Planned.class::isInstance).map(o -> ((Planned) o).choice())
                .filteredOn(c -> c.kind() == Kind.PERMITTED_HOUR_CAPACITY).hasSize(9)
                .anySatisfy(c -> assertThat(c.describe())
                        .isEqualTo("hour 9 local: the first permitted hour with room (the preferred hours full)"));
    }

    @Test
    void theRuleEngineStillHasTheLastWordOnTheNextBestHours() {
        // a conversation at 15:20 New York a week before: no call until 15:20 on the 24th, so 10:00 is never offered
        Instant conversation = local("2026-11-17T15:20", NEW_YORK);
        Plan plan = new Plan(1);
        for (int n = 1; n <= 3; n++) {
            plan.add(n, US, RulePacks.US_REGF, NEW_YORK, List.of(new AttemptRecord(id(n), id(100_000 + n),
                    Channel.CALL, Direction.OUTBOUND, PersonRole.DEBTOR, PHONE, conversation,
                    Outcome.RIGHT_PARTY_CONTACT, null)));
        }
        List<Instant> times = plan.assign().values().stream().map(o -> planned(o).at()).sorted().toList();
        assertThat(times).containsExactly(local("2026-11-24T15:20", NEW_YORK), local("2026-11-24T16:00", NEW_YORK),
                local("2026-11-24T18:00", NEW_YORK));
    }

    @Test
    void aCreditorWithItsOwnCapacityHasAPoolOfItsOwnAndUnlimitedIsTodaysPlan() {
        CapacityLimits limits = new CapacityLimits(Map.of(Channel.CALL, 1), Map.of("FLAT", Map.of(Channel.CALL, 2)));
        assertThat(limits.pool("FLAT", Channel.CALL)).contains(new Pool("FLAT", 2));
        assertThat(limits.pool("ACME", Channel.CALL)).contains(new Pool(null, 1));
        assertThat(limits.pool("ACME", Channel.SMS)).isEmpty();
        assertThat(CapacityLimits.UNLIMITED.pool("ACME", Channel.CALL)).isEmpty();
        Map<UUID, LearnedTimePlanner.Outcome> outcomes = new Plan(limits).add(1, UK_FLAT).add(2, UK_FLAT)
                .add(3, UK).add(4, UK).assign();
        assertThat(planned(outcomes.get(id(1))).choice().localHour()).isEqualTo(18);
        assertThat(planned(outcomes.get(id(2))).choice().localHour()).isEqualTo(18);
        assertThat(planned(outcomes.get(id(3))).choice().localHour()).isEqualTo(18);
        assertThat(planned(outcomes.get(id(4))).choice().localHour()).isEqualTo(17);

        // room for everyone: every case exactly as without a limit
        Plan roomy = new Plan(1_000);
        for (int n = 1; n <= 20; n++) {
            roomy.add(n, n % 2 == 0 ? UK : new Segment("NEW", "UK"));
        }
        roomy.assign().forEach((caseId, outcome) -> assertThat(outcome).isEqualTo(LearnedTimePlanner.plan(RATES,
                caseId.getLeastSignificantBits() % 2 == 0 ? UK : new Segment("NEW", "UK"), RulePacks.UK_CONC,
                Channel.CALL, candidate(caseId, LONDON, List.of()), Map.of(), NIGHT, END)));
        assertThatThrownBy(() -> new CapacityLimits(Map.of(Channel.CALL, -1), Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0 or more");
        assertThatThrownBy(() -> new CapacityPlanner<>(RATES, Channel.CALL, limits, NIGHT,
                NIGHT.plus(Duration.ofDays(2))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
