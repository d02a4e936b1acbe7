package org.collections.contact.compliance;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/**
 * At most {@code dailyConnectedCallCap} connected outbound calls with the debtor per local day, counted across all
 * of the debtor's cases, the lender and all its agencies.
 */
final class DailyConnectedCallsRule implements Rule {

    @Override
    public String name() {
        return "DAILY_CONNECTED_CALLS";
    }

    @Override
    public Optional<Violation> check(RulePack pack, ProposedContact contact, ContactSituation situation) {
        if (contact.channel() != Channel.CALL || contact.person() != PersonRole.DEBTOR) {
            return Optional.empty();
        }
        for (ZoneId zone : situation.zones()) {
            long connected = History.countOnLocalDay(situation, contact.at(), zone,
                    a -> isConnectedCallWithDebtor(a, contact));
            if (connected >= pack.dailyConnectedCallCap()) {
                return Optional.of(violation(pack, connected + " connected calls with the debtor on "
                        + contact.at().atZone(zone).toLocalDate() + " (" + zone + ") across all cases and agencies;"
                        + " at most " + pack.dailyConnectedCallCap() + " a day; "
                        + Texts.nextPermitted(earliestSatisfied(pack, contact, situation))));
            }
        }
        return Optional.empty();
    }

    @Override
    public Instant earliestSatisfied(RulePack pack, ProposedContact contact, ContactSituation situation) {
        Instant earliest = contact.at();
        for (ZoneId zone : situation.zones()) {
            long connected = History.countOnLocalDay(situation, contact.at(), zone,
                    a -> isConnectedCallWithDebtor(a, contact));
            if (connected >= pack.dailyConnectedCallCap()) {
                Instant midnight = History.nextLocalMidnight(contact.at(), zone);
                earliest = midnight.isAfter(earliest) ? midnight : earliest;
            }
        }
        return earliest;
    }

    private static boolean isConnectedCallWithDebtor(AttemptRecord attempt, ProposedContact contact) {
        return attempt.debtorId().equals(contact.debtorId()) && attempt.channel() == Channel.CALL
                && attempt.direction() == Direction.OUTBOUND && attempt.person() == PersonRole.DEBTOR
                && attempt.outcome().connected();
    }
}
