package org.collections.contact.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.collections.contact.domain.Attempt;

@ApplicationScoped
public class AttemptRepository implements PanacheRepositoryBase<Attempt, Long> {
}
