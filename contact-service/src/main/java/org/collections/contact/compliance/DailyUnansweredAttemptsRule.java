package org.collections.contact.compliance;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/** At most {@code dailyUnansweredAttemptCap} unanswered outbound attempts per contact point per local day. */
final class DailyUnansweredAttemptsRule implements Rule {

    @Override
    public String name() {
        return "DAILY_UNANSWERED_ATTEMPTS";
    }

    @Override
    public Optional<Violation> check(RulePack pack, ProposedContact contact, ContactSituation situation) {
        if (contact.contactPointId() == null) {
            return Optional.empty();
        }
        for (ZoneId zone : situation.zones()) {
            long unanswered = unansweredOnLocalDay(contact, situation, zone);
            if (unanswered >= pack.dailyUnansweredAttemptCap()) {
                return Optional.of(violation(pack, unanswered + " unanswered attempts on " + contact.contactPointId()
                        + " on " + contact.at().atZone(zone).toLocalDate() + " (" + zone + "); at most "
                        + pack.dailyUnansweredAttemptCap() + " a day per contact point; "
                        + Texts.nextPermitted(earliestSatisfied(pack, contact, situation))));
            }
        }
        return Optional.empty();
    }

    @Override
    public Instant earliestSatisfied(RulePack pack, ProposedContact contact, ContactSituation situation) {
        Instant earliest = contact.at();
        for (ZoneId zone : situation.zones()) {
            if (unansweredOnLocalDay(contact, situation, zone) >= pack.dailyUnansweredAttemptCap()) {
                Instant midnight = History.nextLocalMidnight(contact.at(), zone);
                earliest = midnight.isAfter(earliest) ? midnight : earliest;
            }
        }
        return earliest;
    }

    private static long unansweredOnLocalDay(ProposedContact contact, ContactSituation situation, ZoneId zone) {
        return History.countOnLocalDay(situation, contact.at(), zone,
                a -> contact.contactPointId().equals(a.contactPointId()) && a.direction() == Direction.OUTBOUND
                        && a.outcome().unanswered());
    }
}
