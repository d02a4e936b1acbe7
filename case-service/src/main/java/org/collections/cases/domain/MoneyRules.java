package org.collections.cases.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import org.collections.commons.rules.RuleViolation;

/** Money is a BigDecimal at the scale of its currency's minor unit (2 for USD and CNY, 0 for JPY). */
public final class MoneyRules {

    private MoneyRules() {
    }

    public static Currency currency(String field, String code) {
        try {
            Currency currency = Currency.getInstance(code);
            if (currency.getDefaultFractionDigits() < 0) {
                throw new RuleViolation(field, code + " is not a currency of account");
            }
            return currency;
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new RuleViolation(field, "is not an ISO 4217 currency code");
        }
    }

    /** The amount at the currency's scale; more decimals than the currency has are an error, not a rounding. */
    public static BigDecimal amount(String field, BigDecimal amount, Currency currency) {
        if (amount == null) {
            return BigDecimal.ZERO.setScale(currency.getDefaultFractionDigits());
        }
        if (amount.signum() < 0) {
            throw new RuleViolation(field, "must not be negative");
        }
        try {
            return amount.setScale(currency.getDefaultFractionDigits(), RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw new RuleViolation(field, "has more decimals than " + currency.getCurrencyCode() + " allows ("
                    + currency.getDefaultFractionDigits() + ")");
        }
    }

    public static BigDecimal scaled(BigDecimal amount, String currencyCode) {
        return amount.setScale(Currency.getInstance(currencyCode).getDefaultFractionDigits(), RoundingMode.UNNECESSARY);
    }
}
