package org.collections.cases.treatment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.collections.commons.rules.RuleViolation;
import org.junit.jupiter.api.Test;

class TreatmentPlannerTest {

    private static final Instant NOW = Instant.parse("2026-12-03T09:00:00Z");
    private static final Set<String> BUCKETS = Set.of("CURRENT", "1-30", "31-60");

    private final Segment likely = new Segment("likely", new SegmentCriteria(Set.of("1-30"), null, null, 600, null, null),
            List.of(new PathStep(0, StepAction.MESSAGE, List.of("SMS"), "REMINDER", null)));
    private final Segment rest = new Segment("rest", new SegmentCriteria(null, null, null, null, null, false),
            List.of(new PathStep(0, StepAction.MESSAGE, List.of("SMS"), "REMINDER", null),
                    new PathStep(7, StepAction.CALL, null, null, null)));
    private final Strategy strategy = new Strategy(UUID.randomUUID(), "BANK-1", "S", 1, List.of(likely, rest));
    private final Experiment experiment = new Experiment(UUID.randomUUID(), "BANK-1", strategy.id(), null, 0);

    @Test
    void aCaseIsInTheFirstSegmentItMatchesAndAnUnscoredCaseMeetsNoScoreBound() {
        assertThat(strategy.segmentOf(facts("ACTIVE", "1-30", 700, false))).contains(likely);
        assertThat(strategy.segmentOf(facts("ACTIVE", "1-30", null, false))).contains(rest);
        assertThat(strategy.segmentOf(facts("ACTIVE", "1-30", 599, true))).isEmpty();
        assertThat(strategy.segmentOf(facts("IN_PLAN", "1-30", 700, false))).isEmpty();
    }

    @Test
    void stepsFallDueByTheDaysSinceEnteringAndWaitForTheStepBefore() {
        CaseFacts c = facts("ACTIVE", "31-60", 100, false);
        assertThat(decide(c, null)).singleElement().isInstanceOf(TreatmentMove.Enter.class);
        Treatment waiting = new Treatment(UUID.randomUUID(), strategy.id(), "rest", NOW, 0, true, TreatmentStatus.ACTIVE);
        assertThat(decide(c, waiting)).isEmpty();
        Treatment secondNext = new Treatment(waiting.id(), strategy.id(), "rest", NOW.minus(Duration.ofDays(6)), 1,
                false, TreatmentStatus.ACTIVE);
        assertThat(decide(c, secondNext)).isEmpty();
        Treatment secondDue = new Treatment(waiting.id(), strategy.id(), "rest", NOW.minus(Duration.ofDays(7)), 1,
                false, TreatmentStatus.ACTIVE);
        assertThat(decide(c, secondDue)).singleElement().isEqualTo(new TreatmentMove.Run(waiting.id(), 1,
                rest.path().get(1)));
        Treatment done = new Treatment(waiting.id(), strategy.id(), "rest", NOW.minus(Duration.ofDays(9)), 2, false,
                TreatmentStatus.ACTIVE);
        assertThat(decide(c, done)).containsExactly(new TreatmentMove.Complete(waiting.id()));
    }

    @Test
    void aBlockedPathStaysStoppedInItsSegmentButACaseMovingOnStartsTheNextPath() {
        Treatment blocked = new Treatment(UUID.randomUUID(), strategy.id(), "rest", NOW, 1, false,
                TreatmentStatus.BLOCKED);
        assertThat(decide(facts("ACTIVE", "31-60", 100, false), blocked)).isEmpty();
        List<TreatmentMove> moved = decide(facts("ACTIVE", "1-30", 800, false), blocked);
        assertThat(moved).singleElement().isEqualTo(new TreatmentMove.Enter(strategy, Arm.CHAMPION, likely));
    }

    @Test
    void leavingTheSegmentStopsThePathWithTheReason() {
        Treatment active = new Treatment(UUID.randomUUID(), strategy.id(), "rest", NOW, 1, true, TreatmentStatus.ACTIVE);
        assertThat(decide(facts("DISPUTED", "31-60", 100, false), active))
                .containsExactly(new TreatmentMove.Leave(active.id(), "the case is DISPUTED"));
        assertThat(decide(facts("ACTIVE", "1-30", 900, false), active)).containsExactly(
                new TreatmentMove.Leave(active.id(), "the case moved to segment likely"),
                new TreatmentMove.Enter(strategy, Arm.CHAMPION, likely));
        Treatment otherStrategy = new Treatment(UUID.randomUUID(), UUID.randomUUID(), "rest", NOW, 0, false,
                TreatmentStatus.ACTIVE);
        assertThat(decide(facts("ACTIVE", "31-60", 100, false), otherStrategy).get(0))
                .isEqualTo(new TreatmentMove.Leave(otherStrategy.id(), "the creditor's strategy changed to S v1"));
    }

    @Test
    void aStrategyThatCouldNotWorkIsRefusedNamingTheField() {
        assertThatThrownBy(() -> StrategyRules.check(List.of(new Segment("a",
                new SegmentCriteria(Set.of("1-31"), null, null, null, null, null), rest.path())), BUCKETS))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("1-31")
                .extracting(e -> ((RuleViolation) e).field()).isEqualTo("segments[0].when.buckets");
        assertThatThrownBy(() -> StrategyRules.check(List.of(new Segment("a", null,
                List.of(new PathStep(5, StepAction.CALL, null, null, null),
                        new PathStep(2, StepAction.CALL, null, null, null)))), BUCKETS))
                .extracting(e -> ((RuleViolation) e).field()).isEqualTo("segments[0].path[1].afterDays");
        assertThatThrownBy(() -> StrategyRules.check(List.of(new Segment("a", null,
                List.of(new PathStep(0, StepAction.MESSAGE, List.of("CALL"), "T", null)))), BUCKETS))
                .extracting(e -> ((RuleViolation) e).field()).isEqualTo("segments[0].path[0].channels");
        assertThatThrownBy(() -> StrategyRules.check(List.of(new Segment("a", null,
                List.of(new PathStep(0, StepAction.PLACE, null, null, null)))), BUCKETS))
                .extracting(e -> ((RuleViolation) e).field()).isEqualTo("segments[0].path[0].agencyId");
        assertThatThrownBy(() -> StrategyRules.check(List.of(likely, likely), BUCKETS))
                .extracting(e -> ((RuleViolation) e).field()).isEqualTo("segments[1].name");
        assertThatThrownBy(() -> StrategyRules.check(List.of(new Segment("a",
                new SegmentCriteria(null, new BigDecimal("500"), new BigDecimal("100"), null, null, null), rest.path())),
                BUCKETS)).extracting(e -> ((RuleViolation) e).field()).isEqualTo("segments[0].when.maxBalance");
        StrategyRules.check(List.of(likely, rest), BUCKETS);
        Segment everyone = new Segment("everyone", null, rest.path());
        assertThat(everyone.when().matches(facts("ACTIVE", "31-60", null, true))).isTrue();
        StrategyRules.check(List.of(everyone), BUCKETS);
    }

    private List<TreatmentMove> decide(CaseFacts c, Treatment latest) {
        return TreatmentPlanner.decide(c, experiment, Map.of(strategy.id(), strategy), Optional.ofNullable(latest), NOW);
    }

    private static CaseFacts facts(String status, String bucket, Integer score, boolean placed) {
        return new CaseFacts(UUID.randomUUID(), "BANK-1", status, bucket, new BigDecimal("250.00"), score, placed);
    }
}
