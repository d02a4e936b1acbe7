package org.collections.contact.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import org.collections.commons.audit.AuditLog;
import org.collections.commons.problem.ProblemException;
import org.collections.contact.model.DebtorProfile;
import org.collections.contact.repository.DebtorProfileRepository;
import org.collections.contact.service.AuditSnapshots.ProfileSnapshot;
import org.collections.contact.service.ContactCommands.ContactProfileChange;

/**
 * A debtor's contact profile: the extra zones they may be in and the times and channels they stated. Guarded by its
 * version and audited; visible only to who may see one of the debtor's cases.
 */
@ApplicationScoped
public class ContactProfileService {

    @Inject
    DebtorProfileRepository profiles;

    @Inject
    ConsentService consents;

    @Inject
    ContactAccess access;

    @Inject
    AuditLog audit;

    @WithSession
    public Uni<DebtorProfile> get(UUID debtorId) {
        return access.requireDebtor(debtorId).chain(() -> profiles.findById(debtorId))
                .map(found -> found == null ? DebtorProfile.blank(debtorId) : found);
    }

    @WithTransaction
    public Uni<DebtorProfile> put(UUID debtorId, ContactProfileChange change, Integer expectedVersion, String actor) {
        return access.requireDebtor(debtorId).chain(() -> consents.profileToChange(debtorId)).chain(profile -> {
            if (expectedVersion != null && profile.version != expectedVersion) {
                throw ProblemException.preconditionFailed("The contact profile of debtor " + debtorId + " is at version "
                        + profile.version + ", not " + expectedVersion + "; reload it and retry");
            }
            ProfileSnapshot before = ProfileSnapshot.of(profile);
            profile.extraZones = String.join(",", change.extraZones());
            profile.stated(change.stated());
            return profiles.flush().chain(() -> audit.record(actor, "CONTACT_PROFILE_CHANGED", "debtor", debtorId,
                    change.reason(), before, ProfileSnapshot.of(profile))).replaceWith(profile);
        });
    }
}
