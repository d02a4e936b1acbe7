package org.collections.contact.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.collections.contact.model.DebtorProfile;

@ApplicationScoped
public class DebtorProfileRepository implements PanacheRepositoryBase<DebtorProfile, UUID> {
}
