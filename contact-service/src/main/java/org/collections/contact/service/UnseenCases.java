package org.collections.contact.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.UUID;
import org.collections.contact.client.CaseDirectory;
import org.collections.contact.client.CaseSnapshot;
import org.collections.contact.model.Contactability;
import org.collections.contact.repository.ContactabilityRepository;

/**
 * Cases the replica has not heard of yet (their events are still on the way, or were never sent): asked of
 * case-service and added to the replica, so contact decisions need not wait for the event feed.
 */
@ApplicationScoped
public class UnseenCases {

    @Inject
    CaseDirectory cases;

    @Inject
    ContactabilityRepository replica;

    @Inject
    Clock clock;

    /** The case as now in the replica, or null when case-service does not know it (or the caller may not see it). */
    public Uni<Contactability> fetch(UUID caseId) {
        return cases.find(caseId).chain(found -> found.isEmpty() ? Uni.createFrom().nullItem()
                : replica.insertIfAbsent(contactability(found.get())).chain(() -> replica.findById(caseId)));
    }

    Contactability contactability(CaseSnapshot snapshot) {
        Contactability c = new Contactability();
        c.caseId = snapshot.id();
        c.debtorId = snapshot.debtorId();
        c.creditorId = snapshot.creditorId();
        c.status = snapshot.status() == null ? "UNKNOWN" : snapshot.status();
        c.jurisdiction = snapshot.debtor() == null ? null : snapshot.debtor().jurisdiction();
        c.timeZone = snapshot.debtor() == null ? null : snapshot.debtor().timeZone();
        c.restrictions(snapshot.restrictionSet());
        c.agencyId = snapshot.agencyId();
        c.caseVersion = snapshot.version();
        c.updatedAt = clock.instant();
        return c;
    }
}
