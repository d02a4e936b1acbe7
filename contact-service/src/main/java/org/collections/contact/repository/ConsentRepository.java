package org.collections.contact.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.collections.contact.model.Consent;

@ApplicationScoped
public class ConsentRepository implements PanacheRepositoryBase<Consent, Long> {
}
