package org.collections.commons.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Currency;
import org.collections.commons.rules.RuleViolation;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void amountsTakeTheirCurrencysMinorUnitScale() {
        assertThat(Money.of("amount", new BigDecimal("12.5"), "CNY").text()).isEqualTo("12.50");
        assertThat(Money.of("amount", new BigDecimal("1200"), "JPY").text()).isEqualTo("1200");
        assertThat(Money.of("amount", new BigDecimal("1.2E+3"), "USD").text()).isEqualTo("1200.00");
        assertThat(Money.text(new BigDecimal("833.3300"), "USD")).as("a numeric(19,4) column").isEqualTo("833.33");
        assertThat(Money.of("amount", new BigDecimal("7.00"), "JPY")).isEqualTo(Money.of("x", BigDecimal.valueOf(7), "JPY"));
    }

    @Test
    void moreDecimalsThanTheCurrencyHasAreRefusedNamingTheFieldNeverRounded() {
        assertViolation(() -> Money.of("downPayment", new BigDecimal("10.005"), "USD"), "downPayment",
                "has more decimals than USD allows (2)");
        assertViolation(() -> Money.of("amount", new BigDecimal("100.5"), "JPY"), "amount",
                "has more decimals than JPY allows (0)");
    }

    @Test
    void hugeValuesAndExponentsAreRefusedBeforeAnyScaling() {
        for (String text : new String[] {"1e1000000", "1E-1000000", "1234567890123456", "1e16"}) {
            assertViolation(() -> Money.of("amount", new BigDecimal(text), "USD"), "amount",
                    "must have at most 15 digits before the decimal point");
        }
        assertThat(Money.of("amount", new BigDecimal("999999999999999.99"), "USD").text()).isEqualTo("999999999999999.99");
    }

    @Test
    void onlyIsoCurrenciesOfAccountAreCurrencies() {
        assertThat(Money.currency("currency", "EUR")).isEqualTo(Currency.getInstance("EUR"));
        assertViolation(() -> Money.currency("currency", "EURO"), "currency", "is not an ISO 4217 currency code");
        assertViolation(() -> Money.currency("currency", null), "currency", "is not an ISO 4217 currency code");
        assertViolation(() -> Money.currency("currency", "XAU"), "currency", "XAU is not a currency of account");
        assertViolation(() -> Money.of("amount", null, "USD"), "amount", "is required");
    }

    @Test
    void aValueIsAlwaysAtItsCurrencysScale() {
        assertThatThrownBy(() -> new Money(new BigDecimal("1.5"), Currency.getInstance("USD")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static void assertViolation(Runnable call, String field, String message) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(RuleViolation.class, v -> {
            assertThat(v.field()).isEqualTo(field);
            assertThat(v.getMessage()).isEqualTo(message);
            assertThat(v.type()).isEqualTo(RuleViolation.VALIDATION);
        });
    }
}
