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
import org.collections.plans.client.CaseDirectory;
import org.collections.plans.client.CaseSnapshot;
import org.collections.plans.config.PlanConfig;
import org.collections.plans.domain.ApprovalLimits;
import org.collections.plans.domain.FourEyes;
import org.collections.plans.domain.Installment;
import org.collections.plans.domain.Plan;
import org.collections.plans.domain.PlanOffer;
import org.collections.plans.domain.PlanProposal;
import org.collections.plans.domain.PlanRules;
import org.collections.plans.domain.PlanStatus;
import org.collections.plans.domain.PlanType;
import org.collections.plans.domain.Schedule;
import org.collections.plans.domain.ScheduleTerms;
import org.collections.plans.domain.ScheduledInstallment;
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

    public Uni<SchedulePreview> preview(NewPlan request) {
        return caseDirectory.requirePlannable(request.caseId()).map(c -> {
            Proposal p = propose(request, c);
            return new SchedulePreview(p.schedule(), c.currency(), p.terms().amount(), p.discountPercent());
        });
    }

    @WithTransaction
    public Uni<PlanDetail> create(NewPlan request, String actor) {
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

    private Uni<PlanDetail> persist(NewPlan request, Proposal proposal, String actor) {
        Instant now = clock.instant();
        CaseSnapshot c = proposal.caseSnapshot();
        PlanRules rules = config.rulesFor(c.creditorId());
        Plan plan = new Plan();
        plan.id = UUID.randomUUID();
        plan.caseId = c.id();
        plan.creditorId = c.creditorId();
        plan.type = request.offer().type();
        plan.status = request.draft() ? PlanStatus.DRAFT : PlanStatus.PENDING_APPROVAL;
        plan.currency = c.currency();
        plan.caseBalance = c.balance();
        plan.amount = proposal.terms().amount();
        plan.total = proposal.schedule().total();
        plan.discountPercent = proposal.discountPercent();
        plan.method = proposal.terms().method();
        plan.frequency = request.offer().frequency();
        plan.annualInterestRate = proposal.terms().annualInterestRate();
        plan.offerExpiresOn = request.offer().offerExpiresOn();
        PlanOffer.Budget budget = request.offer().budget();
        if (budget != null) {
            plan.monthlyIncome = budget.monthlyIncome();
            plan.monthlyExpenses = budget.monthlyExpenses();
            plan.affordabilityOverride = budget.overrideReason();
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
                .replaceWith(() -> new PlanDetail(plan, rows));
    }

    /** Checks the offer against the case and the rules and computes its schedule; writes nothing. */
    Proposal propose(NewPlan request, CaseSnapshot c) {
        PlanProposal.Outcome outcome = PlanProposal.check(request.offer(), c.balance(), Currency.getInstance(c.currency()),
                LocalDate.now(clock), config.maxDisposableIncomeSharePercent());
        if (outcome.overridesBudget() && access.role() == ApprovalLimits.Role.COLLECTOR) {
            throw ProblemException.forbidden("Only a supervisor or admin may override the affordability limit");
        }
        return new Proposal(outcome.terms(), outcome.schedule(), outcome.discountPercent(), c);
    }

    @WithTransaction
    public Uni<PlanDetail> submit(UUID id, String reason, String actor) {
        return access.load(id).chain(plan -> move(plan, PlanStatus.PENDING_APPROVAL, reason, actor, "PLAN_SUBMITTED"))
                .chain(this::view);
    }

    @WithTransaction
    public Uni<PlanDetail> approve(UUID id, String reason, String actor) {
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
                        .call(p -> events.planActivated(p, reason));
            });
        }).chain(this::view);
    }

    @WithTransaction
    public Uni<PlanDetail> cancel(UUID id, String reason, String actor) {
        return access.load(id).chain(plan -> {
            boolean wasActive = plan.status == PlanStatus.ACTIVE;
            return move(plan, PlanStatus.CANCELLED, reason, actor, "PLAN_CANCELLED")
                    .call(p -> wasActive ? events.planCancelled(p, reason) : Uni.createFrom().voidItem());
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
    public Uni<PlanDetail> get(UUID id) {
        return access.load(id).chain(this::view);
    }

    /** Newest first; a page of at most {@code limit} plans after the cursor's position. */
    @WithSession
    public Uni<CursorPage<Plan>> list(UUID caseId, PlanStatus status, PlanType type, String cursor, int limit) {
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
                .map(rows -> CursorPage.of(rows, limit, p -> PageKeys.cursor(p.createdAt, p.id)));
    }

    private Uni<PlanDetail> view(Plan plan) {
        return installments.ofPlan(plan.id).map(rows -> new PlanDetail(plan, rows));
    }

}
