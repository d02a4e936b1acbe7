package org.collections.plans.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.collections.plans.domain.PaymentAllocation;

@ApplicationScoped
public class PaymentAllocationRepository implements PanacheRepositoryBase<PaymentAllocation, UUID> {

    public Uni<List<PaymentAllocation>> ofPayment(UUID paymentId) {
        return list("paymentId", paymentId);
    }
}
