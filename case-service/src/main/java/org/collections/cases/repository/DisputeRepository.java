package org.collections.cases.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.collections.cases.domain.Dispute;

@ApplicationScoped
public class DisputeRepository implements PanacheRepositoryBase<Dispute, UUID> {

    public Uni<List<Dispute>> ofCase(UUID caseId) {
        return list("caseId", Sort.by("filedAt").and("id"), caseId);
    }

    public Uni<Dispute> openOf(UUID caseId) {
        return find("caseId = ?1 and resolvedAt is null", caseId).firstResult();
    }
}
