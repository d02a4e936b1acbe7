package org.collections.commons.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.collections.commons.json.Json;

/**
 * The append-only audit log. Entries are written in the caller's transaction, so an action and its audit
 * entry commit or roll back together; the table refuses UPDATE and DELETE.
 */
@ApplicationScoped
public class AuditLog {

    @Inject
    ObjectMapper mapper;

    @Inject
    Clock clock;

    public Uni<Void> record(String actor, String action, String entityType, Object entityId, String reason,
            Object before, Object after) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                insert into audit_log (at, actor, action, entity_type, entity_id, reason, before_state, after_state)
                values (:at, :actor, :action, :entityType, :entityId, :reason, cast(cast(:before as text) as jsonb), cast(cast(:after as text) as jsonb))
                """)
                .setParameter("at", OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
                .setParameter("actor", actor)
                .setParameter("action", action)
                .setParameter("entityType", entityType)
                .setParameter("entityId", String.valueOf(entityId))
                .setParameter("reason", reason)
                .setParameter("before", Json.write(mapper, before))
                .setParameter("after", Json.write(mapper, after))
                .executeUpdate()).replaceWithVoid();
    }

    /** One entry per entity id with the same actor, action and reason, in a single statement (bulk imports). */
    public Uni<Void> recordEach(String actor, String action, String entityType, java.util.Collection<?> entityIds,
            String reason) {
        if (entityIds.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                insert into audit_log (at, actor, action, entity_type, entity_id, reason)
                select :at, :actor, :action, :entityType, id, :reason from unnest(string_to_array(:ids, ',')) as id
                """)
                .setParameter("at", OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
                .setParameter("actor", actor)
                .setParameter("action", action)
                .setParameter("entityType", entityType)
                .setParameter("reason", reason)
                .setParameter("ids", String.join(",", entityIds.stream().map(String::valueOf).toList()))
                .executeUpdate()).replaceWithVoid();
    }
}
