package org.collections.cases.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.collections.cases.kpi.GroupKpis;
import org.collections.cases.kpi.GroupTally;
import org.collections.cases.kpi.KpiGrouping;
import org.collections.cases.repository.CollectionKpiRepository;
import org.collections.cases.repository.CollectionKpiRepository.Scope;
import org.collections.commons.security.CurrentPrincipal;

/**
 * Collection KPIs over a period, per creditor, agency, collector, bucket, segment or strategy. An agency principal sees only its own
 * agency's figures, grouped by agency whatever it asked for: other agencies are neither shown nor refused.
 */
@ApplicationScoped
public class CollectionKpiService {

    /** The KPIs asked for: the period [from, to), an optional creditor, and the grouping. */
    public record Query(Instant from, Instant to, String creditorId, KpiGrouping grouping) {
    }

    /** The KPIs of every group with any figure in the period, ordered by key (cases without one last). */
    public record Report(Instant from, Instant to, String creditorId, KpiGrouping grouping, List<GroupKpis> groups) {
    }

    @Inject
    CollectionKpiRepository repository;

    @Inject
    CurrentPrincipal principal;

    @WithSession
    public Uni<Report> report(Query query) {
        boolean agency = principal.isAgency();
        KpiGrouping grouping = agency ? KpiGrouping.AGENCY : query.grouping();
        Scope scope = new Scope(query.from(), query.to(), query.creditorId(), agency ? principal.requiredAgencyId() : null);
        return compute(grouping, scope)
                .map(groups -> new Report(query.from(), query.to(), query.creditorId(), grouping, groups));
    }

    /** The KPIs per group in {@code scope}, without looking at the caller (for the scheduled metrics). */
    public Uni<List<GroupKpis>> compute(KpiGrouping grouping, Scope scope) {
        Map<String, GroupTally> tallies = new HashMap<>();
        // one session runs one query at a time, so the queries are chained rather than combined
        return repository.outcomes(grouping, scope).invoke(rows -> rows.forEach(r -> {
            GroupTally t = tally(tallies, r.key());
            t.attempts += r.attempts();
            t.rightPartyContacts += r.rightPartyContacts();
            t.inboundContacts += r.inboundContacts();
            t.promisesMade += r.promisesMade();
            t.promisesKept += r.promisesKept();
            t.promisesBroken += r.promisesBroken();
            t.nonCompliantAttempts += r.nonCompliantAttempts();
            t.collected(r.currency(), r.collected(), r.attempts());
        }))
                .chain(() -> repository.rolls(grouping, scope)).invoke(rows -> rows.forEach(r ->
                        tally(tallies, r.key()).roll.add(r.fromBucket(), r.toBucket(), r.cases())))
                .chain(() -> repository.placed(grouping, scope)).invoke(rows -> rows.forEach(r ->
                        tally(tallies, r.key()).placed(r.currency(), r.amount())))
                .chain(() -> repository.complaints(grouping, scope)).invoke(rows -> rows.forEach(r ->
                        tally(tallies, r.key()).complaints += r.count()))
                .chain(() -> repository.openCases(grouping, scope)).invoke(rows -> rows.forEach(r ->
                        tally(tallies, r.key()).openCases += r.count()))
                .map(ignored -> tallies.values().stream().map(GroupTally::kpis)
                        .sorted(Comparator.comparing(GroupKpis::key, Comparator.nullsLast(Comparator.naturalOrder())))
                        .toList());
    }

    private static GroupTally tally(Map<String, GroupTally> tallies, String key) {
        return tallies.computeIfAbsent(key, GroupTally::new);
    }
}
