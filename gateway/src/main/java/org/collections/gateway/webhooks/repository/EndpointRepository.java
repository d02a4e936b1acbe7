package org.collections.gateway.webhooks.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.collections.gateway.webhooks.domain.WebhookEndpoint;
import org.collections.gateway.webhooks.domain.WebhookEndpoint.Status;

@ApplicationScoped
public class EndpointRepository implements PanacheRepositoryBase<WebhookEndpoint, UUID> {

    /** The active endpoints of an agency that subscribed to {@code eventType}. */
    public Uni<List<WebhookEndpoint>> subscribed(String agencyId, String eventType) {
        return list("agencyId = ?1 and status = ?2", agencyId, Status.ACTIVE)
                .map(all -> all.stream().filter(e -> e.eventTypeList().contains(eventType)).toList());
    }

    public Uni<Long> countLive(String agencyId) {
        return count("agencyId = ?1 and status <> ?2", agencyId, Status.DELETED);
    }

    /**
     * A page (up to {@code limit + 1} rows) of endpoints that are not deleted, of one agency or of all (null), after
     * the keyset ({@code createdAt}, {@code id}) of the previous page (null for the first).
     */
    public Uni<List<WebhookEndpoint>> page(String agencyId, Instant afterCreatedAt, UUID afterId, int limit) {
        StringBuilder query = new StringBuilder("status <> :deleted");
        Parameters params = Parameters.with("deleted", Status.DELETED);
        if (agencyId != null) {
            query.append(" and agencyId = :agency");
            params.and("agency", agencyId);
        }
        if (afterCreatedAt != null) {
            query.append(" and (createdAt > :at or (createdAt = :at and id > :id))");
            params.and("at", afterCreatedAt).and("id", afterId);
        }
        query.append(" order by createdAt, id");
        return find(query.toString(), params).page(0, limit + 1).list();
    }
}
