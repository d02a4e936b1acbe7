package org.collections.cases.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.collections.cases.domain.CaseNote;

@ApplicationScoped
public class CaseNoteRepository implements PanacheRepositoryBase<CaseNote, UUID> {

    public Uni<List<CaseNote>> ofCase(UUID caseId) {
        return list("caseId", Sort.by("createdAt").and("id"), caseId);
    }

    public Uni<List<CaseNote>> ofPlacement(UUID caseId, UUID placementId) {
        return list("caseId = ?1 and placementId = ?2", Sort.by("createdAt").and("id"), caseId, placementId);
    }
}
