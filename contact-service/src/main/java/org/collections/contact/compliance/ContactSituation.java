package org.collections.contact.compliance;

import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/**
 * What is known when a contact is judged.
 *
 * @param zones                   the debtor's possible time zones: a time is permitted only if permitted in all;
 *                                the first is the case's own zone, in which times are explained
 * @param restrictions            case restrictions (dispute, cease, pause, closed, …)
 * @param contactPointStatus      status of the contact point to be used (VALID when none applies)
 * @param optedOutChannels        channels the debtor opted out of entirely
 * @param nightContactConsent     the debtor agreed to be contacted at night (CN)
 * @param debtorNumbersInvalid    every phone number of the debtor is known to be invalid (CN third-party gate)
 * @param history                 the debtor's attempt ledger (all cases, the lender and all agencies), any order;
 *                                for the case itself it must also hold its first communication with the debtor
 *                                and its validation notices, however old
 * @param stated                  the debtor's stated contact times and channels
 * @param inFlight                the debtor's dispatch leases that are out, other than the one being judged
 */
public record ContactSituation(List<ZoneId> zones, Set<Restriction> restrictions, ContactPointStatus contactPointStatus,
        Set<Channel> optedOutChannels, boolean nightContactConsent, boolean debtorNumbersInvalid,
        List<AttemptRecord> history, StatedPreferences stated, List<LeaseInFlight> inFlight) {

    public ContactSituation {
        stated = stated == null ? StatedPreferences.none() : stated;
        inFlight = inFlight == null ? List.of() : List.copyOf(inFlight);
    }

    /** A situation without leases in flight. */
    public ContactSituation(List<ZoneId> zones, Set<Restriction> restrictions, ContactPointStatus contactPointStatus,
            Set<Channel> optedOutChannels, boolean nightContactConsent, boolean debtorNumbersInvalid,
            List<AttemptRecord> history, StatedPreferences stated) {
        this(zones, restrictions, contactPointStatus, optedOutChannels, nightContactConsent, debtorNumbersInvalid,
                history, stated, List.of());
    }

    /** A situation in which the debtor stated no contact times or channels. */
    public ContactSituation(List<ZoneId> zones, Set<Restriction> restrictions, ContactPointStatus contactPointStatus,
            Set<Channel> optedOutChannels, boolean nightContactConsent, boolean debtorNumbersInvalid,
            List<AttemptRecord> history) {
        this(zones, restrictions, contactPointStatus, optedOutChannels, nightContactConsent, debtorNumbersInvalid,
                history, StatedPreferences.none(), List.of());
    }

    /** The zone times are explained in: the case's own. */
    public ZoneId explanationZone() {
        return zones.get(0);
    }
}
