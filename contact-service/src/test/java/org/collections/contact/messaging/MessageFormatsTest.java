package org.collections.contact.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MessageFormatsTest {

    private static final Locale EN = Locale.forLanguageTag("en");
    private static final Locale ZH_CN = Locale.forLanguageTag("zh-CN");

    @Test
    void moneyIsShownAtTheCurrencysMinorUnitInTheReadersForm() {
        assertThat(MessageFormats.money(new BigDecimal("1015.5"), "USD", EN)).isEqualTo("$1,015.50");
        assertThat(MessageFormats.money(new BigDecimal("1015.5"), "CNY", ZH_CN)).isEqualTo("¥1,015.50");
        assertThat(MessageFormats.money(new BigDecimal("1015.5"), "CNY", EN)).isEqualTo("CN¥1,015.50");
        assertThat(MessageFormats.money(new BigDecimal("1015.5"), "JPY", EN)).isEqualTo("¥1,016");
        assertThat(MessageFormats.money(new BigDecimal("1015.5"), "BHD", EN)).isEqualTo("BHD1,015.500");
    }

    @Test
    void moneyIsNeverRoundedThroughADouble() {
        // 20 significant digits: a double would print 12,345,678,901,234,567,000.00 or so
        assertThat(MessageFormats.money(new BigDecimal("12345678901234567890.125"), "USD", EN))
                .isEqualTo("$12,345,678,901,234,567,890.13");
    }

    @Test
    void datesAreInTheReadersLongForm() {
        assertThat(MessageFormats.date(LocalDate.of(2026, 11, 30), EN)).isEqualTo("November 30, 2026");
        assertThat(MessageFormats.date(LocalDate.of(2026, 11, 30), ZH_CN)).isEqualTo("2026年11月30日");
    }
}
