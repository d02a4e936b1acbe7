package org.collections.cases.api;

import org.collections.cases.domain.ContactPreferences;
import org.collections.cases.domain.PostalAddress;
import org.collections.cases.service.CaseCommands;
import org.collections.commons.ids.Identifiers;

/** Turns validated requests into the services' commands. */
final class Requests {

    private Requests() {
    }

    static CaseCommands.NewCase newCase(CreateCaseRequest r) {
        return new CaseCommands.NewCase(r.creditorId(), r.externalRef(), r.debtorId(), newDebtor(r.debtor()),
                r.debts() == null ? null : r.debts().stream().map(Requests::newDebt).toList());
    }

    static CaseCommands.NewDebtor newDebtor(DebtorRequest r) {
        return r == null ? null : new CaseCommands.NewDebtor(r.fullName(), r.nationalId(), r.phones(), r.emails(),
                address(r.address()), r.timeZone(), r.jurisdiction(), r.preferredLanguage(),
                preferences(r.contactPreferences()));
    }

    static CaseCommands.NewDebt newDebt(DebtRequest r) {
        return new CaseCommands.NewDebt(r.product(), r.accountRef(), r.principal(), r.interest(), r.fees(),
                r.currency(), r.oldestUnpaidDate(), r.chargeOffDate(), r.limitationDate());
    }

    private static PostalAddress address(DebtorRequest.AddressRequest a) {
        return a == null ? null : new PostalAddress(a.line1(), a.line2(), a.city(), a.region(), a.postalCode(),
                a.country());
    }

    private static ContactPreferences preferences(DebtorRequest.ContactPreferences p) {
        return p == null ? null : new ContactPreferences(p.channels() == null ? null : p.channels().stream()
                .map(c -> c == null ? null : ContactPreferences.Channel.valueOf(c.name())).toList(),
                p.notBefore(), p.notAfter());
    }

    static CaseCommands.Transition transition(Commands.Transition r) {
        return new CaseCommands.Transition(r.to(), r.reason(), r.closeReason(), r.pausedUntil(), r.pauseType(),
                Boolean.TRUE.equals(r.writeOffBalance()));
    }

    static CaseCommands.UpdateFlags flags(Commands.UpdateFlags r) {
        return new CaseCommands.UpdateFlags(r.ceaseCommunication(), r.deceased(), r.bankruptcy(), r.reason());
    }

    static CaseCommands.Assign assign(Commands.Assign r) {
        return new CaseCommands.Assign(r.collector(), r.reason());
    }

    static CaseCommands.FileDispute fileDispute(Commands.FileDispute r) {
        return new CaseCommands.FileDispute(r.reason());
    }

    static CaseCommands.ResolveDispute resolveDispute(Commands.ResolveDispute r) {
        return new CaseCommands.ResolveDispute(r.outcome(), r.note());
    }

    /** The agency id canonicalised (422 when it is not an identifier). */
    static CaseCommands.Place place(Commands.Place r) {
        return new CaseCommands.Place(Identifiers.require("agencyId", r.agencyId()), r.reason());
    }

    static CaseCommands.Recall recall(Commands.Recall r) {
        return new CaseCommands.Recall(r.reason());
    }

    static CaseCommands.AddNote addNote(Commands.AddNote r) {
        return new CaseCommands.AddNote(r.body());
    }
}
