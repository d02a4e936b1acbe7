package org.collections.cases.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.collections.cases.domain.CaseCriteria;
import org.collections.cases.domain.CasePageStart;
import org.collections.cases.domain.BucketPolicy;
import org.collections.cases.domain.CaseStatus;
import org.collections.cases.domain.CloseReason;
import org.collections.cases.domain.CollectionCase;
import org.collections.cases.domain.Debt;
import org.collections.cases.domain.Debtor;
import org.collections.cases.domain.IllegalTransitionException;
import org.collections.cases.domain.Restriction;
import org.collections.cases.domain.StaffRole;
import org.collections.cases.domain.TransitionPolicy;
import org.collections.cases.events.CaseEvents;
import org.collections.cases.repository.CaseRepository;
import org.collections.cases.repository.DebtRepository;
import org.collections.cases.repository.DebtorRepository;
import org.collections.commons.audit.AuditLog;
import org.collections.commons.audit.ReadAudit;
import org.collections.commons.ids.Identifiers;
import org.collections.commons.http.CursorPage;
import org.collections.commons.http.Cursors;
import org.collections.commons.money.Money;
import org.collections.commons.problem.ProblemException;
import org.collections.commons.rules.RuleViolation;
import org.collections.commons.security.CurrentPrincipal;

/** Creating, reading, searching and changing cases. */
@ApplicationScoped
public class CaseService {

    @Inject
    CaseRepository cases;

    @Inject
    DebtRepository debts;

    @Inject
    DebtorRepository debtors;

    @Inject
    DebtorService debtorService;

    @Inject
    CaseAccess access;

    @Inject
    CaseLifecycle lifecycle;

    @Inject
    DebtorCodec codec;

    @Inject
    DelinquencyService delinquency;

    @Inject
    AuditLog audit;

    @Inject
    ReadAudit readAudit;

    @Inject
    CaseEvents events;

    @Inject
    CurrentPrincipal principal;

    @Inject
    Clock clock;

    @Inject
    BucketPolicy buckets;

    @Inject
    ActingRole roles;

    @Inject
    WriteOffs writeOffs;

    @Inject
    ContactDetails contactDetails;

    /** A case drafted from a command, not yet stored: the case and its debts. */
    public record Draft(CollectionCase caseEntity, List<Debt> debts) {
    }

    @WithTransaction
    public Uni<CaseDetails> create(CaseCommands.NewCase command, String actor) {
        if ((command.debtorId() == null) == (command.debtor() == null)) {
            throw new RuleViolation("debtor", "give either debtorId or debtor, not both or neither");
        }
        Instant now = clock.instant();
        Draft draft = draft(command, now);
        Uni<Debtor> debtor = command.debtorId() != null
                ? debtors.findById(command.debtorId()).map(found -> {
                    if (found == null) {
                        throw new RuleViolation("debtorId", "names no existing debtor");
                    }
                    return found;
                })
                : debtorService.findOrCreate(command.debtor(), now, actor);
        return debtor.chain(d -> {
            draft.caseEntity().debtorId = d.id;
            return ensureUnique(draft.caseEntity())
                    .chain(() -> persist(draft, actor))
                    .call(c -> contactDetails.announce(c, d))
                    .map(c -> details(c, d, draft.debts()));
        });
    }

