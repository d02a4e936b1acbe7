package org.collections.plans.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.collections.commons.audit.AuditLog;
import org.collections.commons.http.CursorPage;
import org.collections.commons.problem.ProblemException;
import org.collections.commons.security.CurrentPrincipal;
import org.collections.plans.api.PlanRequest;
import org.collections.plans.api.PlanViews.PlanSummary;
import org.collections.plans.api.PlanViews.PlanView;
import org.collections.plans.api.PlanViews.ScheduleView;
import org.collections.plans.client.CaseDirectory;
import org.collections.plans.client.CaseSnapshot;
import org.collections.plans.config.PlanConfig;
import org.collections.plans.domain.Affordability;
import org.collections.plans.domain.ApprovalLimits;
import org.collections.plans.domain.FourEyes;
import org.collections.plans.domain.Installment;
import org.collections.plans.domain.Plan;
import org.collections.plans.domain.PlanRules;
import org.collections.plans.domain.PlanStatus;
import org.collections.plans.domain.PlanType;
import org.collections.plans.domain.Schedule;
import org.collections.plans.domain.ScheduleCalculator;
import org.collections.plans.domain.ScheduleMethod;
import org.collections.plans.domain.ScheduleTerms;
import org.collections.plans.domain.ScheduledInstallment;
import org.collections.plans.events.Money;
import org.collections.plans.events.PlanEvents;
import org.collections.plans.repository.InstallmentRepository;
import org.collections.plans.repository.PlanRepository;

/** Proposing, previewing, approving and cancelling plans. */
@ApplicationScoped
public class PlanService {

    @Inject
    CaseDirectory caseDirectory;

    @Inject
    PlanRepository plans;

    @Inject
    InstallmentRepository installments;

    @Inject
    PlanAccess access;

    @Inject
    PlanEvents events;

    @Inject
    PlanConfig config;

    @Inject
    AuditLog audit;

    @Inject
    CurrentPrincipal principal;

    @Inject
    Clock clock;

    /** A plan worked out from a request and the case it is for. */
    record Proposal(ScheduleTerms terms, Schedule schedule, BigDecimal discountPercent, CaseSnapshot caseSnapshot) {
    }

    public Uni<ScheduleView> preview(PlanRequest request) {
        return caseDirectory.requirePlannable(request.caseId()).map(c -> {
            Proposal p = propose(request, c);
            return PlanViewMapper.schedule(p.schedule(), c.currency(), p.terms().amount(), p.discountPercent());
        });
    }

    @WithTransaction
    public Uni<PlanView> create(PlanRequest request, String actor) {
        return caseDirectory.requirePlannable(request.caseId()).chain(c -> {
            Proposal proposal = propose(request, c);
            return plans.count("caseId = ?1 and status in ?2", request.caseId(),
                    List.of(PlanStatus.PENDING_APPROVAL, PlanStatus.ACTIVE)).chain(open -> {
                if (open > 0) {
                    throw ProblemException.conflict("plan-exists", "Case " + request.caseId()
                            + " already has a plan running or awaiting approval");
                }
                return persist(request, proposal, actor);
            });
        });
    }

    private Uni<PlanView> persist(PlanRequest request, Proposal proposal, String actor) {
        Instant now = clock.instant();
        CaseSnapshot c = proposal.caseSnapshot();
        PlanRules rules = config.rulesFor(c.creditorId());
        Plan plan = new Plan();
        plan.id = UUID.randomUUID();
        plan.caseId = c.id();
        plan.creditorId = c.creditorId();
        plan.type = request.type();
        plan.status = Boolean.TRUE.equals(request.draft()) ? PlanStatus.DRAFT : PlanStatus.PENDING_APPROVAL;
        plan.currency = c.currency();
        plan.caseBalance = c.balance();
        plan.amount = proposal.terms().amount();
        plan.total = proposal.schedule().total();
        plan.discountPercent = proposal.discountPercent();
        plan.method = proposal.terms().method();
        plan.frequency = request.frequency();
        plan.annualInterestRate = proposal.terms().annualInterestRate();
        plan.offerExpiresOn = request.offerExpiresOn();
        if (request.affordability() != null) {
            plan.monthlyIncome = request.affordability().monthlyIncome();
            plan.monthlyExpenses = request.affordability().monthlyExpenses();
            plan.affordabilityOverride = request.affordability().overrideReason();
        }
        plan.tolerancePercent = rules.tolerancePercent();
        plan.graceDays = rules.graceDays();
        plan.brokenAfterDays = rules.brokenAfterDaysPastDue();
        plan.brokenAfterMissed = rules.brokenAfterMissed();
        plan.credit = BigDecimal.ZERO;
        plan.proposedBy = actor;
        plan.createdAt = now;
        plan.updatedAt = now;
        List<Installment> rows = new ArrayList<>();
        for (ScheduledInstallment s : proposal.schedule().installments()) {
            Installment i = new Installment();
            i.id = UUID.randomUUID();
            i.planId = plan.id;
            i.number = s.number();
            i.dueDate = s.dueDate();
            i.principal = s.principal();
            i.interest = s.interest();
            i.amount = s.amount();
            i.paid = BigDecimal.ZERO;
            rows.add(i);
        }
        Map<String, Object> after = new HashMap<>();
        after.put("status", plan.status);
        after.put("type", plan.type);
        after.put("total", plan.total.toPlainString());
        after.put("discountPercent", plan.discountPercent.toPlainString());
        if (plan.affordabilityOverride != null) {
            after.put("affordabilityOverride", plan.affordabilityOverride);
        }
        return plans.persist(plan)
                .chain(() -> installments.persist(rows))
                .chain(() -> plans.flush())
                .chain(() -> audit.record(actor, "PLAN_PROPOSED", "plan", plan.id, "plan proposed for case " + plan.caseId,
                        null, after))
                .replaceWith(() -> PlanViewMapper.plan(plan, rows));
    }

