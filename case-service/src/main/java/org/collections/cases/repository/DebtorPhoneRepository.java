package org.collections.cases.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.collections.cases.domain.DebtorPhone;

@ApplicationScoped
public class DebtorPhoneRepository implements PanacheRepositoryBase<DebtorPhone, UUID> {
}
