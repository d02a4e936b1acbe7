package org.collections.contact.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.collections.commons.audit.AuditLog;
import org.collections.commons.problem.ProblemException;
import org.collections.contact.api.ApiFormats;
import org.collections.contact.api.ContactProfileRequests.ContactProfileUpdate;
import org.collections.contact.api.ContactProfileRequests.ContactProfileView;
import org.collections.contact.model.DebtorProfile;
import org.collections.contact.compliance.InvalidRuleParameterException;
import org.collections.contact.compliance.StatedPreferences;
import org.collections.contact.repository.DebtorProfileRepository;

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
    public Uni<ContactProfileView> get(UUID debtorId) {
        return access.requireDebtor(debtorId).chain(() -> profiles.findById(debtorId))
                .map(found -> view(found == null ? blank(debtorId) : found));
    }

    @WithTransaction
    public Uni<ContactProfileView> put(UUID debtorId, ContactProfileUpdate update, Integer expectedVersion,
            String actor) {
        List<String> zones = zones(update.extraZones());
        StatedPreferences stated = stated(update);
        return access.requireDebtor(debtorId).chain(() -> consents.profile(debtorId)).chain(profile -> {
            if (expectedVersion != null && profile.version != expectedVersion) {
                throw ProblemException.preconditionFailed("The contact profile of debtor " + debtorId + " is at version "
                        + profile.version + ", not " + expectedVersion + "; reload it and retry");
            }
            ContactProfileView before = view(profile);
            profile.extraZones = String.join(",", zones);
            profile.stated(stated);
            return profiles.flush().chain(() -> audit.record(actor, "CONTACT_PROFILE_CHANGED", "debtor", debtorId,
                    update.reason(), before, view(profile))).replaceWith(() -> view(profile));
        });
    }

    /** IANA region ids (fixed offsets like +08:00 are not where a person lives), without repeats. */
    private static List<String> zones(List<String> requested) {
        if (requested == null) {
            return List.of();
        }
        Set<String> zones = new LinkedHashSet<>();
        Set<String> known = ZoneId.getAvailableZoneIds();
        for (int i = 0; i < requested.size(); i++) {
            String zone = requested.get(i);
            if (zone == null || !known.contains(zone)) {
                throw ProblemException.unprocessableField("unknown-time-zone", "Unknown time zone", "extraZones[" + i + "]",
                        "is not an IANA time zone id like Europe/London");
            }
            zones.add(zone);
        }
        return new ArrayList<>(zones);
    }

    private static StatedPreferences stated(ContactProfileUpdate update) {
        if (update.statedChannels() != null && update.statedChannels().contains(null)) {
            throw ProblemException.invalidField("statedChannels", "must not contain null");
        }
        try {
            return new StatedPreferences(ApiFormats.time("statedNotBefore", update.statedNotBefore()),
                    ApiFormats.time("statedNotAfter", update.statedNotAfter()),
                    update.statedChannels() == null ? Set.of() : Set.copyOf(update.statedChannels()));
        } catch (InvalidRuleParameterException e) {
            throw ProblemException.unprocessableField("invalid-stated-times", "Invalid stated times", e.parameter(), e.getMessage());
        }
    }

    private static DebtorProfile blank(UUID debtorId) {
        DebtorProfile p = new DebtorProfile();
        p.debtorId = debtorId;
        return p;
    }

    static ContactProfileView view(DebtorProfile p) {
        StatedPreferences stated = p.stated();
        return new ContactProfileView(p.debtorId, p.extraZoneList(), ApiFormats.time(stated.notBefore()),
                ApiFormats.time(stated.notAfter()), stated.channels().stream().sorted().toList(), p.version);
    }
}
