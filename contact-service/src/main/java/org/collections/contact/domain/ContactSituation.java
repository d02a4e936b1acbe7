package org.collections.contact.domain;

import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/**
 * What is known when a contact is judged.
 *
 * @param zones                   the debtor's possible time zones: a time is permitted only if permitted in all
 * @param restrictions            case restrictions (dispute, cease, pause, closed, …)
 * @param contactPointStatus      status of the contact point to be used (VALID when none applies)
 * @param optedOutChannels        channels the debtor opted out of entirely
 * @param nightContactConsent     the debtor agreed to be contacted at night (CN)
 * @param debtorNumbersInvalid    every phone number of the debtor is known to be invalid (CN third-party gate)
 * @param history                 the debtor's attempt ledger (all cases, the lender and all agencies), any order
 */
public record ContactSituation(List<ZoneId> zones, Set<Restriction> restrictions, ContactPointStatus contactPointStatus,
        Set<Channel> optedOutChannels, boolean nightContactConsent, boolean debtorNumbersInvalid,
        List<AttemptRecord> history) {
}
