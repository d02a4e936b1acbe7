package org.collections.plans.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.collections.plans.domain.Installment;

@ApplicationScoped
public class InstallmentRepository implements PanacheRepositoryBase<Installment, UUID> {

    public Uni<List<Installment>> ofPlan(UUID planId) {
        return list("planId", Sort.by("number"), planId);
    }
}
