package org.collections.contact.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.collections.contact.model.Contactability;

@ApplicationScoped
public class ContactabilityRepository implements PanacheRepositoryBase<Contactability, UUID> {

    /**
     * Adds a case to the replica unless it is there already: a row written meanwhile by a case event or by a
     * concurrent fetch wins, so an older snapshot never replaces a newer one and the race fails no request.
     */
    public Uni<Void> insertIfAbsent(Contactability c) {
        return Panache.getSession().chain(s -> s.createNativeQuery("""
                insert into contactability (case_id, debtor_id, creditor_id, status, jurisdiction, time_zone,
                                            restrictions, agency_id, case_version, updated_at)
                values (:caseId, :debtorId, :creditorId, :status, :jurisdiction, :timeZone, :restrictions, :agencyId,
                        :caseVersion, :updatedAt)
                on conflict (case_id) do nothing
                """)
                .setParameter("caseId", c.caseId)
                .setParameter("debtorId", c.debtorId)
                .setParameter("creditorId", c.creditorId)
                .setParameter("status", c.status)
                .setParameter("jurisdiction", c.jurisdiction)
                .setParameter("timeZone", c.timeZone)
                .setParameter("restrictions", c.restrictions)
                .setParameter("agencyId", c.agencyId)
                .setParameter("caseVersion", c.caseVersion)
                .setParameter("updatedAt", OffsetDateTime.ofInstant(c.updatedAt, ZoneOffset.UTC))
                .executeUpdate()).replaceWithVoid();
    }
}
