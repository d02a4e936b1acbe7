package org.collections.contact.compliance;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The loaded facts about a case and its debtor from which the one {@link ContactSituation} a contact is judged on
 * is built — by the decision API, scheduling, dispatch and the daily plan alike.
 *
 * @param caseTimeZone        the case's IANA zone (UTC when unknown)
 * @param extraZones          further zones the debtor may be in (their profile)
 * @param restrictions        the case's restrictions
 * @param nightContactConsent the debtor agreed to contact at night
 * @param optedOutChannels    channels the debtor opted out of
 * @param stated              the debtor's stated contact times and channels
 * @param pointStatus         the status of the contact point to be used (VALID when none is named)
 * @param phoneStatuses       the statuses of all of the debtor's phone numbers
 * @param history             the debtor's attempts (see {@link ContactSituation#history()})
 * @param inFlight            the debtor's leases that are out, other than the one being judged
 */
public record SituationFacts(String caseTimeZone, List<String> extraZones, Set<Restriction> restrictions,
        boolean nightContactConsent, Set<Channel> optedOutChannels, StatedPreferences stated,
        ContactPointStatus pointStatus, List<ContactPointStatus> phoneStatuses, List<AttemptRecord> history,
        List<LeaseInFlight> inFlight) {

    /**
     * The situation these facts describe.
     *
     * @throws java.time.DateTimeException when a zone is not a valid IANA zone
     */
    public ContactSituation situation() {
        List<ZoneId> zones = new ArrayList<>();
        zones.add(ZoneId.of(caseTimeZone == null ? "UTC" : caseTimeZone));
        if (extraZones != null) {
            extraZones.forEach(z -> zones.add(ZoneId.of(z)));
        }
        boolean numbersInvalid = phoneStatuses != null && !phoneStatuses.isEmpty()
                && phoneStatuses.stream().allMatch(s -> s == ContactPointStatus.INVALID);
        return new ContactSituation(List.copyOf(zones), restrictions == null ? Set.of() : Set.copyOf(restrictions),
                pointStatus == null ? ContactPointStatus.VALID : pointStatus,
                optedOutChannels == null ? Set.of() : Set.copyOf(optedOutChannels), nightContactConsent,
                numbersInvalid, history == null ? List.of() : history, stated, inFlight);
    }
}
