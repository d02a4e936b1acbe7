package org.collections.commons.outbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.collections.commons.json.Json;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * Writes events in the caller's transaction: one event row plus one delivery row per subscriber of its type.
 * The {@link OutboxRelay} delivers them after commit; a rolled-back change never emits its event.
 */
@ApplicationScoped
public class Outbox {

    @Inject
    ObjectMapper mapper;

    @Inject
    OutboxConfig config;

    @Inject
    Clock clock;

    private static Uni<Integer> insertDeliveries(Mutiny.Session session, UUID id, String aggregateId,
            List<String> subscribers) {
        if (subscribers.isEmpty()) {
            return Uni.createFrom().item(0);
        }
        StringBuilder values = new StringBuilder();
        for (int i = 0; i < subscribers.size(); i++) {
            values.append(i == 0 ? "" : ", ").append("(:id, :s").append(i).append(", :aggregate, 'PENDING', 0, now())");
        }
        var query = session.createNativeQuery("insert into outbox_delivery "
                + "(event_id, subscriber, aggregate_id, status, attempts, next_attempt_at) values " + values)
                .setParameter("id", id)
                .setParameter("aggregate", aggregateId);
        for (int i = 0; i < subscribers.size(); i++) {
            query.setParameter("s" + i, subscribers.get(i));
        }
        return query.executeUpdate();
    }

    public Uni<UUID> publish(String eventType, Object aggregateId, Object payload) {
        UUID id = UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        List<String> subscribers = config.subscribers().entrySet().stream()
                .filter(e -> e.getValue().events().contains(eventType))
                .map(e -> e.getKey())
                .sorted()
                .toList();
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                insert into outbox_event (id, event_type, source, aggregate_id, occurred_at, payload)
                values (:id, :type, :source, :aggregate, :at, cast(cast(:payload as text) as jsonb))
                """)
                .setParameter("id", id)
                .setParameter("type", eventType)
                .setParameter("source", config.source())
                .setParameter("aggregate", String.valueOf(aggregateId))
                .setParameter("at", now)
                .setParameter("payload", Json.write(mapper, payload))
                .executeUpdate()
                .chain(() -> insertDeliveries(session, id, String.valueOf(aggregateId), subscribers)))
                .replaceWith(id);
    }
}
