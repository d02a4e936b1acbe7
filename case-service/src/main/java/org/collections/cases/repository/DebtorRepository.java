package org.collections.cases.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.collections.cases.domain.Debtor;

@ApplicationScoped
public class DebtorRepository implements PanacheRepositoryBase<Debtor, UUID> {

    public Uni<Debtor> byNationalIdIndex(String index) {
        return find("nationalIdIndex", index).firstResult();
    }

    public Uni<List<Debtor>> byPhoneIndex(String index) {
        return list("id in (select p.debtorId from DebtorPhone p where p.phoneIndex = ?1)", index);
    }
}
