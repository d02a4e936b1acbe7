package org.collections.cases.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.collections.cases.domain.CaseLedger;

/**
 * The money each case has applied from plan-service's events: its payments received and the payment events behind
 * them (from the case's outcome history, which every applied PaymentPosted and PaymentReversed adds to). Only cases
 * with any payment figure are listed, in id order, so a reconciliation can page through them by keyset.
 */
@ApplicationScoped
public class CaseLedgerRepository {

    @SuppressWarnings("unchecked")
    public Uni<List<CaseLedger>> after(UUID after, int limit) {
        return Panache.withSession(() -> Panache.getSession().chain(s -> s.createNativeQuery("""
                select c.id, c.currency, c.payments_received,
                       (select string_agg(coalesce(cast(o.event_id as text), '') || ' ' || o.kind || ' ' || o.amount, ',' order by o.id)
                          from case_outcome o
                         where o.case_id = c.id and o.kind in ('PAYMENT', 'PAYMENT_REVERSED'))
                  from collection_case c
                 where c.id > :after
                   and (c.payments_received <> 0 or exists (select 1 from case_outcome o where o.case_id = c.id
                                                              and o.kind in ('PAYMENT', 'PAYMENT_REVERSED')))
                 order by c.id
                 limit :limit
                """).setParameter("after", after).setParameter("limit", limit).getResultList()))
                .map(rows -> ((List<Object[]>) (List<?>) rows).stream().map(CaseLedgerRepository::ledger).toList());
    }

    private static CaseLedger ledger(Object[] row) {
        List<CaseLedger.AppliedEvent> events = new ArrayList<>();
        if (row[3] != null) {
            for (String entry : ((String) row[3]).split(",")) {
                String[] parts = entry.split(" ");
                // outcomes recorded before event ids were kept have none: they still count in the amount
                UUID id = parts[0].isEmpty() ? null : UUID.fromString(parts[0]);
                events.add(new CaseLedger.AppliedEvent(id, parts[1], new BigDecimal(parts[2])));
            }
        }
        return new CaseLedger((UUID) row[0], (String) row[1], (BigDecimal) row[2], List.copyOf(events));
    }
}
