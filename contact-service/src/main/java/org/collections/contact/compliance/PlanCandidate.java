package org.collections.contact.compliance;

import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What the daily plan knows of one case: the situation built from the same facts {@code ContactDecider} gathers for
 * a single decision ({@link SituationFacts}), and the contact points it may use.
 *
 * @param usablePointIds the debtor's VALID contact points for the planned channel, in the order to prefer them
 * @param situation      the facts the case is judged on
 */
public record PlanCandidate(UUID caseId, UUID debtorId, List<String> usablePointIds, ContactSituation situation) {

    /** A candidate whose debtor stated no times or channels and has no leases out. */
    public PlanCandidate(UUID caseId, UUID debtorId, List<ZoneId> zones, Set<Restriction> restrictions,
            Set<Channel> optedOutChannels, boolean nightContactConsent, List<String> usablePointIds,
            List<AttemptRecord> history) {
        this(caseId, debtorId, usablePointIds, new ContactSituation(zones, restrictions, ContactPointStatus.VALID,
                optedOutChannels, nightContactConsent, false, history));
    }
}
