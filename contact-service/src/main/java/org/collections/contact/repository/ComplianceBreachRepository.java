package org.collections.contact.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.collections.contact.model.ComplianceBreach;

@ApplicationScoped
public class ComplianceBreachRepository implements PanacheRepositoryBase<ComplianceBreach, Long> {
}
