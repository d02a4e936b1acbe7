package org.collections.commons.outbox;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.collections.commons.audit.AuditLog;
import org.collections.commons.http.CursorPage;
import org.collections.commons.http.Cursors;
import org.collections.commons.problem.ProblemException;

/**
 * What an admin sees and decides about this service's deliveries: the parked ones are replayed (queued again, sent
 * by the relay with a fresh signature) or skipped (never sent; the later events of the aggregate go on). Both only
 * from PARKED, both audited with the admin's reason.
 */
@ApplicationScoped
public class OutboxDeliveries {

    public static final Set<String> STATUSES = Set.of("PENDING", "PARKED", "DELIVERED", "SKIPPED");

    @Inject
    AuditLog audit;

    /** One delivery of an event to one subscriber. {@code heldBack}: later deliveries of its aggregate it holds back. */
    public record Delivery(long id, UUID eventId, String eventType, String aggregateId, String subscriber, String status,
            int attempts, int refusals, String lastError, Instant occurredAt, Instant parkedAt, Instant deliveredAt,
            long heldBack) {
    }

    /** Deliveries in id order, optionally of one status, subscriber and aggregate. */
    @SuppressWarnings("unchecked")
    public Uni<CursorPage<Delivery>> list(String status, String subscriber, String aggregateId, Integer limit,
            String cursor) {
        if (status != null && !STATUSES.contains(status)) {
            throw ProblemException.invalidField("status", "must be one of PENDING, PARKED, DELIVERED, SKIPPED");
        }
        int size = Cursors.limit(limit);
        List<String> after = Cursors.decode(cursor, 1);
        long afterId = after == null ? 0 : parseCursor(after.get(0));
        StringBuilder where = new StringBuilder("d.id > :after");
        Map<String, Object> parameters = new java.util.HashMap<>(Map.of("after", afterId, "size", size + 1));
        if (status != null) {
            where.append(" and d.status = :status");
            parameters.put("status", status);
        }
        if (subscriber != null) {
            where.append(" and d.subscriber = :subscriber");
            parameters.put("subscriber", subscriber);
        }
        if (aggregateId != null) {
            where.append(" and d.aggregate_id = :aggregate");
            parameters.put("aggregate", aggregateId);
        }
        return Panache.withSession(() -> Panache.getSession().chain(session -> {
            var query = session.createNativeQuery(SELECT + " where " + where + " order by d.id limit :size");
            parameters.forEach(query::setParameter);
            return query.getResultList();
        })).map(rows -> CursorPage.of(((List<Object[]>) (List<?>) rows).stream().map(OutboxDeliveries::toDelivery)
                .toList(), size, d -> Cursors.encode(Long.toString(d.id()))));
    }

    public Uni<Delivery> get(long id) {
        return Panache.withSession(() -> find(id)).map(found -> {
            if (found == null) {
                throw ProblemException.notFound("Delivery", id);
            }
            return found;
        });
    }

    /** Queues a parked delivery again, as if new: its refusals start from zero. */
    public Uni<Delivery> replay(String actor, long id, String reason) {
        return decide(actor, id, reason, "PENDING", "OUTBOX_DELIVERY_REPLAYED", """
                update outbox_delivery set status = 'PENDING', refusals = 0, parked_at = null, next_attempt_at = now()
                 where id = :id and status = 'PARKED'
                """);
    }

    /** Gives a parked delivery up: the subscriber never gets this event, and the later ones of its aggregate go on. */
    public Uni<Delivery> skip(String actor, long id, String reason) {
        return decide(actor, id, reason, "SKIPPED", "OUTBOX_DELIVERY_SKIPPED", """
                update outbox_delivery set status = 'SKIPPED' where id = :id and status = 'PARKED'
                """);
    }

    private Uni<Delivery> decide(String actor, long id, String reason, String to, String action, String update) {
        return Panache.withTransaction(() -> find(id).chain(before -> {
            if (before == null) {
                throw ProblemException.notFound("Delivery", id);
            }
            if (!"PARKED".equals(before.status())) {
                throw ProblemException.conflict("delivery-not-parked",
                        "Delivery " + id + " is " + before.status() + "; only a PARKED delivery can be replayed or skipped");
            }
            return Panache.getSession().chain(s -> s.createNativeQuery(update).setParameter("id", id).executeUpdate())
                    .chain(changed -> {
                        if (changed == 0) {
                            throw ProblemException.conflict("delivery-not-parked",
                                    "Delivery " + id + " was just decided by someone else");
                        }
                        return audit.record(actor, action, "outbox_delivery", id, reason, stateOf(before),
                                Map.of("status", to));
                    })
                    .chain(() -> find(id));
        }));
    }

    private static Map<String, Object> stateOf(Delivery d) {
        Map<String, Object> state = new java.util.LinkedHashMap<>();
        state.put("status", d.status());
        state.put("eventId", d.eventId().toString());
        state.put("eventType", d.eventType());
        state.put("subscriber", d.subscriber());
        state.put("attempts", d.attempts());
        state.put("lastError", d.lastError());
        return state;
    }

    @SuppressWarnings("unchecked")
    private Uni<Delivery> find(long id) {
        return Panache.getSession().chain(s -> s.createNativeQuery(SELECT + " where d.id = :id")
                .setParameter("id", id).getResultList())
                .map(rows -> rows.isEmpty() ? null : toDelivery((Object[]) rows.get(0)));
    }

    private static final String SELECT = """
            select d.id, e.id as event_id, e.event_type, d.aggregate_id, d.subscriber, d.status, d.attempts, d.refusals,
                   d.last_error, e.occurred_at, d.parked_at, d.delivered_at,
                   case when d.status = 'PARKED' then (select count(*) from outbox_delivery later
                         where later.subscriber = d.subscriber and later.aggregate_id = d.aggregate_id
                           and later.status in ('PENDING', 'PARKED') and later.id > d.id) else 0 end
              from outbox_delivery d join outbox_event e on e.id = d.event_id
            """;

    private static Delivery toDelivery(Object[] row) {
        return new Delivery(((Number) row[0]).longValue(), (UUID) row[1], (String) row[2], (String) row[3],
                (String) row[4], (String) row[5], ((Number) row[6]).intValue(), ((Number) row[7]).intValue(),
                (String) row[8], instant(row[9]), instant(row[10]), instant(row[11]), ((Number) row[12]).longValue());
    }

    private static Instant instant(Object value) {
        return value == null ? null : ((OffsetDateTime) value).toInstant();
    }

    private static long parseCursor(String key) {
        try {
            return Long.parseLong(key);
        } catch (NumberFormatException e) {
            throw ProblemException.invalidField("cursor", "is not a cursor this API returned; start again without it");
        }
    }

    /** A delivery id from a path: a positive number, or 404 (no such delivery) rather than a 500. */
    public static long deliveryId(String id) {
        try {
            long value = Long.parseLong(id);
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // not a delivery id
        }
        throw ProblemException.notFound("Delivery", id);
    }
}
