package org.collections.plans.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.collections.plans.domain.PaymentReminder;
import org.collections.plans.domain.PlanStatus;
import org.collections.plans.domain.Promise;

@ApplicationScoped
public class PaymentReminderRepository implements PanacheRepositoryBase<PaymentReminder, UUID> {

    /** Something falling due that may need a reminder: an unpaid installment or a pending promise. */
    public record Due(UUID referenceId, UUID caseId, LocalDate dueDate, BigDecimal amount, String currency,
            String creditorId) {
    }

    private static final String INSTALLMENTS = """
            select i.id, p.caseId, i.dueDate, i.amount - i.paid, p.currency, p.creditorId
              from Installment i, Plan p
             where p.id = i.planId and p.status = :status and i.paid < i.amount
               and i.dueDate between :from and :to and (i.dueDate > :afterDate or (i.dueDate = :afterDate and i.id > :afterId))
               and not exists (select 1 from PaymentReminder r where r.kind = :kind and r.referenceId = i.id)
               and %s
             order by i.dueDate, i.id
            """.formatted(CaseEnforcementRepository.notHeld("p.caseId"));

    private static final String PROMISES = """
            select pr.id, pr.caseId, pr.dueDate, pr.amount - pr.paid, pr.currency
              from Promise pr
             where pr.status = :status and pr.paid < pr.amount
               and pr.dueDate between :from and :to and (pr.dueDate > :afterDate or (pr.dueDate = :afterDate and pr.id > :afterId))
               and not exists (select 1 from PaymentReminder r where r.kind = :kind and r.referenceId = pr.id)
               and %s
             order by pr.dueDate, pr.id
            """.formatted(CaseEnforcementRepository.notHeld("pr.caseId"));

    /**
     * A keyset page of what falls due between {@code from} and {@code to} without a reminder yet, after the position
     * ({@code afterDate}, {@code afterId}).
     */
    public Uni<List<Due>> due(PaymentReminder.Kind kind, LocalDate from, LocalDate to, LocalDate afterDate,
            UUID afterId, int limit) {
        boolean installments = kind == PaymentReminder.Kind.INSTALLMENT;
        return Panache.getSession().chain(s -> s.createSelectionQuery(installments ? INSTALLMENTS : PROMISES, Object[].class)
                .setParameter("status", installments ? PlanStatus.ACTIVE : Promise.Status.PENDING)
                .setParameter("from", from).setParameter("to", to)
                .setParameter("afterDate", afterDate).setParameter("afterId", afterId)
                .setParameter("kind", kind)
                .setMaxResults(limit)
                .getResultList())
                .map(rows -> rows.stream().map(r -> new Due((UUID) r[0], (UUID) r[1], (LocalDate) r[2],
                        (BigDecimal) r[3], (String) r[4], r.length > 5 ? (String) r[5] : null)).toList());
    }

    /**
     * Inserts the reminders; one that exists already for the same installment or promise (another replica, an earlier
     * run) is left as it is. Returns the reminders inserted.
     */
    @SuppressWarnings("unchecked")
    public Uni<List<UUID>> insertNew(List<PaymentReminder> reminders) {
        if (reminders.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        StringBuilder values = new StringBuilder();
        for (int i = 0; i < reminders.size(); i++) {
            values.append(i == 0 ? "" : ", ").append("(:id").append(i).append(", :kind").append(i).append(", :ref")
                    .append(i).append(", :case").append(i).append(", :due").append(i).append(", :amount").append(i)
                    .append(", :currency").append(i).append(", :request").append(i)
                    .append(", 'REQUESTED', :now, :now)");
        }
        return Panache.getSession().chain(s -> {
            var insert = s.createNativeQuery("insert into payment_reminder (id, kind, reference_id, case_id, due_date, "
                    + "amount, currency, request_id, status, created_at, updated_at) values " + values
                    + " on conflict do nothing returning id");
            Instant now = reminders.get(0).createdAt;
            insert.setParameter("now", now.atOffset(ZoneOffset.UTC));
            for (int i = 0; i < reminders.size(); i++) {
                PaymentReminder r = reminders.get(i);
                insert.setParameter("id" + i, r.id).setParameter("kind" + i, r.kind.name())
                        .setParameter("ref" + i, r.referenceId).setParameter("case" + i, r.caseId)
                        .setParameter("due" + i, r.dueDate).setParameter("amount" + i, r.amount)
                        .setParameter("currency" + i, r.currency).setParameter("request" + i, r.requestId);
            }
            return insert.getResultList();
        }).map(rows -> ((List<Object>) rows).stream().map(r -> (UUID) r).toList());
    }
}
