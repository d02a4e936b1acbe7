package org.collections.plans.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.collections.plans.domain.HoldPeriod;

@ApplicationScoped
public class HoldPeriodRepository implements PanacheRepositoryBase<HoldPeriod, UUID> {
}
