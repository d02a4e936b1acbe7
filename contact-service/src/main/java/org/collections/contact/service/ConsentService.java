package org.collections.contact.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import jakarta.persistence.LockModeType;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.collections.commons.rules.RuleViolation;
import org.collections.contact.compliance.Channel;
import org.collections.contact.model.Consent;
import org.collections.contact.compliance.ContactPointStatus;
import org.collections.contact.model.DebtorProfile;
import org.collections.contact.repository.ConsentRepository;
import org.collections.contact.repository.DebtorProfileRepository;
import org.collections.contact.service.ContactCommands.NewConsent;

/**
 * Records consent given or withdrawn (append-only) and applies it at once: night contact, opting a whole
 * channel in or out, or one contact point.
 */
@ApplicationScoped
public class ConsentService {

    @Inject
    ConsentRepository consents;

    @Inject
    DebtorProfileRepository profiles;

    @Inject
    ContactPointService points;

    @Inject
    ContactAccess access;

    @Inject
    Clock clock;

    @WithTransaction
    public Uni<Consent> record(NewConsent request, String actor) {
        if (request.kind() == Consent.Kind.CHANNEL && request.channel() == null) {
            throw new RuleViolation("channel", "is required for a CHANNEL consent");
        }
        if (request.kind() == Consent.Kind.CONTACT_POINT && request.contactPointId() == null) {
            throw new RuleViolation("contactPointId", "is required for a CONTACT_POINT consent");
        }
        Consent c = new Consent();
        c.debtorId = request.debtorId();
        c.kind = request.kind();
        c.channel = request.kind() == Consent.Kind.CHANNEL ? request.channel() : null;
        c.contactPointId = request.kind() == Consent.Kind.CONTACT_POINT ? request.contactPointId() : null;
        c.granted = request.granted();
        c.basis = request.basis();
        c.source = request.source();
        c.recordedAt = clock.instant();
        c.recordedBy = actor;
        return access.requireDebtor(request.debtorId())
                .chain(() -> apply(c, actor))
                .chain(() -> consents.persist(c));
    }

    private Uni<Void> apply(Consent c, String actor) {
        return switch (c.kind) {
            case CONTACT_POINT -> points.load(c.contactPointId).chain(p -> {
                if (!p.debtorId.equals(c.debtorId)) {
                    throw new RuleViolation("contactPointId", "belongs to another debtor");
                }
                return points.setStatus(p, c.granted ? ContactPointStatus.VALID : ContactPointStatus.OPTED_OUT,
                        "consent " + (c.granted ? "given" : "withdrawn") + ": " + c.basis, actor);
            }).replaceWithVoid();
            case NIGHT_CONTACT, CHANNEL -> profileToChange(c.debtorId).invoke(profile -> {
                if (c.kind == Consent.Kind.NIGHT_CONTACT) {
                    profile.nightContactConsent = c.granted;
                } else {
                    Set<Channel> optedOut = profile.optedOut().isEmpty() ? EnumSet.noneOf(Channel.class) : profile.optedOut();
                    if (c.granted) {
                        optedOut.remove(c.channel);
                    } else {
                        optedOut.add(c.channel);
                    }
                    profile.optedOut(optedOut);
                }
            }).replaceWithVoid();
        };
    }

    /** The debtor's profile as the rules read it: the stored one, else a blank one that is not stored. */
    public Uni<DebtorProfile> profileToRead(UUID debtorId) {
        return profiles.findById(debtorId).map(found -> found != null ? found : DebtorProfile.blank(debtorId));
    }

    /**
     * The debtor's stored profile, locked until the current transaction ends, to change in it; stored blank on first
     * use. Concurrent changes therefore apply one after the other, each to what the previous one left.
     */
    public Uni<DebtorProfile> profileToChange(UUID debtorId) {
        return profiles.storeBlankIfAbsent(debtorId)
                .chain(() -> profiles.findById(debtorId, LockModeType.PESSIMISTIC_WRITE));
    }

    @WithSession
    public Uni<List<Consent>> ofDebtor(UUID debtorId) {
        return access.requireDebtor(debtorId).chain(() -> consents.list("debtorId = ?1 order by id", debtorId));
    }
}
