package org.collections.gateway.webhooks.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.collections.gateway.webhooks.domain.CasePlacement;

/** Which agency held which case when: written from CasePlaced / CaseRecalled, read to route the other events. */
@ApplicationScoped
public class PlacementRepository implements PanacheRepositoryBase<CasePlacement, UUID> {

    /**
     * Records a placement. An older placement of the case still open (its recall never reached the gateway) ends
     * where this one starts: a case is held by one agency at a time, and case versions order the two.
     */
    public Uni<Void> placed(UUID placementId, UUID caseId, String agencyId, Instant at, long caseVersion) {
        return Panache.getSession().chain(s -> s.createNativeQuery("""
                update case_placement set recalled_at = :at
                 where case_id = :caseId and recalled_at is null and case_version < :version and placement_id <> :id
                """).setParameter("at", utc(at)).setParameter("caseId", caseId).setParameter("version", caseVersion)
                .setParameter("id", placementId).executeUpdate()
                .chain(() -> s.createNativeQuery("""
                        insert into case_placement (placement_id, case_id, agency_id, placed_at, case_version)
                        values (:id, :caseId, :agency, :at, :version) on conflict (placement_id) do nothing
                        """).setParameter("id", placementId).setParameter("caseId", caseId)
                        .setParameter("agency", agencyId).setParameter("at", utc(at))
                        .setParameter("version", caseVersion).executeUpdate()))
                .replaceWithVoid();
    }

    /** Ends a placement; a recall of a placement never seen is kept as a zero-length holding. */
    public Uni<Void> recalled(UUID placementId, UUID caseId, String agencyId, Instant at, long caseVersion) {
        return Panache.getSession().chain(s -> s.createNativeQuery("""
                insert into case_placement (placement_id, case_id, agency_id, placed_at, recalled_at, case_version)
                values (:id, :caseId, :agency, :at, :at, :version)
                on conflict (placement_id) do update
                   set recalled_at = coalesce(case_placement.recalled_at, excluded.recalled_at),
                       case_version = greatest(case_placement.case_version, excluded.case_version)
                """).setParameter("id", placementId).setParameter("caseId", caseId).setParameter("agency", agencyId)
                .setParameter("at", utc(at)).setParameter("version", caseVersion).executeUpdate())
                .replaceWithVoid();
    }

    /**
     * Serialises, until the caller's transaction ends, the handling of one case's events across threads and replicas,
     * so that an event being held and the placement event that would release it never miss each other.
     */
    public Uni<Void> lockCase(UUID caseId) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                "select count(*) from (select pg_advisory_xact_lock(hashtextextended(:caseId, 0))) locked")
                .setParameter("caseId", caseId.toString()).getSingleResult())
                .replaceWithVoid();
    }

    /** The placement of {@code caseId} known here to span {@code at}, or null when none does. */
    public Uni<CasePlacement> placementAt(UUID caseId, Instant at) {
        return find("caseId = ?1 and placedAt <= ?2 and (recalledAt is null or recalledAt > ?2) order by placedAt desc",
                caseId, at).firstResult();
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
