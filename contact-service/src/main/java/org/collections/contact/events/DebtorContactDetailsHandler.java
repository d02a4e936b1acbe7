package org.collections.contact.events;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.collections.commons.inbox.EventHandler;
import org.collections.commons.outbox.EventEnvelope;
import org.collections.commons.pii.TransitCipher;
import org.collections.contact.model.ContactPoint;
import org.collections.contact.service.ContactPointService;

/**
 * Takes a debtor's phone numbers and e-mails from case-service's {@code DebtorContactDetailsChanged}: each value
 * arrives under the transit key, is decrypted here and stored under contact-service's own key as a VALID contact
 * point of source {@code case}. A value the debtor already has adds nothing; points are never removed, so what the
 * lender entered by hand (or marked invalid or opted out) stays as it is.
 */
@ApplicationScoped
public class DebtorContactDetailsHandler implements EventHandler {

    static final String TYPE = "DebtorContactDetailsChanged";

    @Inject
    TransitCipher transit;

    @Inject
    ContactPointService points;

    @Override
    public boolean handles(String eventType) {
        return TYPE.equals(eventType);
    }

    @Override
    public Uni<Void> apply(EventEnvelope event) {
        JsonNode p = event.payload();
        UUID debtorId = UUID.fromString(p.path("debtorId").asText());
        String reason = "debtor details of case " + p.path("caseId").asText() + " (case version "
                + p.path("caseVersion").asText() + ")";
        List<String> phones = decrypted(p.path("phones"));
        List<String> emails = decrypted(p.path("emails"));
        return points.adoptFromCase(debtorId, ContactPoint.Kind.PHONE, phones, event.source(), reason)
                .chain(() -> points.adoptFromCase(debtorId, ContactPoint.Kind.EMAIL, emails, event.source(), reason))
                .replaceWithVoid();
    }

    private List<String> decrypted(JsonNode values) {
        List<String> plain = new ArrayList<>();
        values.forEach(v -> {
            if (v.isTextual() && !v.asText().isBlank()) {
                plain.add(transit.decrypt(v.asText()));
            }
        });
        return plain;
    }
}
