package org.collections.cases.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.collections.cases.api.Views.CaseSummary;
import org.collections.cases.api.Views.CaseView;
import org.collections.cases.api.Views.CurrentBreathingSpace;
import org.collections.cases.api.Views.DebtView;
import org.collections.cases.api.Views.DisputeView;
import org.collections.cases.api.Views.Flags;
import org.collections.cases.api.Views.NoteView;
import org.collections.cases.api.Views.PlacementView;
import org.collections.cases.domain.BreathingSpace;
import org.collections.cases.domain.CaseNote;
import org.collections.cases.domain.CollectionCase;
import org.collections.cases.domain.Debt;
import org.collections.cases.domain.Debtor;
import org.collections.cases.domain.Dispute;
import org.collections.cases.domain.MoneyRules;
import org.collections.cases.domain.Placement;

/** Maps entities to API views; money leaves as plain decimal strings at the currency's scale. */
@ApplicationScoped
public class CaseViews {

    @Inject
    DebtorCodec codec;

    @Inject
    Clock clock;

    public CaseView full(CollectionCase c, Debtor debtor, List<Debt> debts, boolean masked) {
        LocalDate today = LocalDate.now(clock);
        BreathingSpace space = c.breathingSpaceInForce(today);
        return new CaseView(c.id, c.creditorId, c.externalRef, c.status, c.closeReason, c.debtorId,
                debtor == null ? null : codec.decode(debtor, masked), c.currency, money(c.totalDebt, c.currency),
                money(c.paymentsReceived, c.currency), money(c.writtenOff, c.currency), c.balance().toPlainString(),
                c.daysPastDue, c.bucket, new Flags(c.ceaseCommunication, c.deceased, c.bankruptcy),
                c.restrictions(today), c.pausedUntil, c.pauseType, space == null ? null
                        : new CurrentBreathingSpace(c.breathingSpaceId, space.type(), space.startedOn(), space.endsOn()),
                c.assignedCollector, c.agencyId, debts.stream().map(CaseViews::debt).toList(), c.version, c.createdAt,
                c.updatedAt);
    }

    public static CaseSummary summary(CollectionCase c) {
        return new CaseSummary(c.id, c.creditorId, c.externalRef, c.status, c.closeReason, c.debtorId, c.currency,
                c.balance().toPlainString(), c.daysPastDue, c.bucket, c.assignedCollector, c.agencyId, c.version,
                c.updatedAt);
    }

    public static DebtView debt(Debt d) {
        return new DebtView(d.id, d.product, d.accountRef, money(d.principal, d.currency), money(d.interest, d.currency),
                money(d.fees, d.currency), money(d.total(), d.currency), d.currency, d.oldestUnpaidDate,
                d.chargeOffDate, d.limitationDate);
    }

    public static DisputeView dispute(Dispute d) {
        return new DisputeView(d.id, d.caseId, d.reason, d.filedAt, d.filedBy, d.outcome, d.resolutionNote,
                d.resolvedAt, d.resolvedBy);
    }

    public static PlacementView placement(Placement p) {
        return new PlacementView(p.id, p.caseId, p.agencyId, p.placedAt, p.placedBy, p.recalledAt, p.recalledBy,
                p.recallReason, p.isActive());
    }

    public static NoteView note(CaseNote n) {
        return new NoteView(n.id, n.caseId, n.author, n.body, n.createdAt);
    }

    static String money(BigDecimal amount, String currency) {
        return MoneyRules.scaled(amount, currency).toPlainString();
    }
}
