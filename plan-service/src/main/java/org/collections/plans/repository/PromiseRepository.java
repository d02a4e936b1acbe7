package org.collections.plans.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.collections.plans.domain.Promise;

@ApplicationScoped
public class PromiseRepository implements PanacheRepositoryBase<Promise, UUID> {
}
