package org.collections.cases.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.collections.cases.domain.LegalHold;

@ApplicationScoped
public class LegalHoldRepository implements PanacheRepositoryBase<LegalHold, UUID> {

    public Uni<List<LegalHold>> ofCase(UUID caseId) {
        return list("caseId", Sort.by("placedAt").and("id"), caseId);
    }

    public Uni<LegalHold> inForceOn(UUID caseId) {
        return find("caseId = ?1 and releasedAt is null", caseId).firstResult();
    }
}
