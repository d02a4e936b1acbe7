package org.collections.contact.messaging;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;
import org.collections.commons.money.Money;

/** Money and dates as a debtor reads them in their language. */
public final class MessageFormats {

    private MessageFormats() {
    }

    /**
     * An amount with its currency at the currency's minor unit ({@code $1,015.50}, {@code ¥1,015.50}, {@code ¥1,016}
     * for JPY): a sample amount with more decimals than the currency has is shown rounded half up. Formatted from
     * the BigDecimal itself, never through a double.
     */
    public static String money(BigDecimal amount, String currencyCode, Locale locale) {
        Currency currency = Currency.getInstance(currencyCode);
        return format(amount.setScale(minorDigits(currency), RoundingMode.HALF_UP), currency, locale);
    }

    /** An amount that is already at its currency's minor unit ({@link Money}), in the reader's form. */
    public static String money(Money money, Locale locale) {
        return format(money.amount(), money.currency(), locale);
    }

    private static String format(BigDecimal amount, Currency currency, Locale locale) {
        int digits = minorDigits(currency);
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(currency);
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(amount);
    }

    private static int minorDigits(Currency currency) {
        return Math.max(currency.getDefaultFractionDigits(), 0);
    }

    /** A calendar date in the reader's long form ({@code November 30, 2026}, {@code 2026年11月30日}). */
    public static String date(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
    }
}
