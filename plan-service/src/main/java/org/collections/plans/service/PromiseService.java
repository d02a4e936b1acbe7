package org.collections.plans.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.collections.commons.audit.AuditLog;
import org.collections.commons.http.CursorPage;
import org.collections.commons.jobs.BatchRuns;
import org.collections.commons.money.Money;
import org.collections.commons.problem.ProblemException;
import org.collections.commons.rules.RuleViolation;
import org.collections.plans.client.CaseDirectory;
import org.collections.plans.config.PlanConfig;
import org.collections.plans.domain.PlanRules;
import org.collections.plans.domain.Promise;
import org.collections.plans.domain.PromisePayment;
import org.collections.plans.events.PlanEvents;
import org.collections.plans.repository.CaseEnforcementRepository;
import org.collections.plans.repository.PromisePaymentRepository;
import org.collections.plans.repository.PromiseRepository;

/** Promises to pay: taken, paid towards, and resolved as KEPT or BROKEN with the plan rules' tolerance and grace. */
@ApplicationScoped
public class PromiseService {

    public static final String SYSTEM_ACTOR = PlanEvaluation.SYSTEM_ACTOR;

    @Inject
    CaseDirectory caseDirectory;

    @Inject
    PromiseRepository promises;

    @Inject
    PromisePaymentRepository payments;

    @Inject
    PlanAccess access;

    @Inject
    PlanEvents events;

    @Inject
    PlanConfig config;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @WithTransaction
    public Uni<Promise> create(NewPromise request, String actor) {
        return caseDirectory.requirePlannable(request.caseId()).chain(c -> {
            BigDecimal amount = Money.scaled("amount", request.amount(), c.currency());
            if (amount.signum() <= 0 || amount.compareTo(c.balance()) > 0) {
                throw new RuleViolation("amount", "must be positive and at most the balance "
                        + c.balance().toPlainString() + " " + c.currency());
            }
            if (request.dueDate().isBefore(LocalDate.now(clock))) {
                throw new RuleViolation("dueDate", "must not be in the past");
            }
            PlanRules rules = config.rulesFor(c.creditorId());
            Promise p = new Promise();
            p.id = UUID.randomUUID();
            p.caseId = c.id();
            p.amount = amount;
            p.currency = c.currency();
            p.dueDate = request.dueDate();
            p.channel = request.channel();
            p.collector = actor;
            p.status = Promise.Status.PENDING;
            p.paid = BigDecimal.ZERO;
            p.tolerancePercent = rules.tolerancePercent();
            p.graceDays = rules.graceDays();
            p.createdAt = clock.instant();
            return promises.persist(p)
                    .chain(() -> audit.record(actor, "PROMISE_TAKEN", "promise", p.id, "promise on case " + p.caseId, null,
                            Map.of("amount", amount.toPlainString(), "dueDate", p.dueDate.toString())))
                    .chain(() -> events.promiseMade(p))
                    .replaceWith(p);
        });
    }

    /** Runs inside the caller's (idempotency) transaction. */
    public Uni<Promise> pay(UUID promiseId, NewPayment request, String actor) {
        return promises.findById(promiseId, LockModeType.PESSIMISTIC_WRITE).chain(p -> {
            if (p == null) {
                throw ProblemException.notFound("Promise", promiseId);
            }
            return access.requireVisibleCase(p.caseId, "Promise", promiseId).chain(() -> {
                if (!p.currency.equals(request.currency())) {
                    throw new RuleViolation("currency", "must be the promise's currency " + p.currency);
                }
                BigDecimal amount = Money.scaled("amount", request.amount(), p.currency);
                if (amount.signum() <= 0) {
                    throw new RuleViolation("amount", "must be positive");
                }
                return payments.find("promiseId = ?1 and payerReference = ?2", promiseId, request.payerReference())
                        .firstResult().chain(existing -> existing != null
                                ? Uni.createFrom().item(p)
                                : record(p, amount, request, actor));
            });
        });
    }

