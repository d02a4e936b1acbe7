package org.collections.cases.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import org.collections.cases.api.Views.AuditEntryView;
import org.collections.cases.api.Views.CaseSummary;
import org.collections.cases.api.Views.CaseView;
import org.collections.cases.api.Views.CurrentBreathingSpace;
import org.collections.cases.api.Views.DebtView;
import org.collections.cases.api.Views.DebtorView;
import org.collections.cases.api.Views.DelinquencyView;
import org.collections.cases.api.Views.DisputeView;
import org.collections.cases.api.Views.Flags;
import org.collections.cases.api.Views.History;
import org.collections.cases.api.Views.NoteView;
import org.collections.cases.api.Views.PlacementView;
import org.collections.cases.domain.BreathingSpace;
import org.collections.cases.domain.CaseNote;
import org.collections.cases.domain.CollectionCase;
import org.collections.cases.domain.ContactPreferences;
import org.collections.cases.domain.Debt;
import org.collections.cases.domain.DelinquencySnapshot;
import org.collections.cases.domain.Dispute;
import org.collections.cases.domain.LegalHold;
import org.collections.cases.domain.Placement;
import org.collections.cases.domain.PostalAddress;
import org.collections.cases.service.CaseDetails;
import org.collections.cases.service.DebtorDetails;
import org.collections.cases.service.HistoryService;
import org.collections.commons.money.Money;

/** Maps the services' results to API views; money leaves as plain decimal strings at the currency's scale. */
@ApplicationScoped
public class CaseViews {

    @Inject
    Clock clock;

    public CaseView full(CaseDetails details) {
        CollectionCase c = details.caseEntity();
        LocalDate today = LocalDate.now(clock);
        BreathingSpace space = c.breathingSpaceInForce(today);
        return new CaseView(c.id, c.creditorId, c.externalRef, c.status, c.closeReason, c.debtorId,
                details.debtor() == null ? null : debtor(details.debtor()), c.currency, Money.text(c.totalDebt, c.currency),
                Money.text(c.paymentsReceived, c.currency), Money.text(c.writtenOff, c.currency), c.balance().toPlainString(),
                c.daysPastDue, c.bucket, new Flags(c.ceaseCommunication, c.deceased, c.bankruptcy),
                c.restrictions(today), c.pausedUntil, c.pauseType, space == null ? null
                        : new CurrentBreathingSpace(c.breathingSpaceId, space.type(), space.startedOn(), space.endsOn()),
                c.assignedCollector, c.agencyId, details.debts().stream().map(CaseViews::debt).toList(), c.version,
                c.createdAt, c.updatedAt, c.onLegalHold, c.erasedAt);
    }

    public static DebtorView debtor(DebtorDetails d) {
        return new DebtorView(d.id(), d.fullName(), d.nationalId(), d.phones(), d.emails(), address(d.address()),
                d.timeZone(), d.jurisdiction(), d.preferredLanguage(), preferences(d.contactPreferences()), d.masked(),
                d.erasedAt());
    }

    private static DebtorRequest.AddressRequest address(PostalAddress a) {
        return a == null ? null : new DebtorRequest.AddressRequest(a.line1(), a.line2(), a.city(), a.region(),
                a.postalCode(), a.country());
    }

    private static DebtorRequest.ContactPreferences preferences(ContactPreferences p) {
        return p == null ? null : new DebtorRequest.ContactPreferences(p.channels() == null ? null : p.channels()
                .stream().map(c -> c == null ? null : DebtorRequest.Channel.valueOf(c.name())).toList(),
                p.notBefore(), p.notAfter());
    }

    public static CaseSummary summary(CollectionCase c) {
        return new CaseSummary(c.id, c.creditorId, c.externalRef, c.status, c.closeReason, c.debtorId, c.currency,
                c.balance().toPlainString(), c.daysPastDue, c.bucket, c.assignedCollector, c.agencyId, c.version,
                c.updatedAt);
    }

    public static DebtView debt(Debt d) {
        return new DebtView(d.id, d.product, d.accountRef, Money.text(d.principal, d.currency),
                Money.text(d.interest, d.currency), Money.text(d.fees, d.currency), Money.text(d.total(), d.currency),
                d.currency, d.oldestUnpaidDate, d.chargeOffDate, d.limitationDate);
    }

    public static DisputeView dispute(Dispute d) {
        return new DisputeView(d.id, d.caseId, d.reason, d.filedAt, d.filedBy, d.outcome, d.resolutionNote,
                d.resolvedAt, d.resolvedBy);
    }

    public static Views.LegalHoldView legalHold(LegalHold h) {
        return new Views.LegalHoldView(h.id, h.caseId, h.reason, h.placedBy, h.placedAt, h.inForce(), h.releasedAt,
                h.releasedBy, h.releaseReason);
    }

    public static PlacementView placement(Placement p) {
        return new PlacementView(p.id, p.caseId, p.agencyId, p.placedAt, p.placedBy, p.recalledAt, p.recalledBy,
                p.recallReason, p.isActive());
    }

    public static NoteView note(CaseNote n) {
        return new NoteView(n.id, n.caseId, n.author, n.body, n.createdAt);
    }

    public static History history(HistoryService.CaseHistory h) {
        return new History(h.caseId(), h.events().stream().map(CaseViews::auditEntry).toList(),
                h.delinquency().stream().map(CaseViews::delinquency).toList());
    }

    private static AuditEntryView auditEntry(HistoryService.AuditEntry e) {
        return new AuditEntryView(e.id(), e.at(), e.actor(), e.action(), e.reason(), e.before(), e.after());
    }

    private static DelinquencyView delinquency(DelinquencySnapshot h) {
        return new DelinquencyView(h.evaluatedOn, h.daysPastDue, h.bucket, h.recordedAt);
    }
}
