package org.collections.cases.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.collections.cases.domain.Agency;

@ApplicationScoped
public class AgencyRepository implements PanacheRepositoryBase<Agency, String> {

    /** Up to {@code max} agencies after {@code afterId} (from the start when null), by id. */
    public Uni<List<Agency>> after(String afterId, int max) {
        return (afterId == null ? findAll(Sort.by("id")) : find("id > ?1", Sort.by("id"), afterId))
                .range(0, max - 1).list();
    }
}
