package org.collections.plans.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;

/**
 * What a schedule is computed from.
 *
 * @param amount             the amount to repay (before interest), at the currency's scale
 * @param currency           ISO 4217 currency; its minor unit sets the rounding (JPY 0 decimals, CNY and USD 2)
 * @param installments       how many installments after the down payment (at least 1)
 * @param frequency          how often they fall due
 * @param firstDueDate       the first installment's due date; later ones follow at the frequency, monthly dates
 *                           anchored on this day of month and clamped to month end (Jan 31, Feb 28/29, Mar 31)
 * @param annualInterestRate nominal annual rate in percent (e.g. 18 for 18 %), zero for none
 * @param method             equal installments (annuity) or equal principal
 * @param downPayment        paid first, on {@code downPaymentDate}; zero for none
 * @param downPaymentDate    due date of the down payment (required when there is one)
 */
public record ScheduleTerms(BigDecimal amount, Currency currency, int installments, Frequency frequency,
        LocalDate firstDueDate, BigDecimal annualInterestRate, ScheduleMethod method, BigDecimal downPayment,
        LocalDate downPaymentDate) {
}
