package org.collections.contact.events;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import org.collections.commons.inbox.EventHandler;
import org.collections.commons.outbox.EventEnvelope;
import org.collections.commons.problem.ProblemException;
import org.collections.contact.service.PersonalDataErasure;

/** case-service's {@code PersonalDataErased}: a closed case's personal data went after retention; ours goes too. */
@ApplicationScoped
public class PersonalDataErasedHandler implements EventHandler {

    static final String TYPE = "PersonalDataErased";

    @Inject
    PersonalDataErasure erasure;

    @Override
    public boolean handles(String eventType) {
        return TYPE.equals(eventType);
    }

    @Override
    public Uni<Void> apply(EventEnvelope event) {
        JsonNode p = event.payload();
        UUID caseId;
        UUID debtorId;
        try {
            caseId = UUID.fromString(p.path("caseId").asText());
            debtorId = UUID.fromString(p.path("debtorId").asText());
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("Malformed PersonalDataErased event");
        }
        return erasure.erase(caseId, debtorId, p.path("debtorErased").asBoolean(false));
    }
}
