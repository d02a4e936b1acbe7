package org.collections.cases.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.collections.cases.domain.CaseTreatment;
import org.collections.cases.domain.TreatmentStep;
import org.collections.cases.service.ExperimentComparison;
import org.collections.cases.service.TreatmentQueries;
import org.collections.cases.treatment.Arm;
import org.collections.cases.treatment.Experiment;
import org.collections.cases.treatment.Segment;
import org.collections.cases.treatment.StepAction;
import org.collections.cases.treatment.TreatmentStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Requests and views of treatment strategies, experiments and a case's treatment. */
public final class StrategyViews {

    private StrategyViews() {
    }

    @Schema(description = "A new treatment strategy, or a new version of one (same creditor and name)")
    public record NewStrategy(
            @NotBlank @Schema(required = true, description = "The creditor", examples = "BANK-1") String creditorId,
            @NotBlank @Schema(required = true, description = "The strategy's name, at most 100 characters",
                    examples = "Standard") String name,
            @NotNull @Schema(required = true, description = "1 to 50 segments in order of precedence")
            List<Segment> segments) {
    }

    @Schema(description = "The strategies a creditor puts in force: a champion, and optionally a challenger on a share "
            + "of the cases")
    public record NewExperiment(
            @NotNull @Schema(required = true, description = "The strategy most cases follow") UUID championId,
            @Schema(description = "The strategy tried on challengerPercent of the cases; omit for none") UUID challengerId,
            @Schema(description = "1 to 50 with a challenger, 0 (default) without", examples = "10")
            Integer challengerPercent) {
    }

    @Schema(description = "A creditor's experiment in force. Each case's arm is drawn from a hash of the experiment "
            + "and the case: it never changes while the experiment is in force; a new experiment draws anew.")
    public record ExperimentView(
            @Schema(description = "The experiment's id") UUID id,
            @Schema(description = "The creditor", examples = "BANK-1") String creditorId,
            @Schema(description = "The champion strategy") UUID championId,
            @Schema(description = "The challenger strategy; null for none") UUID challengerId,
            @Schema(description = "The challenger's share of the cases, %", examples = "10") int challengerPercent) {

        static ExperimentView of(Experiment e) {
            return new ExperimentView(e.id(), e.creditorId(), e.championId(), e.challengerId(), e.challengerPercent());
        }
    }

    @Schema(description = "One arm of the experiment over the period")
    public record ArmView(
            @Schema(description = "CHAMPION or CHALLENGER") Arm arm,
            @Schema(description = "The strategy's id") UUID strategyId,
            @Schema(description = "The strategy, \"name vN\"", examples = "Standard v1") String strategy,
            @Schema(description = "Cases this experiment put on the arm", examples = "9012") long cases,
            @Schema(description = "Outbound contact attempts in the period per case on the arm", examples = "3.4100")
            BigDecimal attemptsPerCase,
            @Schema(description = "The arm's collection KPIs over the period (as getCollectionKpis grouped by "
                    + "strategy); null when it has no figure in the period") CollectionKpisView.Group kpis) {

        static ArmView of(ExperimentComparison.ArmFigures a) {
            return new ArmView(a.arm(), a.strategyId(), a.strategy(), a.cases(), a.attemptsPerCase(),
                    a.kpis() == null ? null : CollectionKpisView.Group.of(a.kpis()));
        }
    }

    @Schema(description = "A champion/challenger comparison over a period")
    public record ComparisonView(
            @Schema(description = "The creditor", examples = "BANK-1") String creditorId,
            @Schema(description = "The experiment in force") UUID experimentId,
            @Schema(description = "The challenger's share of the cases, %", examples = "10") int challengerPercent,
            @Schema(description = "Start of the period (inclusive)") Instant from,
            @Schema(description = "End of the period (exclusive)") Instant to,
            @Schema(description = "Trials each arm needs on a rate before a verdict is drawn", examples = "400")
            long minSample,
            @Schema(description = "The significance level", examples = "0.05") double alpha,
            @Schema(description = "The champion, then the challenger when there is one") List<ArmView> arms,
            @Schema(description = "Each rate tested; empty without a challenger") List<ExperimentComparison.RateTest> tests) {

        static ComparisonView of(ExperimentComparison.Comparison c) {
            return new ComparisonView(c.creditorId(), c.experimentId(), c.challengerPercent(), c.from(), c.to(),
                    c.minSample(), c.alpha(), c.arms().stream().map(ArmView::of).toList(), c.tests());
        }
    }

    @Schema(description = "A step taken on a path")
    public record StepView(
            @Schema(description = "The step's id; the requestId of the contact step sent to contact-service") UUID id,
            @Schema(description = "Its place in the path, from 0", examples = "0") int index,
            @Schema(description = "MESSAGE, CALL or PLACE") StepAction action,
            @Schema(description = "REQUESTED, SENT, CALL_BOOKED, BLOCKED, UNREACHABLE, PLACED or FAILED")
            TreatmentStep.Status status,
            @Schema(description = "The channel used, when contact-service reported one", examples = "SMS") String channel,
            @Schema(description = "What happened: the rules that blocked it, the agency placed with…") String detail,
            @Schema(description = "When it was taken") Instant requestedAt,
            @Schema(description = "When contact-service answered (or the placement was made); null while waiting")
            Instant completedAt) {

        static StepView of(TreatmentStep s) {
            return new StepView(s.id, s.stepIndex, s.action, s.status, s.channel, s.detail, s.requestedAt, s.completedAt);
        }
    }

    @Schema(description = "A case's time on a segment's path")
    public record TreatmentView(
            @Schema(description = "The treatment's id") UUID id,
            @Schema(description = "The strategy, \"name vN\"", examples = "Standard v1") String strategy,
            @Schema(description = "The strategy's id") UUID strategyId,
            @Schema(description = "CHAMPION or CHALLENGER") Arm arm,
            @Schema(description = "The segment", examples = "early-small") String segment,
            @Schema(description = "When the case entered the segment") Instant enteredAt,
            @Schema(description = "The next step to take, from 0", examples = "1") int nextStep,
            @Schema(description = "ACTIVE, COMPLETED, BLOCKED or LEFT_SEGMENT") TreatmentStatus status,
            @Schema(description = "When the path stopped; null while ACTIVE") Instant stoppedAt,
            @Schema(description = "Why it stopped") String stopReason,
            @Schema(description = "The steps taken, in order") List<StepView> steps) {

        static TreatmentView of(TreatmentQueries.CaseTreatmentHistory h) {
            CaseTreatment t = h.treatment();
            return new TreatmentView(t.id, t.strategyKey, t.strategyId, t.arm, t.segment, t.enteredAt, t.nextStep,
                    t.status, t.stoppedAt, t.stopReason, h.steps().stream().map(StepView::of).toList());
        }
    }
}
