package org.collections.cases.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.collections.cases.domain.CaseStatus;
import org.collections.cases.domain.CloseReason;
import org.collections.cases.domain.ContactPreferences;
import org.collections.cases.domain.Debt;
import org.collections.cases.domain.Dispute;
import org.collections.cases.domain.PauseType;
import org.collections.cases.domain.PostalAddress;

/**
 * What the use cases on cases and debtors are asked to do: plain data the REST layer builds from its (validated)
 * requests. Every change carries a reason for the audit log.
 */
public final class CaseCommands {

    private CaseCommands() {
    }

    /** Open a case: the debtor is an existing one (debtorId) or a new one (debtor), never both. */
    public record NewCase(String creditorId, String externalRef, UUID debtorId, NewDebtor debtor,
            List<NewDebt> debts) {
    }

    /** A debtor to register; phones and e-mails as given (canonical where they could be made so). */
    public record NewDebtor(String fullName, String nationalId, List<String> phones, List<String> emails,
            PostalAddress address, String timeZone, String jurisdiction, String preferredLanguage,
            ContactPreferences contactPreferences) {
    }

    /** One obligation of a new case; interest and fees may be absent (zero). */
    public record NewDebt(Debt.Product product, String accountRef, BigDecimal principal, BigDecimal interest,
            BigDecimal fees, String currency, LocalDate oldestUnpaidDate, LocalDate chargeOffDate,
            LocalDate limitationDate) {
    }

    /** Move a case to another status; closeReason only when closing, pausedUntil and pauseType only when pausing. */
    public record Transition(CaseStatus to, String reason, CloseReason closeReason, LocalDate pausedUntil,
            PauseType pauseType, boolean writeOffBalance) {
    }

    public record UpdateFlags(boolean ceaseCommunication, boolean deceased, boolean bankruptcy, String reason) {
    }

    /** Assign to a collector; a null collector unassigns. */
    public record Assign(String collector, String reason) {
    }

    public record FileDispute(String reason) {
    }

    public record ResolveDispute(Dispute.Outcome outcome, String note) {
    }

    /** Place with an agency, by its canonical id. */
    public record Place(String agencyId, String reason) {
    }

    public record Recall(String reason) {
    }

    public record AddNote(String body) {
    }
}
