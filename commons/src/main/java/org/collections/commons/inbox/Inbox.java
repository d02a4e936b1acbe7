package org.collections.commons.inbox;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Records consumed event ids in the caller's transaction; an id seen before is reported as a duplicate. */
@ApplicationScoped
public class Inbox {

    /** @return true when this is the first delivery of the event and it should be applied */
    public Uni<Boolean> firstDelivery(UUID eventId, String eventType, String source) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                insert into inbox_event (event_id, event_type, source, received_at)
                values (:id, :type, :source, now()) on conflict (event_id) do nothing
                """)
                .setParameter("id", eventId)
                .setParameter("type", eventType)
                .setParameter("source", source)
                .executeUpdate()).map(rows -> rows == 1);
    }
}
