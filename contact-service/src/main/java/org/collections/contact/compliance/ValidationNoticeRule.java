package org.collections.contact.compliance;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
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
 * business days in the debtor's zone: Saturdays, Sundays and the pack's legal public holidays do not count
 * (12 CFR 1006.34(a)(1)(i)(B), days as in 1006.34(b)(6) and 5 U.S.C. 6103(a)); the notice is due by the end of the
 * last of them. A validation notice counts once an attempt with purpose VALIDATION_NOTICE is DELIVERED.
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
        // A delivered notice lifts the rule whenever the first communication was: the cheaper question first.
        if (History.any(situation, contact.at(), a -> isNotice(a, contact))) {
            return Optional.empty();
        }
        Instant first = History.earliest(situation, contact.at(), a -> isCommunication(a, contact));
        if (first == null) {
            return Optional.empty();
        }
        Instant due = due(pack, first, situation.explanationZone());
        if (contact.at().isBefore(due)) {
            return Optional.empty();
        }
        return Optional.of(violation(pack, "first communication about this debt at " + Texts.instant(first)
                + "; the validation notice was due within " + pack.validationNoticeDays() + " business days (by "
                + Texts.local(due, situation.explanationZone()) + ") and none has been delivered; send it as a permitted notice and record it"
                + " with purpose VALIDATION_NOTICE before any other contact"));
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

    /** The end of the {@code validationNoticeDays}-th business day after the day of {@code first}, in {@code zone}. */
    static Instant due(RulePack pack, Instant first, ZoneId zone) {
        LocalDate day = first.atZone(zone).toLocalDate();
        for (int counted = 0; counted < pack.validationNoticeDays(); ) {
            day = day.plusDays(1);
            if (isBusinessDay(pack, day)) {
                counted++;
            }
        }
        return day.plusDays(1).atStartOfDay(zone).toInstant();
    }

    static boolean isBusinessDay(RulePack pack, LocalDate day) {
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !pack.legalHolidays().contains(day);
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
