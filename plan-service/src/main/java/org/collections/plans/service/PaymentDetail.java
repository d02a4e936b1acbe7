package org.collections.plans.service;

import java.util.List;
import org.collections.plans.domain.Installment;
import org.collections.plans.domain.Payment;
import org.collections.plans.domain.PaymentAllocation;

/** A payment, how it was allocated, and the installments of its plan (to name the installments paid). */
public record PaymentDetail(Payment payment, List<PaymentAllocation> allocations, List<Installment> installments) {
}
