package org.collections.gateway.webhooks.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import org.collections.gateway.webhooks.config.WebhooksConfig;
import org.collections.gateway.webhooks.repository.HeldEventRepository;
import org.jboss.logging.Logger;

/** Drops held events no placement event explained within the retention (safe on every replica: a plain delete). */
@ApplicationScoped
public class HeldEventPurge {

    private static final Logger LOG = Logger.getLogger(HeldEventPurge.class);

    @Inject
    HeldEventRepository held;

    @Inject
    WebhooksConfig config;

    @Inject
    Clock clock;

    @Scheduled(every = "10m", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public Uni<Void> purge() {
        return Panache.withTransaction(() -> held.receivedBefore(clock.instant().minus(config.heldEventRetention())))
                .invoke(dropped -> {
                    if (dropped > 0) {
                        LOG.debugf("Dropped %d held webhook event(s) no placement explained", dropped);
                    }
                })
                .onFailure().invoke(e -> LOG.warn("Purging held webhook events failed", e))
                .onFailure().recoverWithNull().replaceWithVoid();
    }
}
