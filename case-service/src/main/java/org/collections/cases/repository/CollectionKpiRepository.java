package org.collections.cases.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.collections.cases.kpi.KpiGrouping;

/**
 * The raw counts behind the collection KPIs, grouped in the database. Every query names its group key through
 * {@link #key}, so a further dimension is one more case there. Scoping by agency filters on the same expression the AGENCY grouping uses, so an agency sees exactly
 * the rows that would form its own group.
 */
@ApplicationScoped
public class CollectionKpiRepository {

    /** What the KPIs are restricted to: a period [from, to), optionally one creditor and one agency. */
    public record Scope(Instant from, Instant to, String creditorId, String agencyId) {
    }

    /** Outcomes of one group in one currency. */
    public record OutcomeRow(String key, String currency, long attempts, long rightPartyContacts, long inboundContacts,
            long promisesMade, long promisesKept, long promisesBroken, long nonCompliantAttempts, BigDecimal collected) {
    }

    /** Cases of one group that were in {@code fromBucket} at the start and in {@code toBucket} at the end. */
    public record RollRow(String key, String fromBucket, String toBucket, long cases) {
    }

    public record AmountRow(String key, String currency, BigDecimal amount) {
    }

    public record CountRow(String key, long count) {
    }

    private static final String ATTEMPT_KINDS = "('RIGHT_PARTY_CONTACT', 'CONTACT_ATTEMPT')";

    public Uni<List<OutcomeRow>> outcomes(KpiGrouping grouping, Scope scope) {
        String sql = "select " + eventKey(grouping) + " as k, c.currency,"
                + " count(*) filter (where o.kind in " + ATTEMPT_KINDS + " and not o.inbound),"
                + " count(*) filter (where o.kind = 'RIGHT_PARTY_CONTACT' and not o.inbound),"
                + " count(*) filter (where o.kind = 'RIGHT_PARTY_CONTACT' and o.inbound),"
                + " count(*) filter (where o.kind = 'PROMISE_MADE'),"
                + " count(*) filter (where o.kind = 'PROMISE_KEPT'),"
                + " count(*) filter (where o.kind = 'PROMISE_BROKEN'),"
                + " count(*) filter (where o.kind in " + ATTEMPT_KINDS + " and o.compliant = false),"
                + " coalesce(sum(o.amount) filter (where o.kind = 'PAYMENT'), 0)"
                + "   - coalesce(sum(o.amount) filter (where o.kind = 'PAYMENT_REVERSED'), 0)"
                + " from case_outcome o join collection_case c on c.id = o.case_id"
                + " where o.at >= :from and o.at < :to" + filters(scope, eventKey(KpiGrouping.AGENCY))
                + " group by 1, 2";
        return rows(sql, scope).map(rows -> rows.stream().map(r -> new OutcomeRow((String) r[0], (String) r[1],
                count(r[2]), count(r[3]), count(r[4]), count(r[5]), count(r[6]), count(r[7]), count(r[8]),
                (BigDecimal) r[9])).toList());
    }

    /** Per group at the start: the cases open at the start by their bucket at the start and at the end. */
    public Uni<List<RollRow>> rolls(KpiGrouping grouping, Scope scope) {
        String sql = "select " + key(grouping, ":from") + ", " + bucketAt(":from") + ", " + bucketAt(":to") + ", count(*)"
                + " from collection_case c where c.created_at <= :from and not " + closedBefore(":from")
                + filters(scope, key(KpiGrouping.AGENCY, ":from")) + " group by 1, 2, 3";
        return rows(sql, scope).map(rows -> rows.stream()
                .map(r -> new RollRow((String) r[0], (String) r[1], (String) r[2], count(r[3]))).toList());
    }

    /**
     * Per group and currency: the balance placed with agencies in the period, each placement at what its case owed
     * when it was placed (total debt less payments net of reversals and write-offs before that instant).
     */
    public Uni<List<AmountRow>> placed(KpiGrouping grouping, Scope scope) {
        String sql = "select " + key(grouping, "p.placed_at") + ", c.currency, sum(c.total_debt"
                + " - coalesce((select sum(case when o.kind = 'PAYMENT' then o.amount else -o.amount end)"
                + "     from case_outcome o where o.case_id = c.id and o.kind in ('PAYMENT', 'PAYMENT_REVERSED')"
                + "      and o.at < p.placed_at), 0)"
                + " - coalesce((select sum(a.amount) from case_adjustment a where a.case_id = c.id"
                + "      and a.at < p.placed_at), 0))"
                + " from placement p join collection_case c on c.id = p.case_id"
                + " where p.placed_at >= :from and p.placed_at < :to" + filters(scope, "p.agency_id")
                + " group by 1, 2";
        return rows(sql, scope).map(rows -> rows.stream()
                .map(r -> new AmountRow((String) r[0], (String) r[1], (BigDecimal) r[2])).toList());
    }

