package org.collections.contact.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.collections.contact.model.ContactDecision;

@ApplicationScoped
public class ContactDecisionRepository implements PanacheRepositoryBase<ContactDecision, UUID> {
}
