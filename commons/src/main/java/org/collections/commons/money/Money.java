package org.collections.commons.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;
import org.collections.commons.rules.RuleViolation;

/**
 * An amount at exactly its currency's minor-unit scale (2 for USD and CNY, 0 for JPY). More decimals than the currency
 * has are refused, never rounded away; so are amounts too large for a money column ({@value #INTEGER_DIGITS} digits
 * before the point) and exponents that would make scaling costly.
 */
public record Money(BigDecimal amount, Currency currency) {

    /** Money columns are numeric(19,4). */
    public static final int INTEGER_DIGITS = 15;
    private static final int MAX_SCALE = 34;

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        if (amount.scale() != currency.getDefaultFractionDigits()) {
            throw new IllegalArgumentException(amount + " is not at the scale of " + currency);
        }
    }

    /** {@code amount} in {@code currency}; a {@link RuleViolation} naming {@code field} when it does not fit. */
    public static Money of(String field, BigDecimal amount, Currency currency) {
        if (amount == null) {
            throw new RuleViolation(field, "is required");
        }
        if (Math.abs((long) amount.scale()) > MAX_SCALE || amount.precision() - amount.scale() > INTEGER_DIGITS) {
            throw new RuleViolation(field, "must have at most " + INTEGER_DIGITS + " digits before the decimal point");
        }
        int digits = currency.getDefaultFractionDigits();
        try {
            return new Money(amount.setScale(digits, RoundingMode.UNNECESSARY), currency);
        } catch (ArithmeticException e) {
            throw new RuleViolation(field, "has more decimals than " + currency.getCurrencyCode() + " allows (" + digits + ")");
        }
    }

    public static Money of(String field, BigDecimal amount, String currencyCode) {
        return of(field, amount, currency("currency", currencyCode));
    }

    /** The amount at the currency's scale (see {@link #of}). */
    public static BigDecimal scaled(String field, BigDecimal amount, String currencyCode) {
        return of(field, amount, currencyCode).amount();
    }

    /** An ISO 4217 currency of account (one with a minor unit); a {@link RuleViolation} naming {@code field} otherwise. */
    public static Currency currency(String field, String code) {
        Currency currency;
        try {
            currency = Currency.getInstance(code);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new RuleViolation(field, "is not an ISO 4217 currency code");
        }
        if (currency.getDefaultFractionDigits() < 0) {
            throw new RuleViolation(field, code + " is not a currency of account");
        }
        return currency;
    }

    /**
     * A stored amount as the API writes it: a plain decimal string at the currency's scale. Stored amounts were
     * checked on the way in, so this only rescales (it is on every read's path).
     */
    public static String text(BigDecimal amount, String currencyCode) {
        return amount.setScale(Currency.getInstance(currencyCode).getDefaultFractionDigits(), RoundingMode.UNNECESSARY)
                .toPlainString();
    }

    public String text() {
        return amount.toPlainString();
    }

    public int signum() {
        return amount.signum();
    }

    @Override
    public String toString() {
        return text() + " " + currency.getCurrencyCode();
    }
}