    /** Complaints in the period: disputes filed and pauses for COMPLAINT_REVIEW, by the case's group then. */
    public Uni<List<CountRow>> complaints(KpiGrouping grouping, Scope scope) {
        String sql = "select " + key(grouping, "e.at") + ", count(*) from ("
                + " select d.case_id, d.filed_at as at from dispute d where d.filed_at >= :from and d.filed_at < :to"
                + " union all"
                + " select cast(a.entity_id as uuid), a.at from audit_log a where a.entity_type = 'case'"
                + "   and a.action = 'STATUS_CHANGED' and a.after_state ->> 'pauseType' = 'COMPLAINT_REVIEW'"
                + "   and a.at >= :from and a.at < :to"
                + ") e join collection_case c on c.id = e.case_id where true"
                + filters(scope, key(KpiGrouping.AGENCY, "e.at")) + " group by 1";
        return counts(sql, scope);
    }

    /** Cases open at some time in the period (created before its end, not closed before its start). */
    public Uni<List<CountRow>> openCases(KpiGrouping grouping, Scope scope) {
        String since = "greatest(c.created_at, :from)";
        String sql = "select " + key(grouping, since) + ", count(*) from collection_case c"
                + " where c.created_at < :to and not " + closedBefore(":from")
                + filters(scope, key(KpiGrouping.AGENCY, since)) + " group by 1";
        return counts(sql, scope);
    }

    /** The group of an outcome: who made it (agency, collector) or the case's state when it happened. */
    private static String eventKey(KpiGrouping grouping) {
        return switch (grouping) {
            case AGENCY -> "o.agency_id";
            case COLLECTOR -> "o.actor";
            default -> key(grouping, "o.at");
        };
    }

    /** The group of case {@code c} at {@code instant} (an SQL expression). */
    private static String key(KpiGrouping grouping, String instant) {
        return switch (grouping) {
            case CREDITOR -> "c.creditor_id";
            case AGENCY -> "(select p2.agency_id from placement p2 where p2.case_id = c.id and p2.placed_at <= "
                    + instant + " and (p2.recalled_at is null or p2.recalled_at > " + instant + ")"
                    + " order by p2.placed_at desc limit 1)";
            // no assignment history is kept: a case counts for the collector it is assigned to now
            case COLLECTOR -> "c.assigned_collector";
            case BUCKET -> bucketAt(instant);
            case SEGMENT -> "(select case when t.status = 'LEFT_SEGMENT' and t.stopped_at <= " + instant + " then null"
                    + " else t.strategy_key || ' / ' || t.segment end" + treatmentAt(instant) + ")";
            case STRATEGY -> "(select t.strategy_key" + treatmentAt(instant) + ")";
        };
    }

    /** The latest treatment of case {@code c} entered on or before {@code instant}. */
    private static String treatmentAt(String instant) {
        return " from case_treatment t where t.case_id = c.id and t.entered_at <= " + instant
                + " order by t.entered_at desc, t.stopped_at desc nulls first limit 1";
    }

    /** The bucket of case {@code c} at {@code instant}: its last evaluation on or before that day (UTC). */
    private static String bucketAt(String instant) {
        return "coalesce((select h.bucket from delinquency_history h where h.case_id = c.id"
                + " and h.evaluated_on <= cast(" + instant + " at time zone 'UTC' as date)"
                + " order by h.evaluated_on desc, h.id desc limit 1), 'CURRENT')";
    }

    private static String closedBefore(String instant) {
        return "exists (select 1 from audit_log a2 where a2.entity_type = 'case' and a2.entity_id = cast(c.id as text)"
                + " and a2.action = 'STATUS_CHANGED' and a2.after_state ->> 'status' = 'CLOSED' and a2.at < " + instant + ")";
    }

    private static String filters(Scope scope, String agencyKey) {
        return (scope.creditorId() != null ? " and c.creditor_id = :creditor" : "")
                + (scope.agencyId() != null ? " and " + agencyKey + " = :agency" : "");
    }

    private Uni<List<CountRow>> counts(String sql, Scope scope) {
        return rows(sql, scope).map(rows -> rows.stream().map(r -> new CountRow((String) r[0], count(r[1]))).toList());
    }

    private Uni<List<Object[]>> rows(String sql, Scope scope) {
        return Panache.getSession().chain(s -> {
            var query = s.createNativeQuery(sql, Object[].class)
                    .setParameter("from", utc(scope.from()))
                    .setParameter("to", utc(scope.to()));
            if (scope.creditorId() != null) {
                query.setParameter("creditor", scope.creditorId());
            }
            if (scope.agencyId() != null) {
                query.setParameter("agency", scope.agencyId());
            }
            return query.getResultList();
        });
    }

    private static long count(Object value) {
        return ((Number) value).longValue();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
