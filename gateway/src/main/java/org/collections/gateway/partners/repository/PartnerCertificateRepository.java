package org.collections.gateway.partners.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.collections.gateway.partners.domain.PartnerCertificate;

@ApplicationScoped
public class PartnerCertificateRepository implements PanacheRepositoryBase<PartnerCertificate, UUID> {

    public Uni<PartnerCertificate> findByFingerprint(String fingerprint) {
        return find("fingerprintSha256", fingerprint).firstResult();
    }

    /** Up to {@code limit} certificates ordered by agency and id, after the keyset position (null: from the start). */
    public Uni<List<PartnerCertificate>> page(String agencyId, String afterAgency, UUID afterId, int limit) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (agencyId != null) {
            query.append(" and agencyId = :agency");
            parameters.and("agency", agencyId);
        }
        if (afterAgency != null) {
            query.append(" and (agencyId > :afterAgency or (agencyId = :afterAgency and id > :afterId))");
            parameters.and("afterAgency", afterAgency).and("afterId", afterId);
        }
        return find(query + " order by agencyId, id", parameters).range(0, limit - 1).list();
    }
}