    /** Builds the case and its debts from a command: currencies, scales and dates checked, totals computed. */
    public Draft draft(CaseCommands.NewCase command, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, java.time.ZoneOffset.UTC);
        String currencyCode = command.debts().get(0).currency();
        Currency currency = Money.currency("debts[0].currency", currencyCode);
        CollectionCase c = new CollectionCase();
        c.id = UUID.randomUUID();
        c.creditorId = Identifiers.canonical(command.creditorId());
        if (!Identifiers.isCanonical(c.creditorId)) {
            throw new RuleViolation("creditorId", Identifiers.MESSAGE);
        }
        c.externalRef = Identifiers.reference(command.externalRef());
        if (!Identifiers.isReference(c.externalRef)) {
            throw new RuleViolation("externalRef", Identifiers.REFERENCE_MESSAGE);
        }
        c.status = CaseStatus.NEW;
        c.currency = currencyCode;
        c.paymentsReceived = BigDecimal.ZERO;
        c.createdAt = now;
        c.updatedAt = now;
        List<Debt> debtList = new ArrayList<>();
        for (int i = 0; i < command.debts().size(); i++) {
            CaseCommands.NewDebt r = command.debts().get(i);
            String field = "debts[" + i + "]";
            if (!currencyCode.equals(r.currency())) {
                throw new RuleViolation(field + ".currency", "all debts of a case must be in one currency ("
                        + currencyCode + ")");
            }
            if (r.oldestUnpaidDate().isAfter(today)) {
                throw new RuleViolation(field + ".oldestUnpaidDate", "must not be in the future");
            }
            Debt d = new Debt();
            d.id = UUID.randomUUID();
            d.caseId = c.id;
            d.product = r.product();
            d.accountRef = r.accountRef();
            d.principal = owed(field + ".principal", r.principal(), currency);
            d.interest = owed(field + ".interest", r.interest(), currency);
            d.fees = owed(field + ".fees", r.fees(), currency);
            d.currency = currencyCode;
            d.oldestUnpaidDate = r.oldestUnpaidDate();
            d.chargeOffDate = r.chargeOffDate();
            d.limitationDate = r.limitationDate();
            debtList.add(d);
        }
        c.totalDebt = debtList.stream().map(Debt::total).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (c.totalDebt.signum() <= 0) {
            throw new RuleViolation("debts", "a case must owe something");
        }
        c.oldestUnpaidDate = debtList.stream().map(d -> d.oldestUnpaidDate).min(Comparator.naturalOrder()).orElseThrow();
        c.updateDelinquency(buckets, today);
        return new Draft(c, debtList);
    }

    /** An amount a debt owes, at the currency's scale: absent is zero, a negative amount is refused. */
    private static BigDecimal owed(String field, BigDecimal amount, Currency currency) {
        if (amount != null && amount.signum() < 0) {
            throw new RuleViolation(field, "must not be negative");
        }
        return Money.of(field, amount == null ? BigDecimal.ZERO : amount, currency).amount();
    }

    private Uni<Void> ensureUnique(CollectionCase c) {
        return cases.byExternalRef(c.creditorId, c.externalRef).chain(existing -> {
            if (existing != null) {
                throw ProblemException.conflict("case-exists", "Creditor " + c.creditorId + " already has a case with reference "
                        + c.externalRef + ": " + existing.id);
            }
            return cases.openByDebtorAndCreditor(c.debtorId, c.creditorId);
        }).invoke(existing -> {
            if (existing != null) {
                throw ProblemException.conflict("case-exists", "The debtor already has an open case with creditor "
                        + c.creditorId + ": " + existing.id + "; add the debt to that case");
            }
        }).replaceWithVoid();
    }

    /** Persists a drafted case with its debts, first delinquency entry, audit entry and creation event. */
    public Uni<CollectionCase> persist(Draft draft, String actor) {
        CollectionCase c = draft.caseEntity();
        return cases.persist(c)
                .chain(() -> debts.persist(draft.debts()))
                .chain(() -> cases.flush())
                .chain(() -> delinquency.record(c, LocalDate.ofInstant(c.createdAt, java.time.ZoneOffset.UTC)))
                .chain(() -> audit.record(actor, "CASE_CREATED", "case", c.id, "case opened",
                        null, Map.of("status", c.status, "totalDebt", c.totalDebt.toPlainString(), "currency", c.currency)))
                .chain(() -> lifecycle.announce(c, null, Set.of(), "case opened", actor))
                .replaceWith(c);
    }

    @WithSession
    public Uni<CaseDetails> get(UUID id, String actor) {
        return access.load(id).chain(c -> debts.ofCase(id).chain(list -> debtors.findById(c.debtorId)
                .chain(debtor -> {
                    CaseDetails details = details(c, debtor, list);
                    return access.masked() ? Uni.createFrom().item(details)
                            : readAudit.record(actor, "PII_READ", "debtor", c.debtorId, "case " + id + " read", null)
                                    .replaceWith(details);
                })));
    }

    /**
     * Searching by personal data would let a role that sees it masked find it out by guessing; only roles that see
     * it unmasked may, and each such search is audited with the fields used and their blind indexes, never values.
     */
    @WithSession
    public Uni<CursorPage<CollectionCase>> search(CaseCriteria requested, String phone, String nationalId,
            CasePageStart after, int limit) {
        if (phone == null && nationalId == null) {
            return searchUnaudited(requested, null, null, after, limit);
        }
        if (access.masked()) {
            throw new ProblemException(403, "pii-search-forbidden", "Search by personal data not allowed",
                    "Only roles that see personal data unmasked may search by phone or nationalId");
        }
        Map<String, Object> searched = new java.util.LinkedHashMap<>();
        if (phone != null) {
            searched.put("phoneIndex", debtorService.phoneIndex(phone));
        }
        if (nationalId != null) {
            searched.put("nationalIdIndex", debtorService.nationalIdIndex(nationalId));
        }
        return searchUnaudited(requested, phone, nationalId, after, limit)
                .call(found -> readAudit.record(principal.name(), "PII_SEARCH", "case_search", String.join(",",
                        searched.keySet()), "cases searched by personal data", Map.of("fields",
                        List.copyOf(searched.keySet()), "blindIndexes", searched, "matches", found.items().size())));
    }

    private Uni<CursorPage<CollectionCase>> searchUnaudited(CaseCriteria requested, String phone,
            String nationalId, CasePageStart after, int limit) {
        CaseCriteria criteria = requested;
        if (principal.isAgency()) {
            String own = principal.requiredAgencyId();
            if (requested.agencyId() != null && !requested.agencyId().equals(own)) {
                return Uni.createFrom().item(new CursorPage<>(List.of(), null, limit));
            }
            criteria = requested.withAgency(own);
        }
        CaseCriteria effective = criteria;
        return debtorService.idsMatching(phone, nationalId).chain(ids -> {
            if (ids != null && ids.isEmpty()) {
                return Uni.createFrom().item(new CursorPage<CollectionCase>(List.of(), null, limit));
            }
            CaseCriteria withDebtors = ids == null ? effective : effective.withDebtors(ids);
            return cases.search(withDebtors, after, limit + 1).map(found -> CursorPage.of(found, limit,
                    c -> Cursors.encode(c.createdAt.toString(), c.id.toString())));
        });
    }

    @WithTransaction
    public Uni<CaseDetails> transition(UUID id, CaseCommands.Transition command, Integer ifMatch, String actor) {
        StaffRole role = roles.current();
        CaseStatus to = command.to();
        boolean writeOff = command.writeOffBalance();
        if (to == CaseStatus.PAUSED && command.pausedUntil() != null
                && !command.pausedUntil().isAfter(LocalDate.now(clock))) {
            throw new RuleViolation("pausedUntil", "must be in the future");
        }
        if (writeOff && to != CaseStatus.CLOSED) {
            throw new RuleViolation("writeOffBalance", "is only allowed when closing a case");
        }
        if (writeOff && !TransitionPolicy.mayWriteOff(role)) {
            throw ProblemException.forbidden("Only a supervisor or admin may write a balance off");
        }
        return access.loadForUpdate(id, ifMatch).chain(c -> {
            switch (TransitionPolicy.decide(role, c.status, to)) {
                case ILLEGAL -> throw IllegalTransitionException.of(c.status, to);
                case USE_DISPUTES -> throw new IllegalTransitionException(to == CaseStatus.DISPUTED
                        ? "File a dispute with POST /api/v1/cases/" + id + "/disputes"
                        : "Resolve the open dispute with POST /api/v1/cases/" + id + "/disputes/{disputeId}/resolution");
                case USE_PLAN_SERVICE -> throw planServiceOwns(c.status, to);
                case FORBIDDEN -> throw ProblemException.forbidden("A " + role.name().toLowerCase(java.util.Locale.ROOT)
                        + " may not move a case from " + c.status + " to " + to);
                case ALLOWED -> {
                }
            }
            if (to == CaseStatus.CLOSED && command.closeReason() == CloseReason.PAID_IN_FULL
                    && c.balance().signum() > 0 && !writeOff) {
                throw new RuleViolation("closeReason", "the case still owes " + c.balance() + " "
                        + c.currency + "; send writeOffBalance: true to write it off (supervisor or admin), or close "
                        + "with another reason");
            }
            Uni<?> writtenOff = writeOff ? writeOffs.writeOffBalance(c, command.reason(), actor)
                    : Uni.createFrom().voidItem();
            return writtenOff.chain(() -> lifecycle.move(c, to, command.closeReason(), command.pausedUntil(),
                    command.pauseType(), command.reason(), actor));
        }).chain(this::detailsOf);
    }

    /** IN_PLAN and PROMISE_TO_PAY follow what plan-service records; a manual move would contradict it. */
    private static ProblemException planServiceOwns(CaseStatus from, CaseStatus to) {
        String how = switch (to) {
            case IN_PLAN -> "a case is IN_PLAN once plan-service activates a plan: POST /api/v1/plans, then "
                    + "POST /api/v1/plans/{planId}/approve";
            case PROMISE_TO_PAY -> "a case is PROMISE_TO_PAY once plan-service records a promise: POST /api/v1/promises";
            default -> from == CaseStatus.IN_PLAN
                    ? "a case leaves IN_PLAN when its plan is cancelled, broken or completed at plan-service: "
                            + "POST /api/v1/plans/{planId}/cancel"
                    : "a case leaves PROMISE_TO_PAY when plan-service records the promise kept or broken";
        };
        return new ProblemException(409, "status-set-by-plan-service", "Status set by plan-service",
                "A case cannot be moved from " + from + " to " + to + " by hand; " + how);
    }

    @WithTransaction
    public Uni<CaseDetails> updateFlags(UUID id, CaseCommands.UpdateFlags command, Integer ifMatch, String actor) {
        return access.loadForUpdate(id, ifMatch).chain(c -> {
            Set<Restriction> before = c.restrictions(LocalDate.now(clock));
            Map<String, Object> old = Map.of("ceaseCommunication", c.ceaseCommunication, "deceased", c.deceased,
                    "bankruptcy", c.bankruptcy);
            c.ceaseCommunication = command.ceaseCommunication();
            c.deceased = command.deceased();
            c.bankruptcy = command.bankruptcy();
            c.updatedAt = clock.instant();
            return cases.flush()
                    .chain(() -> audit.record(actor, "FLAGS_CHANGED", "case", id, command.reason(), old,
                            Map.of("ceaseCommunication", c.ceaseCommunication, "deceased", c.deceased,
                                    "bankruptcy", c.bankruptcy)))
                    .chain(() -> events.restrictionsIfChanged(c, before, command.reason()))
                    .replaceWith(c);
        }).chain(this::detailsOf);
    }

    @WithTransaction
    public Uni<CaseDetails> assign(UUID id, CaseCommands.Assign command, Integer ifMatch, String actor) {
        return access.loadForUpdate(id, ifMatch).chain(c -> {
            String before = c.assignedCollector;
            c.assignedCollector = command.collector();
            c.updatedAt = clock.instant();
            return cases.flush()
                    .chain(() -> audit.record(actor, "ASSIGNED", "case", id, command.reason(),
                            before == null ? null : Map.of("collector", before),
                            command.collector() == null ? null : Map.of("collector", command.collector())))
                    .replaceWith(c);
        }).chain(this::detailsOf);
    }

    /** The case as the caller may see it, without re-auditing a PII read (the caller changed it). */
    Uni<CaseDetails> detailsOf(CollectionCase c) {
        return debts.ofCase(c.id).chain(list -> debtors.findById(c.debtorId).map(debtor -> details(c, debtor, list)));
    }

    /** The case with its debts and its debtor decrypted (masked for a masked caller), all loaded. */
    private CaseDetails details(CollectionCase c, Debtor debtor, List<Debt> list) {
        DebtorDetails decoded = debtor == null ? null : codec.decode(debtor, access.masked());
        return new CaseDetails(c, decoded != null && access.nameHidden() ? decoded.withoutName() : decoded,
                List.copyOf(list));
    }
}
