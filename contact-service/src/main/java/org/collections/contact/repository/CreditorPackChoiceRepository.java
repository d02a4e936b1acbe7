package org.collections.contact.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.collections.contact.model.CreditorPackChoice;

@ApplicationScoped
public class CreditorPackChoiceRepository implements PanacheRepositoryBase<CreditorPackChoice, CreditorPackChoice.Id> {
}
