package org.collections.commons.inbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import org.collections.commons.outbox.EventEnvelope;
import java.time.Instant;
import org.collections.commons.outbox.EventSigning;
import org.collections.commons.outbox.EventVerifier;
import org.collections.commons.outbox.EventsConfig;
import org.collections.commons.problem.ProblemException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.logging.Logger;

/**
 * Receives events from other services' outbox relays. The body (at most {@code events.max-body-bytes}, see
 * {@link InboxBodyLimit}) must be signed by a sender this service knows, within the replay window, and be of a
 * type that sender may send ({@link EventVerifier}). Each event id is applied at most once: a duplicate is
 * acknowledged and ignored.
 */
@Path(InboxResource.PATH)
@Tag(name = "Internal events", description = "Service-to-service event delivery (signed by each sender with its own key)")
public class InboxResource {

    public static final String PATH = "/internal/v1/events";

    private static final Logger LOG = Logger.getLogger(InboxResource.class);

    @Inject
    Inbox inbox;

    @Inject
    Instance<EventHandler> handlers;

    @Inject
    EventVerifier verifier;

    @Inject
    EventsConfig config;

    @Inject
    ObjectMapper mapper;

    public record Receipt(String eventId, boolean applied) {
    }

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Deliver an event", description = "Idempotent: a redelivered event id is acknowledged and ignored.")
    public Uni<Receipt> receive(@HeaderParam(EventSigning.KEY_ID_HEADER) String keyId,
            @HeaderParam(EventSigning.TIMESTAMP_HEADER) String timestamp,
            @HeaderParam(EventSigning.SIGNATURE_HEADER) String signature, String body) {
        if (body != null && body.length() > config.maxBodyBytes()) {
            throw new ProblemException(413, "payload-too-large", "Payload Too Large",
                    "An event may be at most " + config.maxBodyBytes() + " bytes");
        }
        String sender = verifier.verify(keyId, timestamp, signature, body, Instant.now());
        EventEnvelope event = parse(body);
        verifier.requireAllowed(sender, event.source(), event.type());
        return Panache.withTransaction(() -> inbox.firstDelivery(event.id(), event.type(), event.source())
                .chain(first -> {
                    if (!first) {
                        LOG.debugf("Duplicate event %s ignored", event.id());
                        return Uni.createFrom().item(new Receipt(event.id().toString(), false));
                    }
                    return apply(event).replaceWith(new Receipt(event.id().toString(), true));
                }));
    }

    private Uni<Void> apply(EventEnvelope event) {
        for (EventHandler handler : handlers) {
            if (handler.handles(event.type())) {
                return handler.apply(event);
            }
        }
        LOG.debugf("No handler for event type %s; acknowledged", event.type());
        return Uni.createFrom().voidItem();
    }

    private EventEnvelope parse(String body) {
        try {
            EventEnvelope event = mapper.readValue(body, EventEnvelope.class);
            if (event.id() == null || event.type() == null || event.payload() == null) {
                throw ProblemException.badRequest("An event needs id, type and payload");
            }
            return event;
        } catch (IOException e) {
            throw ProblemException.badRequest("Unreadable event");
        }
    }
}
