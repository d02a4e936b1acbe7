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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.collections.cases.domain.CollectionCase;
import org.collections.cases.domain.Debt;
import org.collections.cases.domain.Debtor;
import org.collections.cases.domain.DebtorPhone;
import org.collections.cases.events.CaseEvents;
import org.collections.cases.service.ImportResult.RowProblem;
import org.collections.cases.repository.CaseRepository;
import org.collections.cases.repository.DebtRepository;
import org.collections.cases.repository.DebtorPhoneRepository;
import org.collections.cases.repository.DebtorRepository;
import org.collections.commons.audit.AuditLog;

/**
 * Writes one batch of validated import rows in one transaction with a handful of set-based statements.
 * Rows whose creditor reference exists already are skipped (imports are idempotent); a debtor is re-used by
 * national id; a debtor may have one case per creditor.
 */
@ApplicationScoped
public class ImportService {

    @Inject
    CaseRepository cases;

    @Inject
    DebtRepository debts;

    @Inject
    DebtorRepository debtors;

    @Inject
    DebtorPhoneRepository phones;

    @Inject
    CaseEvents events;

    @Inject
    AuditLog audit;

    @Inject
    DebtorCodec codec;

    @Inject
    ContactDetails contactDetails;

    @Inject
    Clock clock;

    /** A row that passed validation: the drafted case and a freshly encoded debtor (used if none exists). */
    public record ValidRow(int line, CaseService.Draft draft, Debtor debtor, List<String> phoneNumbers,
            String nationalIdIndex) {
    }

    public record BatchResult(int created, int alreadyPresent, List<RowProblem> errors) {
    }

    @WithTransaction
    public Uni<BatchResult> write(List<ValidRow> rows, String actor) {
        List<String> keys = rows.stream().map(r -> key(r.draft().caseEntity())).distinct().toList();
        List<String> nidIndexes = rows.stream().map(ValidRow::nationalIdIndex).filter(i -> i != null).distinct().toList();
        return Panache.getSession().chain(session -> session.createQuery(
                "select concat(c.creditorId, '|', c.externalRef) from CollectionCase c "
                        + "where concat(c.creditorId, '|', c.externalRef) in :keys", String.class)
                .setParameter("keys", keys).getResultList()
                .chain(existingKeys -> (nidIndexes.isEmpty() ? Uni.createFrom().item(List.<Debtor>of())
                        : debtors.list("nationalIdIndex in ?1", nidIndexes))
                        .chain(known -> {
                            Map<String, Debtor> byNid = new HashMap<>();
                            known.forEach(d -> byNid.put(d.nationalIdIndex, d));
                            List<UUID> knownIds = known.stream().map(d -> d.id).toList();
                            return (knownIds.isEmpty() ? Uni.createFrom().item(List.<String>of())
                                    : session.createQuery("select concat(str(c.debtorId), '|', c.creditorId) "
                                            + "from CollectionCase c where c.debtorId in :ids and c.status <> 'CLOSED'", String.class)
                                            .setParameter("ids", knownIds).getResultList())
                                    .chain(pairs -> insert(rows, new HashSet<>(existingKeys), byNid, new HashSet<>(pairs),
                                            actor));
                        })));
    }

    private Uni<BatchResult> insert(List<ValidRow> rows, Set<String> seenKeys, Map<String, Debtor> byNid,
            Set<String> debtorCreditorPairs, String actor) {
        List<Debtor> newDebtors = new ArrayList<>();
        List<DebtorPhone> newPhones = new ArrayList<>();
        List<CollectionCase> newCases = new ArrayList<>();
        List<Debt> newDebts = new ArrayList<>();
        Map<UUID, Debtor> debtorOfCase = new HashMap<>();
        List<RowProblem> errors = new ArrayList<>();
        int alreadyPresent = 0;
        for (ValidRow row : rows) {
            CollectionCase c = row.draft().caseEntity();
            if (!seenKeys.add(key(c))) {
                alreadyPresent++;
                continue;
            }
            Debtor debtor = row.nationalIdIndex() == null ? null : byNid.get(row.nationalIdIndex());
            if (debtor == null) {
                debtor = row.debtor();
                newDebtors.add(debtor);
                newPhones.addAll(codec.phoneIndexes(debtor, row.phoneNumbers()));
                if (row.nationalIdIndex() != null) {
                    byNid.put(row.nationalIdIndex(), debtor);
                }
            }
            if (!debtorCreditorPairs.add(debtor.id + "|" + c.creditorId)) {
                seenKeys.remove(key(c));
                errors.add(new RowProblem(row.line(), c.externalRef, "nationalId",
                        "the debtor already has an open case with creditor " + c.creditorId));
                continue;
            }
            c.debtorId = debtor.id;
            newCases.add(c);
            newDebts.addAll(row.draft().debts());
            debtorOfCase.put(c.id, debtor);
        }
        if (newCases.isEmpty()) {
            return Uni.createFrom().item(new BatchResult(0, alreadyPresent, errors));
        }
        List<UUID> caseIds = newCases.stream().map(c -> c.id).toList();
        int skipped = alreadyPresent;
        LocalDate today = LocalDate.now(clock);
        Uni<Void> debtorsWritten = newDebtors.isEmpty() ? Uni.createFrom().voidItem() : debtors.persist(newDebtors);
        return debtorsWritten
                .chain(() -> phones.persistAll(newPhones))
                .chain(() -> cases.persist(newCases))
                .chain(() -> debts.persist(newDebts))
                .chain(() -> cases.flush())
                .chain(() -> Panache.getSession().chain(s -> s.createNativeQuery("""
                        insert into delinquency_history (case_id, evaluated_on, days_past_due, bucket, recorded_at)
                        select id, :day, days_past_due, bucket, :at from collection_case where id in (:ids)
                        """)
                        .setParameter("day", today)
                        .setParameter("at", OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
                        .setParameter("ids", caseIds)
                        .executeUpdate()))
                .chain(() -> audit.recordEach(actor, "CASE_CREATED", "case", caseIds, "bulk import"))
                .chain(() -> events.opened(newCases, debtorOfCase, actor))
                .chain(() -> contactDetails.announce(newCases, debtorOfCase))
                .replaceWith(() -> new BatchResult(newCases.size(), skipped, errors));
    }

    private static String key(CollectionCase c) {
        return c.creditorId + "|" + c.externalRef;
    }
}
