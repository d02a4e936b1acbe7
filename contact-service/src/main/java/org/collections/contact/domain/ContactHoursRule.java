package org.collections.contact.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * Contact only within the permitted local hours in every zone the debtor may be in. Letters are exempt: they are
 * not received at the moment they are sent.
 */
final class ContactHoursRule implements Rule {

    /** Beyond this many zone hops the zones' windows do not intersect. */
    private static final int MAX_HOPS = 64;

    @Override
    public String name() {
        return "CONTACT_HOURS";
    }

    @Override
    public Optional<Violation> check(RulePack pack, ProposedContact contact, ContactSituation situation) {
        if (!applies(pack, contact, situation)) {
            return Optional.empty();
        }
        Instant at = contact.at();
        for (ZoneId zone : situation.zones()) {
            if (!withinHours(pack, at, zone)) {
                LocalTime local = at.atZone(zone).toLocalTime();
                return Optional.of(violation(pack, "outside the permitted hours " + pack.hoursStart() + "–"
                        + pack.hoursEnd() + " local time (" + local + " in " + zone + "); "
                        + Texts.nextPermitted(earliestSatisfied(pack, contact, situation))));
            }
        }
        return Optional.empty();
    }

    @Override
    public Instant earliestSatisfied(RulePack pack, ProposedContact contact, ContactSituation situation) {
        Instant candidate = contact.at();
        for (int hop = 0; hop < MAX_HOPS; hop++) {
            Instant latestOpening = candidate;
            for (ZoneId zone : situation.zones()) {
                if (!withinHours(pack, candidate, zone)) {
                    Instant opening = nextOpening(pack, candidate, zone);
                    latestOpening = opening.isAfter(latestOpening) ? opening : latestOpening;
                }
            }
            if (latestOpening.equals(candidate)) {
                return candidate;
            }
            candidate = latestOpening;
        }
        return null;
    }

    static boolean withinHours(RulePack pack, Instant at, ZoneId zone) {
        LocalTime local = at.atZone(zone).toLocalTime();
        return !local.isBefore(pack.hoursStart()) && local.isBefore(pack.hoursEnd());
    }

    private static boolean applies(RulePack pack, ProposedContact contact, ContactSituation situation) {
        if (contact.channel() == Channel.LETTER) {
            return false;
        }
        return !(pack.nightConsentLiftsHours() && situation.nightContactConsent());
    }

    /** The next start of the permitted hours after {@code at}, which lies outside them in {@code zone}. */
    private static Instant nextOpening(RulePack pack, Instant at, ZoneId zone) {
        ZonedDateTime local = at.atZone(zone);
        LocalDate day = local.toLocalTime().isBefore(pack.hoursStart())
                ? local.toLocalDate()
                : local.toLocalDate().plusDays(1);
        // ZonedDateTime.of moves a start falling into a DST gap forward by the gap's length.
        return ZonedDateTime.of(day, pack.hoursStart(), zone).toInstant();
    }
}
