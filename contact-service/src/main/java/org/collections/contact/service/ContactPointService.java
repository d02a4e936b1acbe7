package org.collections.contact.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.collections.commons.audit.AuditLog;
import org.collections.commons.contactpoints.ContactAddresses;
import org.collections.commons.pii.BlindIndex;
import org.collections.commons.pii.FieldCipher;
import org.collections.commons.pii.Masking;
import org.collections.commons.problem.ProblemException;
import org.collections.commons.rules.RuleViolation;
import org.collections.contact.model.ContactPoint;
import org.collections.contact.compliance.ContactPointStatus;
import org.collections.contact.repository.ContactPointRepository;
import org.collections.contact.service.ContactCommands.NewContactPoint;

/** A debtor's phone numbers, e-mails and addresses, each with its own status; values encrypted at rest. */
@ApplicationScoped
public class ContactPointService {

    @Inject
    ContactPointRepository points;

    @Inject
    ContactAccess access;

    @Inject
    FieldCipher cipher;

    @Inject
    BlindIndex blindIndex;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** A contact point with its value as the caller may see it: in clear, or masked for agencies. */
    public record Shown(ContactPoint point, String value) {
    }

    @WithTransaction
    public Uni<Shown> add(NewContactPoint request, String actor) {
        String value = normalised(request.kind(), request.value());
        if (value == null) {
            throw new RuleViolation("validation", "Validation failed", "value",
                    request.kind() == ContactPoint.Kind.PHONE ? ContactAddresses.PHONE_MESSAGE : ContactAddresses.EMAIL_MESSAGE);
        }
        String index = index(request.kind(), value);
        return access.requireDebtor(request.debtorId())
                .chain(() -> points.find("debtorId = ?1 and kind = ?2 and valueIndex = ?3", request.debtorId(),
                        request.kind(), index).<ContactPoint>firstResult())
                .chain(existing -> {
                    if (existing != null) {
                        throw ProblemException.conflict("contact-point-exists", "The debtor already has this "
                                + request.kind() + ": " + existing.id);
                    }
                    ContactPoint p = new ContactPoint();
                    p.id = UUID.randomUUID();
                    p.debtorId = request.debtorId();
                    p.kind = request.kind();
                    p.valueCipher = cipher.encrypt(value);
                    p.valueIndex = index;
                    p.label = request.label();
                    p.status = ContactPointStatus.VALID;
                    p.source = ContactPoint.SOURCE_LENDER;
                    p.createdAt = clock.instant();
                    p.updatedAt = p.createdAt;
                    return points.persist(p)
                            .chain(() -> audit.record(actor, "CONTACT_POINT_ADDED", "debtor", p.debtorId, "contact point "
                                    + p.id, null, Map.of("contactPointId", p.id, "kind", p.kind)))
                            .replaceWith(() -> view(p));
                });
    }

    /**
     * Adds the debtor details case-service sent (source {@code case}) in the caller's transaction, once each: a value
     * the debtor already has — from an earlier event or entered by hand — adds nothing, and nothing is ever removed.
     * Returns how many were added.
     */
    public Uni<Integer> adoptFromCase(UUID debtorId, ContactPoint.Kind kind, List<String> values, String actor,
            String reason) {
        Map<String, String> byIndex = new java.util.LinkedHashMap<>();
        // case-service validates what it sends; a value stored there before it did, and not valid, is left out
        values.stream().map(v -> normalised(kind, v)).filter(v -> v != null)
                .forEach(v -> byIndex.putIfAbsent(index(kind, v), v));
        if (byIndex.isEmpty()) {
            return Uni.createFrom().item(0);
        }
        return points.list("debtorId = ?1 and kind = ?2 and valueIndex in ?3", debtorId, kind, List.copyOf(byIndex.keySet()))
                .chain(existing -> {
                    existing.forEach(p -> byIndex.remove(p.valueIndex));
                    List<ContactPoint> added = byIndex.entrySet().stream().map(e -> {
                        ContactPoint p = new ContactPoint();
                        p.id = UUID.randomUUID();
                        p.debtorId = debtorId;
                        p.kind = kind;
                        p.valueCipher = cipher.encrypt(e.getValue());
                        p.valueIndex = e.getKey();
                        p.status = ContactPointStatus.VALID;
                        p.source = ContactPoint.SOURCE_CASE;
                        p.createdAt = clock.instant();
                        p.updatedAt = p.createdAt;
                        return p;
                    }).toList();
                    Uni<Void> chain = Uni.createFrom().voidItem();
                    for (ContactPoint p : added) {
                        chain = chain.chain(() -> points.persist(p)).chain(() -> audit.record(actor, "CONTACT_POINT_ADDED",
                                "debtor", p.debtorId, reason, null, Map.of("contactPointId", p.id, "kind", p.kind,
                                        "source", p.source))).replaceWithVoid();
                    }
                    return chain.replaceWith(added.size());
                });
    }

    @WithTransaction
    public Uni<Shown> changeStatus(UUID id, ContactPointStatus status, String reason, String actor) {
        return load(id).chain(p -> setStatus(p, status, reason, actor)).map(this::view);
    }

    /** Sets a contact point's status in the caller's transaction (also used by consents and attempt outcomes). */
    public Uni<ContactPoint> setStatus(ContactPoint p, ContactPointStatus status, String reason, String actor) {
        ContactPointStatus before = p.status;
        if (before == status) {
            return Uni.createFrom().item(p);
        }
        p.status = status;
        p.updatedAt = clock.instant();
        return points.flush().chain(() -> audit.record(actor, "CONTACT_POINT_STATUS", "debtor", p.debtorId, reason,
                Map.of("contactPointId", p.id, "status", before), Map.of("contactPointId", p.id, "status", status)))
                .replaceWith(p);
    }

    public Uni<ContactPoint> load(UUID id) {
        return points.findById(id).chain(p -> {
            if (p == null) {
                throw ProblemException.notFound("Contact point", id);
            }
            return access.requireDebtor(p.debtorId).replaceWith(p);
        });
    }

    @WithSession
    public Uni<List<Shown>> ofDebtor(UUID debtorId) {
        return access.requireDebtor(debtorId)
                .chain(() -> points.list("debtorId = ?1 order by createdAt, id", debtorId))
                .map(list -> list.stream().map(this::view).toList());
    }

    /** A phone in E.164, an e-mail with its domain in lower case, a postal address stripped; null when invalid. */
    private static String normalised(ContactPoint.Kind kind, String value) {
        return switch (kind) {
            case PHONE -> ContactAddresses.e164(value);
            case EMAIL -> ContactAddresses.email(value);
            case POSTAL -> value == null || value.isBlank() ? null : value.strip();
        };
    }

    private String index(ContactPoint.Kind kind, String value) {
        return switch (kind) {
            case PHONE -> blindIndex.phone(value);
            case EMAIL -> blindIndex.email(value);
            case POSTAL -> blindIndex.text("postal", value);
        };
    }

    private Shown view(ContactPoint p) {
        String value = cipher.decrypt(p.valueCipher);
        String shown = !access.masked() ? value : p.kind == ContactPoint.Kind.EMAIL ? Masking.maskEmail(value) : Masking.mask(value);
        return new Shown(p, shown);
    }
}
