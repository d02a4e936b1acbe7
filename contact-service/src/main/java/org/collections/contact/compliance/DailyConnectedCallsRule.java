package org.collections.contact.compliance;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/**
 * At most {@code dailyConnectedCallCap} connected outbound calls with the debtor per local day, counted across all
 * of the debtor's cases, the lender and all its agencies. A call lease that is out counts as a connected call: it
 * may become one, so a debtor never has more call leases out than connected calls left that day.
 */
final class DailyConnectedCallsRule implements Rule {

    @Override
    public String name() {
        return "DAILY_CONNECTED_CALLS";
    }

    @Override
    public Optional<Violation> check(RulePack pack, ProposedContact contact, ContactSituation situation) {
        if (!applies(contact)) {
            return Optional.empty();
        }
        for (ZoneId zone : situation.zones()) {
            long connected = connected(contact, situation, zone);
            long leased = leased(contact, situation, zone);
            if (connected + leased >= pack.dailyConnectedCallCap()) {
                return Optional.of(violation(pack, connected + " connected calls"
                        + (leased == 0 ? "" : " and " + leased + " call lease(s) out") + " with the debtor on "
                        + contact.at().atZone(zone).toLocalDate() + " (" + zone + ") across all cases and agencies;"
                        + " at most " + pack.dailyConnectedCallCap() + " a day"));
            }
        }
        return Optional.empty();
    }

    @Override
    public Instant earliestSatisfied(RulePack pack, ProposedContact contact, ContactSituation situation) {
        return History.nextLocalDayWhere(contact.at(), situation.zones(),
                zone -> connected(contact, situation, zone) + leased(contact, situation, zone) >= pack.dailyConnectedCallCap());
    }

    private static boolean applies(ProposedContact contact) {
        return contact.channel() == Channel.CALL && contact.person() == PersonRole.DEBTOR;
    }

    private static long connected(ProposedContact contact, ContactSituation situation, ZoneId zone) {
        return History.countOnLocalDay(situation, contact.at(), zone,
                a -> a.debtorId().equals(contact.debtorId()) && a.channel() == Channel.CALL
                        && a.direction() == Direction.OUTBOUND && a.person() == PersonRole.DEBTOR
                        && a.outcome().connected());
    }

    private static long leased(ProposedContact contact, ContactSituation situation, ZoneId zone) {
        return History.leasesOnLocalDay(situation, contact.at(), zone,
                l -> l.debtorId().equals(contact.debtorId()) && l.channel() == Channel.CALL
                        && l.person() == PersonRole.DEBTOR);
    }
}