    /** Checks the request against the case and the rules and computes its schedule; writes nothing. */
    Proposal propose(PlanRequest r, CaseSnapshot c) {
        Currency currency = Currency.getInstance(c.currency());
        int scale = currency.getDefaultFractionDigits();
        BigDecimal amount = Money.input("amount", r.amount(), c.currency());
        if (amount.signum() <= 0) {
            throw ProblemException.invalidField("amount", "must be positive");
        }
        if (amount.compareTo(c.balance()) > 0) {
            throw ProblemException.invalidField("amount", "must not exceed the case's outstanding balance "
                    + c.balance().toPlainString() + " " + c.currency());
        }
        LocalDate today = LocalDate.now(clock);
        if (r.firstDueDate().isBefore(today)) {
            throw ProblemException.invalidField("firstDueDate", "must not be in the past");
        }
        BigDecimal discount = BigDecimal.ZERO.setScale(2);
        if (r.type() == PlanType.SETTLEMENT) {
            if (r.offerExpiresOn() == null || r.offerExpiresOn().isBefore(today)) {
                throw ProblemException.invalidField("offerExpiresOn", "a settlement offer needs an expiry date, today or later");
            }
            discount = ApprovalLimits.discountPercent(c.balance(), amount);
        } else if (r.offerExpiresOn() != null) {
            throw ProblemException.invalidField("offerExpiresOn", "only settlement offers expire");
        }
        BigDecimal rate = r.annualInterestRate() == null ? BigDecimal.ZERO : r.annualInterestRate();
        ScheduleTerms terms = new ScheduleTerms(amount, currency, r.installments(), r.frequency(), r.firstDueDate(), rate,
                r.method() == null ? ScheduleMethod.EQUAL_INSTALLMENTS : r.method(),
                r.downPayment() == null ? BigDecimal.ZERO : Money.input("downPayment", r.downPayment(), c.currency()),
                r.downPaymentDate());
        Schedule schedule;
        try {
            schedule = ScheduleCalculator.calculate(terms);
        } catch (ScheduleCalculator.InvalidTerms e) {
            throw ProblemException.invalidField(e.field(), e.rule());
        }
        checkAffordability(r, schedule, scale);
        return new Proposal(terms, schedule, discount, c);
    }

    private void checkAffordability(PlanRequest r, Schedule schedule, int scale) {
        if (r.affordability() == null) {
            return;
        }
        BigDecimal largest = schedule.installments().stream().filter(i -> i.number() > 0)
                .map(i -> i.amount()).max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
        BigDecimal monthly = Affordability.monthlyEquivalent(largest, r.frequency());
        BigDecimal max = Affordability.maxMonthlyInstallment(r.affordability().monthlyIncome(),
                r.affordability().monthlyExpenses(), config.maxDisposableIncomeSharePercent(), scale);
        if (monthly.compareTo(max) <= 0) {
            return;
        }
        String override = r.affordability().overrideReason();
        if (override == null || override.isBlank()) {
            throw new ProblemException(422, "unaffordable", "Unaffordable plan", "The installment of " + monthly
                    + " a month exceeds " + config.maxDisposableIncomeSharePercent() + " % of disposable income ("
                    + max + "); a supervisor may override with a reason");
        }
        if (access.role() == ApprovalLimits.Role.COLLECTOR) {
            throw ProblemException.forbidden("Only a supervisor or admin may override the affordability limit");
        }
    }

