package org.collections.contact.compliance;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Contact only within the permitted local hours in every zone the debtor may be in. Letters are exempt: they are
 * not received at the moment they are sent.
 */
final class ContactHoursRule implements Rule {

    @Override
    public String name() {
        return "CONTACT_HOURS";
    }

    @Override
    public Optional<Violation> check(RulePack pack, ProposedContact contact, ContactSituation situation) {
        if (!applies(pack, contact, situation)) {
            return Optional.empty();
        }
        ZoneId outside = hours(pack).firstZoneOutside(contact.at(), situation.zones());
        if (outside == null) {
            return Optional.empty();
        }
        return Optional.of(violation(pack, "outside the permitted hours " + Texts.time(pack.hoursStart()) + "–" + Texts.time(pack.hoursEnd())
                + " local time (" + Texts.time(contact.at(), outside) + " in " + outside + ")"));
    }

    @Override
    public Instant earliestSatisfied(RulePack pack, ProposedContact contact, ContactSituation situation) {
        return hours(pack).earliestInAll(contact.at(), situation.zones());
    }

    private static DailyWindow hours(RulePack pack) {
        return new DailyWindow(pack.hoursStart(), pack.hoursEnd());
    }

    private static boolean applies(RulePack pack, ProposedContact contact, ContactSituation situation) {
        if (contact.channel() == Channel.LETTER) {
            return false;
        }
        return !(pack.nightConsentLiftsHours() && situation.nightContactConsent());
    }
}
