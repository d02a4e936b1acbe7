package org.collections.cases.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.collections.cases.domain.Agency;

@ApplicationScoped
public class AgencyRepository implements PanacheRepositoryBase<Agency, String> {

    public Uni<List<Agency>> all() {
        return listAll(Sort.by("id"));
    }
}