    @WithTransaction
    public Uni<PlanView> submit(UUID id, String reason, String actor) {
        return access.load(id).chain(plan -> move(plan, PlanStatus.PENDING_APPROVAL, reason, actor, "PLAN_SUBMITTED"))
                .chain(this::view);
    }

    @WithTransaction
    public Uni<PlanView> approve(UUID id, String reason, String actor) {
        return access.load(id).chain(plan -> {
            if (plan.status != PlanStatus.PENDING_APPROVAL) {
                throw ProblemException.conflict("illegal-transition", "Only a plan awaiting approval can be approved; this one is "
                        + plan.status);
            }
            if (plan.offerExpiresOn != null && plan.offerExpiresOn.isBefore(LocalDate.now(clock))) {
                throw ProblemException.conflict("offer-expired", "The settlement offer expired on " + plan.offerExpiresOn);
            }
            if (!FourEyes.mayApprove(config.fourEyesFor(plan.creditorId), plan.proposedBy, actor)) {
                throw new ProblemException(403, FourEyes.RULE, "Four-eyes rule",
                        "Whoever proposed a plan or settlement may not approve it (rule four-eyes); another user must approve");
            }
            ApprovalLimits limits = config.approvalLimits();
            ApprovalLimits.Role role = access.role();
            if (!limits.mayApprove(role, plan.discountPercent)) {
                throw ProblemException.forbidden("A discount of " + plan.discountPercent + " % needs approval by "
                        + limits.requiredRole(plan.discountPercent) + " (a " + role + " may approve up to "
                        + limits.limitOf(role) + " %)");
            }
            return caseDirectory.requirePlannable(plan.caseId).chain(c -> {
                plan.approvedBy = actor;
                return move(plan, PlanStatus.ACTIVE, reason, actor, "PLAN_APPROVED")
                        .call(p -> events.planChanged("PlanActivated", p, reason));
            });
        }).chain(this::view);
    }

    @WithTransaction
    public Uni<PlanView> cancel(UUID id, String reason, String actor) {
        return access.load(id).chain(plan -> {
            boolean wasActive = plan.status == PlanStatus.ACTIVE;
            return move(plan, PlanStatus.CANCELLED, reason, actor, "PLAN_CANCELLED")
                    .call(p -> wasActive ? events.planChanged("PlanCancelled", p, reason) : Uni.createFrom().voidItem());
        }).chain(this::view);
    }

    Uni<Plan> move(Plan plan, PlanStatus target, String reason, String actor, String action) {
        PlanStatus from = plan.status;
        try {
            plan.moveTo(target, reason, clock.instant());
        } catch (IllegalStateException e) {
            throw ProblemException.conflict("illegal-transition", e.getMessage());
        }
        return plans.flush()
                .chain(() -> audit.record(actor, action, "plan", plan.id, reason, Map.of("status", from),
                        Map.of("status", target)))
                .replaceWith(plan);
    }

    @WithSession
    public Uni<PlanView> get(UUID id) {
        return access.load(id).chain(this::view);
    }

    /** Newest first; a page of at most {@code limit} plans after the cursor's position. */
    @WithSession
    public Uni<CursorPage<PlanSummary>> list(UUID caseId, PlanStatus status, PlanType type, String cursor, int limit) {
        StringBuilder query = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (caseId != null) {
            query.append(" and caseId = :case");
            params.put("case", caseId);
        }
        if (status != null) {
            query.append(" and status = :status");
            params.put("status", status);
        }
        if (type != null) {
            query.append(" and type = :type");
            params.put("type", type);
        }
        if (principal.isAgency()) {
            query.append(" and caseId in (select p.caseId from CasePlacement p where p.agencyId = :agency)");
            params.put("agency", principal.requiredAgencyId());
        }
        PageKeys.After<Instant> after = PageKeys.afterInstant(cursor);
        if (after != null) {
            query.append(" and (createdAt < :afterKey or (createdAt = :afterKey and id < :afterId))");
            params.put("afterKey", after.key());
            params.put("afterId", after.id());
        }
        return plans.find(query.toString(), Sort.descending("createdAt", "id"), params).page(0, limit + 1).list()
                .map(rows -> CursorPage.of(rows, limit, p -> PageKeys.cursor(p.createdAt, p.id))
                        .map(PlanViewMapper::summary));
    }

    Uni<PlanView> view(Plan plan) {
        return installments.ofPlan(plan.id).map(rows -> PlanViewMapper.plan(plan, rows));
    }

}
