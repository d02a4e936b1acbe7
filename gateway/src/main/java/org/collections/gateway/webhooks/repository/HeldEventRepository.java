package org.collections.gateway.webhooks.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.collections.gateway.webhooks.domain.HeldEvent;

/** Events waiting for a placement event that may explain them. */
@ApplicationScoped
public class HeldEventRepository implements PanacheRepositoryBase<HeldEvent, UUID> {

    public Uni<List<HeldEvent>> ofCase(UUID caseId) {
        return list("caseId = ?1 order by occurredAt", caseId);
    }

    /** Drops what was received before {@code cutoff}; returns how many. */
    public Uni<Long> receivedBefore(Instant cutoff) {
        return delete("receivedAt < ?1", cutoff);
    }
}
