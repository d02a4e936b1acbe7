package org.collections.contact.compliance;

import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What the daily plan knows of one case: the same facts {@code ContactDecider} gathers for a single decision.
 *
 * @param zones               the debtor's possible time zones (the case's zone first, then the profile's extra ones)
 * @param usablePointIds      the debtor's VALID contact points for the planned channel, in the order to prefer them
 * @param history             the debtor's attempts (all cases, the lender and all agencies) of the last 31 days
 */
public record PlanCandidate(UUID caseId, UUID debtorId, List<ZoneId> zones, Set<Restriction> restrictions,
        Set<Channel> optedOutChannels, boolean nightContactConsent, List<String> usablePointIds,
        List<AttemptRecord> history) {
}
