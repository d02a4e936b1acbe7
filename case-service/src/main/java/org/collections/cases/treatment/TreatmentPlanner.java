package org.collections.cases.treatment;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Decides what happens to one case now: which segment of which strategy it belongs in, whether it leaves its path,
 * and which step is due. A path waits while a step is with contact-service; a stopped path (BLOCKED, COMPLETED) stays
 * stopped while the case stays in its segment, and a case that moves to another segment starts that segment's path.
 */
public final class TreatmentPlanner {

    private TreatmentPlanner() {
    }

    /**
     * @param strategies the experiment's strategies by id
     * @param latest the case's latest treatment under any strategy, if any
     */
    public static List<TreatmentMove> decide(CaseFacts facts, Experiment experiment, Map<UUID, Strategy> strategies,
            Optional<Treatment> latest, Instant now) {
        Arm arm = experiment.armOf(facts.caseId());
        Strategy strategy = strategies.get(experiment.strategyOf(arm));
        Optional<Segment> target = strategy.segmentOf(facts);
        List<TreatmentMove> moves = new ArrayList<>();
        Optional<Treatment> current = latest.filter(t -> t.status() != TreatmentStatus.LEFT_SEGMENT);
        if (current.isPresent()) {
            Treatment t = current.get();
            boolean same = t.strategyId().equals(strategy.id()) && target.isPresent()
                    && target.get().name().equals(t.segment());
            if (same) {
                if (t.status() == TreatmentStatus.ACTIVE) {
                    nextMove(t, target.get())
                            .filter(m -> !(m instanceof TreatmentMove.Run r) || due(t.enteredAt(), r.step(), now))
                            .ifPresent(moves::add);
                }
                return moves;
            }
            if (t.status() == TreatmentStatus.ACTIVE) {
                moves.add(new TreatmentMove.Leave(t.id(), leaveReason(facts, t, strategy, target)));
            }
        }
        target.ifPresent(segment -> moves.add(new TreatmentMove.Enter(strategy, arm, segment)));
        return moves;
    }

    /** Whether {@code step} of a path entered at {@code enteredAt} is due at {@code now}. */
    public static boolean due(Instant enteredAt, PathStep step, Instant now) {
        return !now.isBefore(enteredAt.plus(Duration.ofDays(step.afterDays())));
    }

    private static Optional<TreatmentMove> nextMove(Treatment t, Segment segment) {
        if (t.stepInFlight()) {
            return Optional.empty();
        }
        if (t.nextStep() >= segment.path().size()) {
            return Optional.of(new TreatmentMove.Complete(t.id()));
        }
        return Optional.of(new TreatmentMove.Run(t.id(), t.nextStep(), segment.path().get(t.nextStep())));
    }

    private static String leaveReason(CaseFacts facts, Treatment t, Strategy strategy, Optional<Segment> target) {
        if (!t.strategyId().equals(strategy.id())) {
            return "the creditor's strategy changed to " + strategy.key();
        }
        if (!facts.treatable()) {
            return "the case is " + facts.status();
        }
        return target.map(s -> "the case moved to segment " + s.name())
                .orElse("the case matches no segment of " + strategy.key());
    }
}
