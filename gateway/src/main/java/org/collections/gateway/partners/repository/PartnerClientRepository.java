package org.collections.gateway.partners.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.collections.gateway.partners.domain.PartnerClient;

@ApplicationScoped
public class PartnerClientRepository implements PanacheRepositoryBase<PartnerClient, String> {

    /** Up to {@code limit} clients ordered by agency and client id, after the keyset position (null: from the start). */
    public Uni<List<PartnerClient>> page(String agencyId, String afterAgency, String afterClientId, int limit) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (agencyId != null) {
            query.append(" and agencyId = :agency");
            parameters.and("agency", agencyId);
        }
        if (afterAgency != null) {
            query.append(" and (agencyId > :afterAgency or (agencyId = :afterAgency and clientId > :afterId))");
            parameters.and("afterAgency", afterAgency).and("afterId", afterClientId);
        }
        return find(query + " order by agencyId, clientId", parameters).range(0, limit - 1).list();
    }
}
