package org.collections.contact.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.collections.contact.model.CreditorRuleOverride;

@ApplicationScoped
public class CreditorRuleOverrideRepository implements PanacheRepositoryBase<CreditorRuleOverride, Long> {

    public Uni<CreditorRuleOverride> findOverride(String packId, String creditorId) {
        return find("packId = ?1 and creditorId = ?2", packId, creditorId).firstResult();
    }
}
