package org.collections.cases.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.collections.cases.domain.RetentionPolicies;
import org.collections.cases.domain.RetentionPolicy;
import org.collections.cases.events.CaseEvents;
import org.collections.cases.events.CaseEvents.PersonalDataErased;
import org.collections.commons.audit.AuditLog;
import org.collections.commons.jobs.BatchRuns;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Erases the personal data of closed cases whose retention has passed: the longer of the jurisdiction's periods
 * (records, contact logs) since the case's last activity (its last change, outcome, contact attempt, note or dispute),
 * unless a legal hold is in force or the jurisdiction has no policy. Notes' and disputes' texts and the personal data
 * in the case's events go; the debtor's identity goes when none of the debtor's cases keeps it. Amounts, statuses,
 * history and the audit trail stay. Each erasure is audited with the policy and dates, never the erased values, and
 * published as PersonalDataErased so contact-service erases its copies. Works in batches (see {@link BatchRuns}).
 */
@ApplicationScoped
public class RetentionService {

    public static final String JOB = "erasure";
    public static final String SYSTEM_ACTOR = "system:retention";

    /** What of a case is erased, as the audit entry lists it. */
    static final List<String> CASE_DATA = List.of("note texts", "dispute texts", "debtor details in the case's events");
    static final List<String> DEBTOR_DATA = List.of("full name", "national id", "phones", "e-mails", "postal address",
            "contact preferences", "phone search index");

    @Inject
    BatchRuns batchRuns;

    @Inject
    RetentionPolicies policies;

    @Inject
    AuditLog audit;

    @Inject
    CaseEvents events;

    @Inject
    Clock clock;

    @ConfigProperty(name = "retention.batch-size")
    int batchSize;

    /** A closed case not erased yet, and what decides whether its time has come. */
    record Candidate(UUID caseId, UUID debtorId, String jurisdiction, Instant lastActivity, boolean held) {
    }

    /** Erases what is due now, in a run of its own, to its end (an admin's request). */
    public Uni<BatchRuns.Progress> eraseDue() {
        return batchRuns.runToEnd(JOB, LocalDate.now(clock) + "#" + UUID.randomUUID(), batchSize, this::eraseBatch);
    }

    /** Runs or continues the run of {@code period}; {@code busy} when another replica holds it. */
    public Uni<BatchRuns.Progress> run(String period) {
        return batchRuns.run(JOB, period, batchSize, this::eraseBatch);
    }

    private Uni<BatchRuns.Batch> eraseBatch(String after, int size) {
        Instant now = clock.instant();
        return candidates(after, size).chain(page -> {
            if (page.isEmpty()) {
                return Uni.createFrom().item(BatchRuns.Batch.EMPTY);
            }
            Map<UUID, RetentionPolicy> due = new LinkedHashMap<>();
            Map<UUID, Candidate> byCase = new HashMap<>();
            for (Candidate c : page) {
                Optional<RetentionPolicy> policy = policies.inForce(c.jurisdiction(), LocalDate.ofInstant(now, ZoneOffset.UTC));
                if (!c.held() && policy.isPresent() && !policy.get().erasableFrom(c.lastActivity()).isAfter(now)) {
                    due.put(c.caseId(), policy.get());
                    byCase.put(c.caseId(), c);
                }
            }
            String last = page.get(page.size() - 1).caseId().toString();
            if (due.isEmpty()) {
                return Uni.createFrom().item(new BatchRuns.Batch(last, page.size(), 0));
            }
            return erase(due, byCase, now).map(erased -> new BatchRuns.Batch(last, page.size(), erased));
        });
    }

    @SuppressWarnings("unchecked")
    private Uni<List<Candidate>> candidates(String after, int size) {
        return Panache.getSession().chain(s -> s.createNativeQuery("""
                select c.id, c.debtor_id, d.jurisdiction,
                       greatest(c.updated_at,
                                (select max(o.at) from case_outcome o where o.case_id = c.id),
                                (select max(n.created_at) from case_note n where n.case_id = c.id),
                                (select max(coalesce(x.resolved_at, x.filed_at)) from dispute x where x.case_id = c.id)),
                       c.on_legal_hold
                  from collection_case c join debtor d on d.id = c.debtor_id
                 where c.status = 'CLOSED' and c.erased_at is null and c.id > :after
                 order by c.id limit :size
                """).setParameter("after", BatchRuns.uuidAfter(after)).setParameter("size", size).getResultList())
                .map(rows -> ((List<Object[]>) (List<?>) rows).stream().map(r -> new Candidate((UUID) r[0], (UUID) r[1],
                        (String) r[2], ((OffsetDateTime) r[3]).toInstant(), (Boolean) r[4])).toList());
    }

