package org.collections.cases.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.collections.cases.domain.Placement;

@ApplicationScoped
public class PlacementRepository implements PanacheRepositoryBase<Placement, UUID> {

    public Uni<List<Placement>> ofCase(UUID caseId) {
        return list("caseId", Sort.by("placedAt").and("id"), caseId);
    }

    public Uni<Placement> activeOf(UUID caseId) {
        return find("caseId = ?1 and recalledAt is null", caseId).firstResult();
    }
}
