package org.collections.cases.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.collections.cases.domain.Debt;

@ApplicationScoped
public class DebtRepository implements PanacheRepositoryBase<Debt, UUID> {

    public Uni<List<Debt>> ofCase(UUID caseId) {
        return list("caseId", Sort.by("oldestUnpaidDate").and("id"), caseId);
    }
}