    private Uni<Promise> record(Promise p, BigDecimal amount, NewPayment request, String actor) {
        if (p.status != Promise.Status.PENDING) {
            throw ProblemException.conflict("promise-resolved", "Promise " + p.id + " is already " + p.status);
        }
        PromisePayment payment = new PromisePayment();
        payment.id = UUID.randomUUID();
        payment.promiseId = p.id;
        payment.caseId = p.caseId;
        payment.amount = amount;
        payment.currency = p.currency;
        payment.payerReference = request.payerReference();
        payment.receivedAt = request.receivedAt() == null ? clock.instant() : request.receivedAt();
        payment.postedBy = actor;
        p.paid = p.paid.add(amount);
        Uni<Void> resolved = p.standing(LocalDate.now(clock)) == Promise.Status.KEPT ? resolve(p, Promise.Status.KEPT, actor)
                : Uni.createFrom().voidItem();
        return payments.persist(payment)
                .chain(() -> audit.record(actor, "PROMISE_PAYMENT", "promise", p.id, request.payerReference(), null,
                        Map.of("amount", amount.toPlainString(), "paid", p.paid.toPlainString())))
                .chain(() -> events.promisePaid(payment))
                .chain(() -> resolved)
                .replaceWith(p);
    }

    Uni<Void> resolve(Promise p, Promise.Status outcome, String actor) {
        p.status = outcome;
        p.resolvedAt = clock.instant();
        return audit.record(actor, outcome == Promise.Status.KEPT ? "PROMISE_KEPT" : "PROMISE_BROKEN", "promise", p.id,
                        "paid " + Money.text(p.paid, p.currency) + " of " + Money.text(p.amount, p.currency), null, null)
                .chain(() -> events.promiseResolved(p));
    }

    /** Breaks the pending promises not kept by their due date plus grace, except under a hold; returns how many. */
    /** One batch of the daily evaluation: the next pending promises after {@code after} (id order), broken if overdue. */
    Uni<BatchRuns.Batch> breakOverdue(LocalDate day, String after, int size) {
        return promises.find("from Promise p where p.status = ?1 and p.id > ?2 and p.dueDate < ?3 and "
                + CaseEnforcementRepository.notHeld("p.caseId") + " order by p.id", Promise.Status.PENDING,
                BatchRuns.uuidAfter(after), day).page(0, size).list().chain(pending -> {
            if (pending.isEmpty()) {
                return Uni.createFrom().item(BatchRuns.Batch.EMPTY);
            }
            List<Promise> broken = pending.stream().filter(p -> p.standing(day) == Promise.Status.BROKEN).toList();
            Uni<Void> chain = Uni.createFrom().voidItem();
            for (Promise p : broken) {
                chain = chain.chain(() -> resolve(p, Promise.Status.BROKEN, SYSTEM_ACTOR));
            }
            return chain.replaceWith(new BatchRuns.Batch(pending.get(pending.size() - 1).id.toString(), pending.size(),
                    broken.size()));
        });
    }

    @WithSession
    public Uni<Promise> get(UUID id) {
        return promises.findById(id).chain(p -> {
            if (p == null) {
                throw ProblemException.notFound("Promise", id);
            }
            return access.requireVisibleCase(p.caseId, "Promise", id).replaceWith(p);
        });
    }

    /** By due date; a page of at most {@code limit} promises after the cursor's position. */
    @WithSession
    public Uni<CursorPage<Promise>> ofCase(UUID caseId, String cursor, int limit) {
        PageKeys.After<LocalDate> after = PageKeys.afterDate(cursor);
        return access.requireVisibleCase(caseId, "Case", caseId)
                .chain(() -> after == null
                        ? promises.find("caseId = ?1 order by dueDate, id", caseId).page(0, limit + 1).list()
                        : promises.find("caseId = ?1 and (dueDate > ?2 or (dueDate = ?2 and id > ?3)) order by dueDate, id",
                                caseId, after.key(), after.id()).page(0, limit + 1).list())
                .map(rows -> CursorPage.of(rows, limit, p -> PageKeys.cursor(p.dueDate, p.id)));
    }

}
