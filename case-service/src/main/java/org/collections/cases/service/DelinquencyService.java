package org.collections.cases.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.stream.Collectors;
import org.collections.cases.domain.BucketPolicy;
import org.collections.cases.domain.CaseStatus;
import org.collections.cases.domain.CollectionCase;
import org.collections.cases.repository.CaseRepository;
import org.collections.commons.jobs.JobClaims;

/**
 * Days past due and delinquency buckets. The daily re-evaluation is one set-based statement over all open
 * cases; a history entry is appended whenever a case's bucket changes, and history is never rewritten.
 */
@ApplicationScoped
public class DelinquencyService {

    public static final String JOB = "delinquency-evaluation";
    public static final String SYSTEM_ACTOR = "system:daily-job";

    @Inject
    BucketPolicy policy;

    @Inject
    Clock clock;

    /** Appends a history entry with the case's current delinquency. */
    public Uni<Void> record(CollectionCase c, LocalDate evaluatedOn) {
        return Panache.getSession().chain(s -> s.createNativeQuery("""
                insert into delinquency_history (case_id, evaluated_on, days_past_due, bucket, recorded_at)
                values (:case, :on, :dpd, :bucket, :at)
                """)
                .setParameter("case", c.id)
                .setParameter("on", evaluatedOn)
                .setParameter("dpd", c.daysPastDue)
                .setParameter("bucket", c.bucket)
                .setParameter("at", OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
                .executeUpdate()).replaceWithVoid();
    }

    @Inject
    CaseRepository cases;

    @Inject
    CaseLifecycle lifecycle;

    @Inject
    JobClaims jobClaims;

    @Inject
    BreathingSpaceService breathingSpaces;

    /**
     * Resumes collection on cases whose pause ended before {@code day}.
     *
     * @return how many cases were resumed
     */
    @WithTransaction
    public Uni<Integer> resumeEndedPauses(LocalDate day) {
        return cases.list("status = ?1 and pausedUntil < ?2", CaseStatus.PAUSED, day)
                .chain(paused -> {
                    Uni<Void> chain = Uni.createFrom().voidItem();
                    for (CollectionCase c : paused) {
                        chain = chain.chain(() -> lifecycle.move(c, CaseStatus.ACTIVE, null,
                                null, "pause ended on " + c.pausedUntil, SYSTEM_ACTOR).replaceWithVoid());
                    }
                    return chain.replaceWith(paused.size());
                });
    }

    /**
     * Claims the daily run of {@code day} (one replica wins; the others skip): resumes ended pauses, ends expired
     * Breathing Spaces, then re-evaluates delinquency.
     *
     * @return the number of cases whose bucket changed, or -1 when another replica already ran that day
     */
    @WithTransaction
    public Uni<Integer> evaluateOnce(LocalDate day) {
        return jobClaims.claim(JOB, day.toString())
                .chain(claimed -> claimed ? resumeEndedPauses(day).chain(() -> breathingSpaces.expire(day))
                        .chain(() -> evaluate(day)) : Uni.createFrom().item(-1));
    }

    /** Re-evaluates every open case as of {@code day}; returns how many changed bucket. */
    @WithTransaction
    public Uni<Integer> evaluate(LocalDate day) {
        String ranges = policy.buckets().stream()
                .map(b -> "('" + b.label() + "', " + b.from() + ", " + (b.to() == null ? "null::int" : b.to()) + ")")
                .collect(Collectors.joining(", "));
        String sql = """
                with ranges (label, lo, hi) as (values %s),
                computed as (
                    select c.id, c.bucket as old_bucket,
                           greatest(cast(:day as date) - c.oldest_unpaid_date, 0) as dpd
                      from collection_case c
                     where c.status <> 'CLOSED' and c.oldest_unpaid_date is not null),
                changed as (
                    update collection_case c
                       set days_past_due = x.dpd,
                           bucket = coalesce((select r.label from ranges r
                                               where x.dpd >= r.lo and (r.hi is null or x.dpd <= r.hi)), '%s')
                      from computed x
                     where x.id = c.id and c.days_past_due <> x.dpd
                 returning c.id, x.old_bucket, c.bucket, c.days_past_due)
                insert into delinquency_history (case_id, evaluated_on, days_past_due, bucket, recorded_at)
                select id, cast(:day as date), days_past_due, bucket, :at from changed where bucket <> old_bucket
                """.formatted(ranges, BucketPolicy.CURRENT);
        return Panache.getSession().chain(s -> s.createNativeQuery(sql)
                .setParameter("day", day)
                .setParameter("at", OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
                .executeUpdate());
    }
}
