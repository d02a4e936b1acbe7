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
import org.collections.commons.tracing.TraceParents;

/**
 * Writes events in the caller's transaction: one event row plus one delivery row per subscriber of its type.
 * The {@link OutboxRelay} delivers them after commit; a rolled-back change never emits its event. Each event keeps the
 * trace context of the request that caused it, so that its deliveries belong to the same trace.
 */
@ApplicationScoped
public class Outbox {

    @Inject
    ObjectMapper mapper;

    @Inject
    OutboxConfig config;

    @Inject
    Clock clock;

    public Uni<UUID> publish(String eventType, Object aggregateId, Object payload) {
        return publishAll(eventType, List.of(new Pending(aggregateId, payload))).map(ids -> ids.get(0));
    }

    /** One event of a bulk publication: the aggregate it concerns and its payload. */
    public record Pending(Object aggregateId, Object payload) {
    }

    /** Publishes events of one type with two statements, however many there are (bulk imports). */
    public Uni<List<UUID>> publishAll(String eventType, List<Pending> events) {
        if (events.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        List<UUID> ids = new java.util.ArrayList<>();
        StringBuilder values = new StringBuilder();
        for (int i = 0; i < events.size(); i++) {
            ids.add(UUID.randomUUID());
            values.append(i == 0 ? "" : ", ").append("(:id").append(i).append(", :type, :source, :a").append(i)
                    .append(", :at, cast(cast(:p").append(i).append(" as text) as jsonb), nullif(cast(:trace as text), ''))");
        }
        List<String> subscribers = subscribersOf(eventType);
        String traceParent = TraceParents.current();
        return Panache.getSession().chain(session -> {
            var insert = session.createNativeQuery("insert into outbox_event "
                    + "(id, event_type, source, aggregate_id, occurred_at, payload, trace_parent) values " + values)
                    .setParameter("type", eventType)
                    .setParameter("source", config.source())
                    .setParameter("at", now)
                    .setParameter("trace", traceParent);
            for (int i = 0; i < events.size(); i++) {
                insert.setParameter("id" + i, ids.get(i))
                        .setParameter("a" + i, String.valueOf(events.get(i).aggregateId()))
                        .setParameter("p" + i, Json.write(mapper, events.get(i).payload()));
            }
            return insert.executeUpdate().chain(() -> subscribers.isEmpty() ? Uni.createFrom().item(0)
                    : session.createNativeQuery("""
                            insert into outbox_delivery (event_id, subscriber, aggregate_id, status, attempts, next_attempt_at)
                            select e.id, s.name, e.aggregate_id, 'PENDING', 0, now()
                              from outbox_event e cross join unnest(string_to_array(:subscribers, ',')) as s(name)
                             where e.id in (:ids)
                             order by e.aggregate_id, s.name
                            """)
                            .setParameter("subscribers", String.join(",", subscribers))
                            .setParameter("ids", ids)
                            .executeUpdate());
        }).replaceWith(ids);
    }

    private List<String> subscribersOf(String eventType) {
        return config.subscribers().entrySet().stream()
                .filter(e -> e.getValue().events().contains(eventType))
                .map(java.util.Map.Entry::getKey)
                .sorted()
                .toList();
    }
}
