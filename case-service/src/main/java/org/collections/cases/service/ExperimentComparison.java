package org.collections.cases.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.ToLongFunction;
import org.collections.cases.kpi.GroupKpis;
import org.collections.cases.kpi.KpiGrouping;
import org.collections.cases.kpi.Ratios;
import org.collections.cases.repository.CollectionKpiRepository.Scope;
import org.collections.cases.treatment.Arm;
import org.collections.cases.treatment.Experiment;
import org.collections.cases.treatment.ProportionTest;
import org.collections.cases.treatment.Strategy;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Compares a creditor's champion and challenger over a period: each arm's cases and collection KPIs (every outcome of
 * a case counts for the strategy it was put on), and for each rate a two-proportion z-test that calls a difference
 * significant only with the minimum sample in both arms.
 */
@ApplicationScoped
public class ExperimentComparison {

    @Schema(description = "How a rate compares. NOT_ENOUGH_DATA: an arm has fewer trials than the minimum sample, no "
            + "verdict is drawn; NO_SIGNIFICANT_DIFFERENCE: p is not below alpha; CHALLENGER_HIGHER / CHALLENGER_LOWER: "
            + "the challenger's rate is significantly above / below the champion's.")
    public enum Verdict {
        NOT_ENOUGH_DATA, NO_SIGNIFICANT_DIFFERENCE, CHALLENGER_HIGHER, CHALLENGER_LOWER
    }

    /** One arm over the period; kpis null when it has no figure in it. */
    public record ArmFigures(Arm arm, UUID strategyId, String strategy, long cases, BigDecimal attemptsPerCase,
            GroupKpis kpis) {
    }

    @Schema(description = "A rate of the challenger against the champion's")
    public record RateTest(
            @Schema(description = "rightPartyContactRate, promiseRate, promiseKeptRate or cureRate") String kpi,
            @Schema(description = "The champion's successes (e.g. right-party contacts)", examples = "120")
            long championHits,
            @Schema(description = "The champion's trials (e.g. attempts)", examples = "1000") long championTrials,
            @Schema(description = "The challenger's successes", examples = "21") long challengerHits,
            @Schema(description = "The challenger's trials", examples = "110") long challengerTrials,
            @Schema(description = "The challenger's rate less the champion's", examples = "0.0709") double difference,
            @Schema(description = "The z statistic (pooled)", examples = "2.01") double z,
            @Schema(description = "Two-sided p-value", examples = "0.044") double pValue,
            @Schema(description = "NOT_ENOUGH_DATA, NO_SIGNIFICANT_DIFFERENCE, CHALLENGER_HIGHER or CHALLENGER_LOWER")
            Verdict verdict) {
    }

    /** The arms (champion first) and, with a challenger, each rate tested. */
    public record Comparison(String creditorId, UUID experimentId, int challengerPercent, Instant from, Instant to,
            long minSample, double alpha, List<ArmFigures> arms, List<RateTest> tests) {
    }

    @Inject
    StrategyService strategies;

    @Inject
    CollectionKpiService kpis;

    @ConfigProperty(name = "treatment.comparison.min-sample", defaultValue = "400")
    long minSample;

    @ConfigProperty(name = "treatment.comparison.alpha", defaultValue = "0.05")
    double alpha;

    @WithSession
    public Uni<Comparison> compare(String creditorId, Instant from, Instant to) {
        return strategies.experimentOf(creditorId).chain(e -> strategies.get(e.championId())
                .chain(champion -> (e.challengerId() == null ? Uni.createFrom().<Strategy>nullItem()
                        : strategies.get(e.challengerId()))
                        .chain(challenger -> armCases(e).chain(cases -> kpis
                                .compute(KpiGrouping.STRATEGY, new Scope(from, to, creditorId, null))
                                .map(groups -> comparison(e, champion, challenger, cases, groups, from, to))))));
    }

    private Uni<Map<Arm, Long>> armCases(Experiment e) {
        return Panache.getSession().chain(s -> s.createNativeQuery("select arm, count(distinct case_id)"
                + " from case_treatment where experiment_id = :e group by arm", Object[].class)
                .setParameter("e", e.id()).getResultList())
                .map(rows -> {
                    Map<Arm, Long> cases = new HashMap<>();
                    rows.forEach(r -> cases.put(Arm.valueOf((String) r[0]), ((Number) r[1]).longValue()));
                    return cases;
                });
    }

    private Comparison comparison(Experiment e, Strategy champion, Strategy challenger, Map<Arm, Long> cases,
            List<GroupKpis> groups, Instant from, Instant to) {
        GroupKpis a = figures(groups, champion);
        ArmFigures first = arm(Arm.CHAMPION, champion, cases, a);
        if (challenger == null) {
            return new Comparison(e.creditorId(), e.id(), 0, from, to, minSample, alpha, List.of(first), List.of());
        }
        GroupKpis b = figures(groups, challenger);
        List<RateTest> tests = List.of(
                test("rightPartyContactRate", a, b, GroupKpis::rightPartyContacts, GroupKpis::attempts),
                test("promiseRate", a, b, GroupKpis::promisesMade, k -> k.rightPartyContacts() + k.inboundContacts()),
                test("promiseKeptRate", a, b, GroupKpis::promisesKept, k -> k.promisesKept() + k.promisesBroken()),
                test("cureRate", a, b, GroupKpis::cured, GroupKpis::pastDueAtStart));
        return new Comparison(e.creditorId(), e.id(), e.challengerPercent(), from, to, minSample, alpha,
                List.of(first, arm(Arm.CHALLENGER, challenger, cases, b)), tests);
    }

    private static GroupKpis figures(List<GroupKpis> groups, Strategy strategy) {
        return groups.stream().filter(g -> strategy.key().equals(g.key())).findFirst().orElse(null);
    }

    private static ArmFigures arm(Arm arm, Strategy strategy, Map<Arm, Long> cases, GroupKpis k) {
        long n = cases.getOrDefault(arm, 0L);
        return new ArmFigures(arm, strategy.id(), strategy.key(), n,
                Ratios.rate(k == null ? 0 : k.attempts(), n), k);
    }

    private RateTest test(String kpi, GroupKpis a, GroupKpis b, ToLongFunction<GroupKpis> hits,
            ToLongFunction<GroupKpis> trials) {
        long ah = a == null ? 0 : hits.applyAsLong(a);
        long at = a == null ? 0 : trials.applyAsLong(a);
        long bh = b == null ? 0 : hits.applyAsLong(b);
        long bt = b == null ? 0 : trials.applyAsLong(b);
        ProportionTest.Result r = ProportionTest.compare(ah, at, bh, bt, minSample, alpha);
        Verdict verdict = !r.enoughData() ? Verdict.NOT_ENOUGH_DATA
                : !r.significant() ? Verdict.NO_SIGNIFICANT_DIFFERENCE
                : r.difference() > 0 ? Verdict.CHALLENGER_HIGHER : Verdict.CHALLENGER_LOWER;
        return new RateTest(kpi, ah, at, bh, bt, r.difference(), r.z(), r.pValue(), verdict);
    }
}
