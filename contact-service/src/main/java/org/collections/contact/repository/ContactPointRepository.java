package org.collections.contact.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.collections.contact.model.ContactPoint;

@ApplicationScoped
public class ContactPointRepository implements PanacheRepositoryBase<ContactPoint, UUID> {
}
