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

    public static BigDecimal scaled(BigDecimal amount, String currency) {
        return amount.setScale(Currency.getInstance(currency).getDefaultFractionDigits(), RoundingMode.UNNECESSARY);
    }
}
