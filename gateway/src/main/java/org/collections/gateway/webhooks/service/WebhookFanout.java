package org.collections.gateway.webhooks.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import org.collections.gateway.webhooks.domain.WebhookDelivery;
import org.collections.gateway.webhooks.repository.EndpointRepository;
import org.jboss.logging.Logger;

/** Queues one message for every active endpoint of an agency subscribed to its type, in the caller's transaction. */
@ApplicationScoped
public class WebhookFanout {

    private static final Logger LOG = Logger.getLogger(WebhookFanout.class);

    @Inject
    EndpointRepository endpoints;

    @Inject
    Clock clock;

    /** @param messageId stable across attempts and replays, so receivers can de-duplicate */
    public Uni<Integer> queue(String agencyId, String eventType, String messageId, String body) {
        Instant now = clock.instant();
        return endpoints.subscribed(agencyId, eventType).chain(targets -> {
            Uni<Void> chain = Uni.createFrom().voidItem();
            for (var endpoint : targets) {
                WebhookDelivery d = new WebhookDelivery();
                d.messageId = messageId;
                d.endpointId = endpoint.id;
                d.eventType = eventType;
                d.body = body;
                d.status = WebhookDelivery.Status.PENDING;
                d.createdAt = now;
                d.retryFrom = now;
                d.nextAttemptAt = now;
                chain = chain.chain(() -> d.persist()).replaceWithVoid();
            }
            LOG.debugf("%s %s queued for %d endpoint(s)", eventType, messageId, targets.size());
            return chain.replaceWith(targets.size());
        });
    }
}
