package org.collections.plans.events;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/** Money as a decimal string at its currency's scale. */
public final class Money {

    private Money() {
    }

    public static String text(BigDecimal amount, String currency) {
        return scaled(amount, currency).toPlainString();
    }

    /** The amount at the currency's scale; more decimals than the currency has are a 400 naming the field. */
    public static BigDecimal input(String field, BigDecimal amount, String currency) {
        try {
            return scaled(amount, currency);
        } catch (ArithmeticException e) {
            throw org.collections.commons.problem.ProblemException.invalidField(field,
                    "has more decimals than " + currency + " allows (" + Currency.getInstance(currency).getDefaultFractionDigits() + ")");
        }
    }

    public static BigDecimal scaled(BigDecimal amount, String currency) {
        return amount.setScale(Currency.getInstance(currency).getDefaultFractionDigits(), RoundingMode.UNNECESSARY);
    }
}
