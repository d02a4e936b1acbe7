package org.collections.cases.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.collections.cases.domain.DebtorPhone;

@ApplicationScoped
public class DebtorPhoneRepository implements PanacheRepositoryBase<DebtorPhone, UUID> {

    /** Persists the phone indexes; a debtor without phone numbers has none. */
    public Uni<Void> persistAll(List<DebtorPhone> phones) {
        return phones.isEmpty() ? Uni.createFrom().voidItem() : persist(phones);
    }
}
