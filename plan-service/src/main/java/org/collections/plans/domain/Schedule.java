package org.collections.plans.domain;

import java.math.BigDecimal;
import java.util.List;

/** A computed schedule: the installments in due order; {@code total} is exactly the sum of their amounts. */
public record Schedule(List<ScheduledInstallment> installments, BigDecimal total, BigDecimal totalInterest) {
}
