package org.collections.contact.compliance;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Regulation F: the validation notice within {@code validationNoticeDays} of the first communication with the
 * debtor about the debt. Once that time has passed without a delivered notice, only permitted notices (the
 * validation notice itself among them) may be sent.
 *
 * <p>A communication is an attempt on the case with the debtor, inbound or outbound, whose outcome shows a message
 * about the debt reached them ({@link Outcome#communicated()}): a conversation (RIGHT_PARTY_CONTACT, PROMISE_TO_PAY,
 * REFUSED, OPT_OUT) or a DELIVERED letter or message. Unanswered calls, voicemails (limited-content messages, which Regulation F does not count as
 * communications), wrong numbers, bounces and conversations with third parties do not start the clock. The days are
 * whole 24-hour days: stricter than Regulation F's business days. A validation notice counts once an attempt with
 * purpose VALIDATION_NOTICE is DELIVERED.
 */
final class ValidationNoticeRule implements Rule {

    @Override
    public String name() {
        return "VALIDATION_NOTICE";
    }

    @Override
    public Optional<Violation> check(RulePack pack, ProposedContact contact, ContactSituation situation) {
        if (contact.permittedNotice()) {
            return Optional.empty();
        }
        List<AttemptRecord> communications = History.upTo(situation, contact.at(), a -> isCommunication(a, contact));
        if (communications.isEmpty()) {
            return Optional.empty();
        }
        Instant first = communications.get(0).at();
        Instant due = first.plus(Duration.ofDays(pack.validationNoticeDays()));
        if (!contact.at().isAfter(due) || !History.upTo(situation, contact.at(), a -> isNotice(a, contact)).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(violation(pack, "first communication about this debt at " + Texts.instant(first)
                + "; the validation notice was due within " + pack.validationNoticeDays() + " days (by "
                + Texts.instant(due) + ") and none has been delivered; send it as a permitted notice and record it"
                + " with purpose VALIDATION_NOTICE before any other contact; "
                + Texts.nextPermitted(earliestSatisfied(pack, contact, situation))));
    }

    /** When a notice already in the ledger is delivered after {@code contact.at()}; otherwise none by waiting. */
    @Override
    public Instant earliestSatisfied(RulePack pack, ProposedContact contact, ContactSituation situation) {
        return situation.history().stream()
                .filter(a -> isNotice(a, contact) && a.at().isAfter(contact.at()))
                .map(AttemptRecord::at)
                .min(Instant::compareTo)
                .orElse(null);
    }

    private static boolean isCommunication(AttemptRecord attempt, ProposedContact contact) {
        return attempt.caseId().equals(contact.caseId()) && attempt.person() == PersonRole.DEBTOR
                && attempt.outcome().communicated();
    }

    private static boolean isNotice(AttemptRecord attempt, ProposedContact contact) {
        return attempt.caseId().equals(contact.caseId()) && attempt.purpose() == AttemptPurpose.VALIDATION_NOTICE
                && attempt.outcome() == Outcome.DELIVERED;
    }
}