    /** Erases the due cases (those still closed and not held when their rows are locked); returns how many. */
    private Uni<Integer> erase(Map<UUID, RetentionPolicy> due, Map<UUID, Candidate> byCase, Instant now) {
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        // The debtors' rows first, in id order: two batches erasing cases of one debtor then follow each other, so
        // the second sees the first's cases erased and erases the debtor when its own case was the last one.
        return ids("select id from debtor where id = any(" + UUIDS + ") order by id for update",
                debtorsOf(due.keySet(), byCase), null)
                .chain(() -> ids("""
                        update collection_case set erased_at = :at, version = version + 1
                         where id = any(%s) and status = 'CLOSED' and erased_at is null and not on_legal_hold
                        returning id""".formatted(UUIDS), joined(due.keySet()), at))
                .chain(erased -> erased.isEmpty() ? Uni.createFrom().item(0) : eraseCaseData(joined(erased))
                        .chain(() -> eraseDebtors(debtorsOf(erased, byCase), at))
                        .chain(debtors -> record(erased, debtors, due, byCase, now))
                        .replaceWith(erased.size()));
    }

    private Uni<Void> eraseCaseData(String caseIds) {
        return update("update case_note set body = null where case_id = any(" + UUIDS + ")", caseIds)
                .chain(() -> update("update dispute set reason = null, resolution_note = null where case_id = any("
                        + UUIDS + ")", caseIds))
                .chain(() -> update("""
                        update outbox_event
                           set payload = case event_type when 'DebtorContactDetailsChanged'
                                         then payload || '{"phones": [], "emails": []}'::jsonb
                                         else payload - 'debtorName' end
                         where event_type in ('DebtorContactDetailsChanged', 'ContactStepRequested')
                           and aggregate_id = any(string_to_array(:ids, ','))""", caseIds));
    }

    /** Erases those of the debtors none of whose cases keeps their data; returns them. */
    private Uni<List<UUID>> eraseDebtors(String debtorIds, OffsetDateTime at) {
        return ids("""
                update debtor d
                   set full_name_cipher = null, national_id_cipher = null, national_id_index = null,
                       phones_cipher = null, emails_cipher = null, address_cipher = null,
                       contact_preferences = null, erased_at = :at, version = version + 1
                 where d.id = any(%s) and d.erased_at is null
                   and not exists (select 1 from collection_case c where c.debtor_id = d.id and c.erased_at is null)
                returning d.id""".formatted(UUIDS), debtorIds, at)
                .call(erased -> update("delete from debtor_phone where debtor_id = any(" + UUIDS + ")", joined(erased)));
    }

    /** A comma-separated id list bound to {@code :ids} as a uuid array. */
    private static final String UUIDS = "cast(string_to_array(:ids, ',') as uuid[])";

    private static Uni<Void> update(String sql, String ids) {
        return Panache.getSession().chain(s -> s.createNativeQuery(sql).setParameter("ids", ids).executeUpdate())
                .replaceWithVoid();
    }

    /** The ids a statement over {@code :ids} (and {@code :at}, when given) returns. */
    @SuppressWarnings("unchecked")
    private static Uni<List<UUID>> ids(String sql, String ids, OffsetDateTime at) {
        return Panache.getSession().chain(s -> {
            var query = s.createNativeQuery(sql).setParameter("ids", ids);
            return (at == null ? query : query.setParameter("at", at)).getResultList();
        }).map(rows -> (List<UUID>) (List<?>) rows);
    }

    private static String debtorsOf(java.util.Collection<UUID> caseIds, Map<UUID, Candidate> byCase) {
        return caseIds.stream().map(id -> byCase.get(id).debtorId().toString()).distinct().collect(Collectors.joining(","));
    }

    private static String joined(java.util.Collection<UUID> ids) {
        return ids.stream().map(UUID::toString).collect(Collectors.joining(","));
    }

    private Uni<Void> record(List<UUID> erased, List<UUID> erasedDebtors, Map<UUID, RetentionPolicy> due,
            Map<UUID, Candidate> byCase, Instant now) {
        List<PersonalDataErased> published = new ArrayList<>();
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (UUID caseId : erased) {
            Candidate c = byCase.get(caseId);
            RetentionPolicy policy = due.get(caseId);
            boolean debtorErased = erasedDebtors.contains(c.debtorId());
            published.add(new PersonalDataErased(caseId, c.debtorId(), debtorErased, now));
            Map<String, Object> after = Map.of("policy", policy.version(), "kept", policy.keep().toString(),
                    "lastActivity", c.lastActivity().toString(), "erased", CASE_DATA, "debtorErased", debtorErased);
            chain = chain.chain(() -> audit.record(SYSTEM_ACTOR, "PERSONAL_DATA_ERASED", "case", caseId,
                    "retention " + policy.version() + " passed: " + policy.keep() + " after the last activity",
                    null, after));
        }
        for (UUID debtorId : erasedDebtors) {
            chain = chain.chain(() -> audit.record(SYSTEM_ACTOR, "PERSONAL_DATA_ERASED", "debtor", debtorId,
                    "retention passed on every case of the debtor", null, Map.of("erased", DEBTOR_DATA)));
        }
        return chain.chain(() -> events.personalDataErased(published));
    }
}
