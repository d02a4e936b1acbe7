package org.collections.plans.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One installment of a schedule. Number 0 is the down payment, when there is one.
 * {@code amount = principal + interest}, all at the currency's scale.
 */
public record ScheduledInstallment(int number, LocalDate dueDate, BigDecimal principal, BigDecimal interest,
        BigDecimal amount) {
}
