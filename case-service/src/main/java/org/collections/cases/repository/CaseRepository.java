package org.collections.cases.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.collections.cases.domain.CaseCriteria;
import org.collections.cases.domain.CasePageStart;
import org.collections.cases.domain.CaseStatus;
import org.collections.cases.domain.CollectionCase;

@ApplicationScoped
public class CaseRepository implements PanacheRepositoryBase<CollectionCase, UUID> {

    /**
     * Up to {@code max} matching cases, newest first, after {@code after} (from the start when null). Keyset
     * pagination on the (created_at desc, id) index: a deep page costs what the first does.
     */
    public Uni<List<CollectionCase>> search(CaseCriteria criteria, CasePageStart after, int max) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        add(where, params, "status = :status", "status", criteria.status());
        add(where, params, "bucket = :bucket", "bucket", criteria.bucket());
        add(where, params, "creditorId = :creditor", "creditor", criteria.creditorId());
        add(where, params, "agencyId = :agency", "agency", criteria.agencyId());
        add(where, params, "assignedCollector = :collector", "collector", criteria.collector());
        add(where, params, "(totalDebt - paymentsReceived - writtenOff) >= :minBalance", "minBalance", criteria.minBalance());
        add(where, params, "daysPastDue >= :dpdMin", "dpdMin", criteria.dpdMin());
        add(where, params, "daysPastDue <= :dpdMax", "dpdMax", criteria.dpdMax());
        add(where, params, "debtorId in :debtors", "debtors", criteria.debtorIds());
        if (after != null) {
            where.add("createdAt <= :afterCreated and (createdAt < :afterCreated or id > :afterId)");
            params.put("afterCreated", after.createdAt());
            params.put("afterId", after.id());
        }
        String query = where.isEmpty() ? "1 = 1" : String.join(" and ", where);
        return find(query, Sort.descending("createdAt").and("id"), params).range(0, max - 1).list();
    }

    public Uni<CollectionCase> byExternalRef(String creditorId, String externalRef) {
        return find("creditorId = ?1 and externalRef = ?2", creditorId, externalRef).firstResult();
    }

    public Uni<CollectionCase> openByDebtorAndCreditor(UUID debtorId, String creditorId) {
        return find("debtorId = ?1 and creditorId = ?2 and status <> ?3", debtorId, creditorId, CaseStatus.CLOSED)
                .firstResult();
    }

    private static void add(List<String> where, Map<String, Object> params, String clause, String name, Object value) {
        if (value != null) {
            where.add(clause);
            params.put(name, value);
        }
    }
}
