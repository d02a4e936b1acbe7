package org.collections.benchmarks;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.collections.contact.compliance.AttemptPurpose;
import org.collections.contact.compliance.AttemptRecord;
import org.collections.contact.compliance.Channel;
import org.collections.contact.compliance.Direction;
import org.collections.contact.compliance.Outcome;
import org.collections.contact.compliance.PersonRole;

/**
 * A debtor's attempt ledger over the thirty days before a decision, across their two cases, the lender and an
 * agency: a call on the case each day until the last week (mostly unanswered, two conversations), an inbound call,
 * a text every third day and an e-mail every seventh, the validation notice, the agency's calls on the other case
 * every fourth day, and then the last week's calls, which make the scenario. About fifty attempts.
 */
final class DebtorLedger {

    static final UUID CASE = UUID.fromString("00000000-0000-0000-0000-0000000000c1");
    static final UUID OTHER_CASE = UUID.fromString("00000000-0000-0000-0000-0000000000c2");
    static final UUID DEBTOR = UUID.fromString("00000000-0000-0000-0000-0000000000d1");
    static final String PHONE = "phone-1";
    static final String AGENCY = "AGENCY-A";

    private static final int DAYS = 30;
    private static final int LAST_WEEK = 7;
    private static final LocalTime CASE_CALLS = LocalTime.of(10, 30);

    /** A call of the last week: on the case by the lender, or by the agency on the debtor's other case. */
    record Call(UUID caseId, String agencyId, int daysAgo, LocalTime time, Outcome outcome) {

        static Call onCase(int daysAgo, String time, Outcome outcome) {
            return new Call(CASE, null, daysAgo, LocalTime.parse(time), outcome);
        }

        static Call byAgency(int daysAgo, String time, Outcome outcome) {
            return new Call(OTHER_CASE, AGENCY, daysAgo, LocalTime.parse(time), outcome);
        }
    }

    private DebtorLedger() {
    }

    /** The ledger up to {@code now} (in the debtor's zone), ending with {@code lastWeek}'s calls. */
    static List<AttemptRecord> upTo(ZonedDateTime now, List<Call> lastWeek) {
        List<AttemptRecord> ledger = new ArrayList<>();
        for (int daysAgo = DAYS; daysAgo >= 1; daysAgo--) {
            if (daysAgo > LAST_WEEK) {
                ledger.add(call(CASE, null, at(now, daysAgo, CASE_CALLS), earlierCallOutcome(daysAgo)));
                if (daysAgo % 4 == 0) {
                    ledger.add(call(OTHER_CASE, AGENCY, at(now, daysAgo, LocalTime.of(15, 0)), Outcome.NO_ANSWER));
                }
            }
            if (daysAgo % 3 == 0) {
                ledger.add(message(Channel.SMS, at(now, daysAgo, LocalTime.NOON), null));
            }
            if (daysAgo % 7 == 0) {
                ledger.add(message(Channel.EMAIL, at(now, daysAgo, LocalTime.of(18, 0)), null));
            }
        }
        ledger.add(new AttemptRecord(CASE, DEBTOR, Channel.CALL, Direction.INBOUND, PersonRole.DEBTOR, PHONE,
                at(now, 20, LocalTime.of(13, 0)), Outcome.RIGHT_PARTY_CONTACT, null));
        ledger.add(message(Channel.LETTER, at(now, 27, LocalTime.of(9, 0)), AttemptPurpose.VALIDATION_NOTICE));
        for (Call c : lastWeek) {
            ledger.add(call(c.caseId(), c.agencyId(), at(now, c.daysAgo(), c.time()), c.outcome()));
        }
        return List.copyOf(ledger);
    }

    private static Outcome earlierCallOutcome(int daysAgo) {
        if (daysAgo == 28) {
            return Outcome.RIGHT_PARTY_CONTACT;
        }
        if (daysAgo == 14) {
            return Outcome.PROMISE_TO_PAY;
        }
        return switch (daysAgo % 3) {
            case 0 -> Outcome.NO_ANSWER;
            case 1 -> Outcome.VOICEMAIL;
            default -> Outcome.BUSY;
        };
    }

    private static Instant at(ZonedDateTime now, int daysAgo, LocalTime time) {
        return now.minusDays(daysAgo).with(time).toInstant();
    }

    private static AttemptRecord call(UUID caseId, String agencyId, Instant at, Outcome outcome) {
        return new AttemptRecord(caseId, DEBTOR, Channel.CALL, Direction.OUTBOUND, PersonRole.DEBTOR, PHONE, at,
                outcome, agencyId);
    }

    private static AttemptRecord message(Channel channel, Instant at, AttemptPurpose purpose) {
        return new AttemptRecord(CASE, DEBTOR, channel, Direction.OUTBOUND, PersonRole.DEBTOR, null, at,
                Outcome.DELIVERED, null, purpose);
    }
}
