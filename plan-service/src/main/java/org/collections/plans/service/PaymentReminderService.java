package org.collections.plans.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.collections.commons.http.CursorPage;
import org.collections.commons.money.Money;
import org.collections.plans.domain.PaymentReminder;
import org.collections.plans.events.ReminderEvents;
import org.collections.plans.events.ReminderEvents.ContactStepRequested;
import org.collections.plans.repository.PaymentReminderRepository;
import org.collections.plans.repository.PaymentReminderRepository.Due;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reminds debtors before an installment of an ACTIVE plan or a PENDING promise falls due: whatever is unpaid and due
 * within the next {@code plan.reminders.days-before} days (from tomorrow) gets one reminder, asked of contact-service as a contact
 * step, which sends it only as its rules permit and before the due date. Keyset pages, each in its own transaction;
 * the unique (kind, reference) makes re-runs and several replicas ask once. Cases under an enforcement hold are left
 * for after it.
 */
@ApplicationScoped
public class PaymentReminderService {

    static final UUID FIRST = new UUID(0, 0);

    @Inject
    PaymentReminderRepository reminders;

    @Inject
    ReminderEvents events;

    @Inject
    PlanAccess access;

    @Inject
    ReminderMetrics metrics;

    @Inject
    Clock clock;

    @ConfigProperty(name = "plan.reminders.days-before", defaultValue = "3")
    int daysBefore;

    @ConfigProperty(name = "plan.reminders.channels", defaultValue = "SMS,EMAIL")
    List<String> channels;

    @ConfigProperty(name = "plan.reminders.template", defaultValue = "PAYMENT_REMINDER")
    String template;

    @ConfigProperty(name = "plan.reminders.batch-size", defaultValue = "200")
    int batchSize;

    /**
     * Asks for the reminders due as of {@code today}: due from tomorrow to {@code days-before} days ahead (what falls due
     * today is past the step's notAfter, the due date's start in UTC, already). Returns how many were asked for.
     */
    public Uni<Integer> remindDue(LocalDate today) {
        LocalDate first = today.plusDays(1);
        LocalDate last = today.plusDays(daysBefore);
        return pages(PaymentReminder.Kind.INSTALLMENT, first, last, today, FIRST, 0)
                .chain(n -> pages(PaymentReminder.Kind.PROMISE, first, last, today, FIRST, n));
    }

    private Uni<Integer> pages(PaymentReminder.Kind kind, LocalDate from, LocalDate to, LocalDate afterDate,
            UUID afterId, int asked) {
        return Panache.withTransaction(() -> reminders.due(kind, from, to, afterDate, afterId, batchSize)
                .chain(page -> ask(kind, page).map(n -> new Page(page, n))))
                .chain(p -> {
                    if (p.rows().size() < batchSize) {
                        return Uni.createFrom().item(asked + p.asked());
                    }
                    Due lastRow = p.rows().get(p.rows().size() - 1);
                    return pages(kind, from, to, lastRow.dueDate(), lastRow.referenceId(), asked + p.asked());
                });
    }

    private record Page(List<Due> rows, int asked) {
    }

    private Uni<Integer> ask(PaymentReminder.Kind kind, List<Due> page) {
        Instant now = clock.instant();
        List<PaymentReminder> wanted = page.stream().map(d -> reminder(kind, d, now)).toList();
        return reminders.insertNew(wanted).chain(ids -> {
            Set<UUID> inserted = Set.copyOf(ids);
            List<ContactStepRequested> steps = IntStream.range(0, wanted.size())
                    .filter(i -> inserted.contains(wanted.get(i).id))
                    .mapToObj(i -> step(wanted.get(i), page.get(i).creditorId()))
                    .toList();
            metrics.counted(PaymentReminder.Status.REQUESTED, steps.size());
            return events.requested(steps).replaceWith(steps.size());
        });
    }

    private static PaymentReminder reminder(PaymentReminder.Kind kind, Due d, Instant now) {
        PaymentReminder r = new PaymentReminder();
        r.id = UUID.randomUUID();
        r.kind = kind;
        r.referenceId = d.referenceId();
        r.caseId = d.caseId();
        r.dueDate = d.dueDate();
        r.amount = d.amount();
        r.currency = d.currency();
        r.requestId = UUID.randomUUID();
        r.status = PaymentReminder.Status.REQUESTED;
        r.createdAt = now;
        r.updatedAt = now;
        return r;
    }

    private ContactStepRequested step(PaymentReminder r, String creditorId) {
        Map<String, String> variables = new LinkedHashMap<>();
        variables.put("AMOUNT_DUE", Money.text(r.amount, r.currency));
        variables.put("CURRENCY", r.currency);
        variables.put("DUE_DATE", r.dueDate.toString());
        if (creditorId != null) {
            variables.put("CREDITOR_ID", creditorId);
        }
        return new ContactStepRequested(r.requestId, r.caseId, "REMINDER", channels.stream().map(String::strip).toList(),
                template, null, variables, null, r.dueDate.atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    /** What contact-service did with a reminder; a request id plan-service never asked for is ignored. */
    public Uni<Void> completed(UUID requestId, PaymentReminder.Status result, String detail) {
        return reminders.find("requestId", requestId).<PaymentReminder>firstResult().chain(r -> {
            if (r == null || r.status != PaymentReminder.Status.REQUESTED) {
                return Uni.createFrom().voidItem();
            }
            r.status = result;
            r.detail = detail;
            r.updatedAt = clock.instant();
            metrics.counted(result, 1);
            return Uni.createFrom().voidItem();
        });
    }

    /** A case's reminders by due date, in cursor pages; an agency sees only those of cases placed with it. */
    @WithSession
    public Uni<CursorPage<PaymentReminder>> ofCase(UUID caseId, String cursor, int limit) {
        PageKeys.After<LocalDate> after = PageKeys.afterDate(cursor);
        return access.requireVisibleCase(caseId, "Case", caseId)
                .chain(() -> after == null
                        ? reminders.find("caseId = ?1 order by dueDate, id", caseId).page(0, limit + 1).list()
                        : reminders.find("caseId = ?1 and (dueDate > ?2 or (dueDate = ?2 and id > ?3)) order by dueDate, id",
                                caseId, after.key(), after.id()).page(0, limit + 1).list())
                .map(rows -> CursorPage.of(rows, limit, r -> PageKeys.cursor(r.dueDate, r.id)));
    }
}
