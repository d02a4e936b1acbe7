package org.collections.contact.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.collections.contact.compliance.Channel;
import org.collections.contact.model.ContactSlot;

@ApplicationScoped
public class ContactSlotRepository implements PanacheRepositoryBase<ContactSlot, UUID> {

    /**
     * Leases up to {@code limit} due slots of a channel to {@code owner}: pending ones, and leased ones whose lease
     * expired, of the cases placed with {@code agencyId} (null: of the cases placed with no agency).
     * {@code FOR UPDATE SKIP LOCKED} lets several consumers (and replicas) lease at once without ever
     * leasing the same slot twice.
     */
    @SuppressWarnings("unchecked")
    public Uni<List<UUID>> lease(Channel channel, String agencyId, int limit, String owner, Instant now, Instant until) {
        String placed = agencyId == null ? "c.agency_id is null" : "c.agency_id = :agency";
        return Panache.getSession().chain(s -> {
            var query = s.createNativeQuery("""
                update contact_slot set status = 'LEASED', lease_owner = :owner, lease_until = :until,
                       leases = leases + 1, updated_at = :now
                 where id in (select id from contact_slot
                               where channel = :channel and scheduled_at <= :now
                                 and (status = 'PENDING' or (status = 'LEASED' and lease_until < :now))
                                 and exists (select 1 from contactability c
                                              where c.case_id = contact_slot.case_id and %s)
                               order by priority desc, scheduled_at, id
                               limit :limit
                               for update skip locked)
                returning id
                """.formatted(placed));
            if (agencyId != null) {
                query.setParameter("agency", agencyId);
            }
            return query
                    .setParameter("owner", owner)
                    .setParameter("until", utc(until))
                    .setParameter("now", utc(now))
                    .setParameter("channel", channel.name())
                    .setParameter("limit", limit)
                    .getResultList();
        }).map(rows -> ((List<Object>) rows).stream().map(r -> (UUID) r).toList());
    }

    /**
     * The debtor's leases that are out at {@code now} (LEASED, lease not expired), other than {@code exceptSlot}:
     * contacts that may be happening, which the caps count.
     */
    public Uni<List<ContactSlot>> inFlight(UUID debtorId, Instant now, UUID exceptSlot) {
        return exceptSlot == null
                ? list("debtorId = ?1 and status = ?2 and leaseUntil > ?3", debtorId, ContactSlot.Status.LEASED, now)
                : list("debtorId = ?1 and status = ?2 and leaseUntil > ?3 and id <> ?4", debtorId,
                        ContactSlot.Status.LEASED, now, exceptSlot);
    }

    /** Cancels every pending or leased slot of a case at once; returns how many. */
    public Uni<Integer> cancelOpen(UUID caseId, String reason, Instant now) {
        return Panache.getSession().chain(s -> s.createNativeQuery("""
                update contact_slot set status = 'CANCELLED', status_reason = :reason, lease_owner = null,
                       lease_until = null, updated_at = :now
                 where case_id = :case and status in ('PENDING', 'LEASED')
                """)
                .setParameter("reason", reason)
                .setParameter("now", utc(now))
                .setParameter("case", caseId)
                .executeUpdate());
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
