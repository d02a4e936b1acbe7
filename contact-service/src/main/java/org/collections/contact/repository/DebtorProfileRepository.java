package org.collections.contact.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.collections.contact.model.DebtorProfile;

@ApplicationScoped
public class DebtorProfileRepository implements PanacheRepositoryBase<DebtorProfile, UUID> {

    /** Stores the debtor's blank profile (the columns' defaults) unless one is stored already. */
    public Uni<Void> storeBlankIfAbsent(UUID debtorId) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                "insert into debtor_profile (debtor_id) values (?1) on conflict (debtor_id) do nothing")
                .setParameter(1, debtorId).executeUpdate()).replaceWithVoid();
    }
}
