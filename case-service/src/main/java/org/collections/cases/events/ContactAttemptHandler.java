package org.collections.cases.events;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.UUID;
import org.collections.cases.repository.CaseOutcomeRepository;
import org.collections.cases.repository.CaseOutcomeRepository.NewOutcome;
import org.collections.cases.repository.CaseRepository;
import org.collections.cases.scoring.CaseHistory.Kind;
import org.collections.commons.inbox.EventHandler;
import org.collections.commons.json.Json;
import org.collections.commons.outbox.EventEnvelope;
import org.jboss.logging.Logger;

/**
 * Adds contact-service's ContactAttempted events to the case's outcome history: a conversation with the debtor as a
 * RIGHT_PARTY_CONTACT, any other attempt as a CONTACT_ATTEMPT, with the channel, agency and collector.
 */
@ApplicationScoped
public class ContactAttemptHandler implements EventHandler {

    public static final String TYPE = "ContactAttempted";

    private static final Logger LOG = Logger.getLogger(ContactAttemptHandler.class);

    @Inject
    CaseRepository cases;

    @Inject
    CaseOutcomeRepository outcomes;

    @Override
    public boolean handles(String eventType) {
        return TYPE.equals(eventType);
    }

    @Override
    public Uni<Void> apply(EventEnvelope event) {
        JsonNode p = event.payload();
        UUID caseId = UUID.fromString(p.path("caseId").asText());
        return cases.findById(caseId).chain(c -> {
            if (c == null) {
                LOG.warnf("ContactAttempted %s names unknown case %s; ignored", event.id(), caseId);
                return Uni.createFrom().voidItem();
            }
            Kind kind = p.path("rightPartyContact").asBoolean() ? Kind.RIGHT_PARTY_CONTACT : Kind.CONTACT_ATTEMPT;
            Instant at = p.hasNonNull("at") ? Instant.parse(p.path("at").asText()) : event.occurredAt();
            boolean inbound = "INBOUND".equals(Json.textOrNull(p, "direction"));
            return outcomes.record(new NewOutcome(caseId, kind, null, at, Json.textOrNull(p, "channel"), inbound,
                    p.path("compliant").asBoolean(true), Json.textOrNull(p, "agencyId"),
                    Json.textOrNull(p, "collector"), event.id()));
        });
    }
}
