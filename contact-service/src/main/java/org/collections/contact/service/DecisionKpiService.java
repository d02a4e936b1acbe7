package org.collections.contact.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.collections.commons.security.CurrentPrincipal;

/**
 * Contact decisions given in a period and those blocked, by the rule that blocked them, per creditor or per agency
 * (the agency that asked; null for the lender's own staff). An agency principal sees only its own decisions, grouped
 * by agency whatever it asked for: other agencies are neither shown nor refused.
 */
@ApplicationScoped
public class DecisionKpiService {

    public enum Grouping { CREDITOR, AGENCY }

    /** The decisions asked about: decided in [from, to), optionally of one creditor's cases and one agency. */
    public record Query(Instant from, Instant to, String creditorId, String agencyId, Grouping grouping) {
    }

    /** Decisions blocked by one rule; a decision blocked by several rules counts under each. */
    public record RuleCount(String ruleId, long decisions) {
    }

    /** {@code blockedRate} = blocked ÷ decisions, 4 places half-up; null when there were no decisions. */
    public record Group(String key, long decisions, long blocked, BigDecimal blockedRate, List<RuleCount> blockedByRule) {
    }

    public record Report(Instant from, Instant to, String creditorId, String agencyId, Grouping grouping,
            List<Group> groups) {
    }

    @Inject
    CurrentPrincipal principal;

    @WithSession
    public Uni<Report> report(Query asked) {
        Query q = principal.isAgency()
                ? new Query(asked.from(), asked.to(), asked.creditorId(), principal.requiredAgencyId(), Grouping.AGENCY)
                : asked;
        String key = q.grouping() == Grouping.CREDITOR ? "c.creditor_id" : "d.agency_id";
        String where = " from contact_decision d left join contactability c on c.case_id = d.case_id"
                + " where d.decided_at >= :from and d.decided_at < :to"
                + (q.creditorId() != null ? " and c.creditor_id = :creditor" : "")
                + (q.agencyId() != null ? " and d.agency_id = :agency" : "");
        String totals = "select " + key + ", count(*), count(*) filter (where not d.allowed)" + where + " group by 1";
        String byRule = "select " + key + ", r.rule_id, count(*)" + where.replace(" where ",
                " cross join unnest(string_to_array(d.rule_ids, ',')) as r(rule_id) where not d.allowed and ")
                + " group by 1, 2 order by 3 desc, 2";
        Map<String, List<RuleCount>> rules = new HashMap<>();
        return rows(byRule, q).invoke(rows -> rows.forEach(r -> rules.computeIfAbsent((String) r[0],
                k -> new ArrayList<>()).add(new RuleCount((String) r[1], count(r[2])))))
                .chain(() -> rows(totals, q))
                .map(rows -> rows.stream().map(r -> new Group((String) r[0], count(r[1]), count(r[2]),
                        rate(count(r[2]), count(r[1])), rules.getOrDefault((String) r[0], List.of())))
                        .sorted(Comparator.comparing(Group::key, Comparator.nullsLast(Comparator.naturalOrder())))
                        .toList())
                .map(groups -> new Report(q.from(), q.to(), q.creditorId(), q.agencyId(), q.grouping(), groups));
    }

    private Uni<List<Object[]>> rows(String sql, Query q) {
        return Panache.getSession().chain(s -> {
            var query = s.createNativeQuery(sql, Object[].class)
                    .setParameter("from", utc(q.from()))
                    .setParameter("to", utc(q.to()));
            if (q.creditorId() != null) {
                query.setParameter("creditor", q.creditorId());
            }
            if (q.agencyId() != null) {
                query.setParameter("agency", q.agencyId());
            }
            return query.getResultList();
        });
    }

    static BigDecimal rate(long numerator, long denominator) {
        return denominator == 0 ? null
                : BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), 4, RoundingMode.HALF_UP);
    }

    private static long count(Object value) {
        return ((Number) value).longValue();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
