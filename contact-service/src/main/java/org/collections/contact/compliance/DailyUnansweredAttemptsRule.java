package org.collections.contact.compliance;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/**
 * At most {@code dailyUnansweredAttemptCap} unanswered outbound attempts to the debtor per contact method (channel)
 * per local day, counted across all of the debtor's contact points, cases, the lender and every agency, whether or
 * not the contact names a contact point. A lease of the channel that is out counts as an attempt.
 */
final class DailyUnansweredAttemptsRule implements Rule {

    @Override
    public String name() {
        return "DAILY_UNANSWERED_ATTEMPTS";
    }

    @Override
    public Optional<Violation> check(RulePack pack, ProposedContact contact, ContactSituation situation) {
        if (contact.person() != PersonRole.DEBTOR) {
            return Optional.empty();
        }
        for (ZoneId zone : situation.zones()) {
            long unanswered = unanswered(contact, situation, zone);
            long leased = leased(contact, situation, zone);
            if (unanswered + leased >= pack.dailyUnansweredAttemptCap()) {
                return Optional.of(violation(pack, unanswered + " unanswered " + contact.channel() + " attempts"
                        + (leased == 0 ? "" : " and " + leased + " lease(s) out") + " to the debtor on "
                        + contact.at().atZone(zone).toLocalDate() + " (" + zone + ") across all contact points,"
                        + " cases and agencies; at most " + pack.dailyUnansweredAttemptCap() + " a day per channel"));
            }
        }
        return Optional.empty();
    }

    @Override
    public Instant earliestSatisfied(RulePack pack, ProposedContact contact, ContactSituation situation) {
        return History.nextLocalDayWhere(contact.at(), situation.zones(),
                zone -> unanswered(contact, situation, zone) + leased(contact, situation, zone) >= pack.dailyUnansweredAttemptCap());
    }

    private static long unanswered(ProposedContact contact, ContactSituation situation, ZoneId zone) {
        return History.countOnLocalDay(situation, contact.at(), zone,
                a -> a.debtorId().equals(contact.debtorId()) && a.channel() == contact.channel()
                        && a.person() == PersonRole.DEBTOR && a.direction() == Direction.OUTBOUND
                        && a.outcome().unanswered());
    }

    private static long leased(ProposedContact contact, ContactSituation situation, ZoneId zone) {
        return History.leasesOnLocalDay(situation, contact.at(), zone,
                l -> l.debtorId().equals(contact.debtorId()) && l.channel() == contact.channel()
                        && l.person() == PersonRole.DEBTOR);
    }
}
