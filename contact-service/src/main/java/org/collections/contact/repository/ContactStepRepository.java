package org.collections.contact.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.collections.contact.model.ContactStep;

@ApplicationScoped
public class ContactStepRepository implements PanacheRepositoryBase<ContactStep, UUID> {

    /**
     * Claims up to {@code limit} PENDING steps due at {@code now} by moving their due time to {@code until}: another
     * replica's drain skips them ({@code FOR UPDATE SKIP LOCKED}, then the later due time), and a step whose try fails
     * is tried again after {@code until}.
     */
    @SuppressWarnings("unchecked")
    public Uni<List<UUID>> claimDue(Instant now, Instant until, int limit) {
        return Panache.getSession().chain(s -> s.createNativeQuery("""
                update contact_step set due_at = :until
                 where request_id in (select request_id from contact_step
                                       where status = 'PENDING' and due_at <= :now
                                       order by due_at, request_id
                                       limit :limit
                                       for update skip locked)
                returning request_id
                """)
                .setParameter("until", until.atOffset(ZoneOffset.UTC))
                .setParameter("now", now.atOffset(ZoneOffset.UTC))
                .setParameter("limit", limit)
                .getResultList()).map(rows -> ((List<Object>) rows).stream().map(r -> (UUID) r).toList());
    }
}
