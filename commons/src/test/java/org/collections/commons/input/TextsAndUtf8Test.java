package org.collections.commons.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TextsAndUtf8Test {

    @Test
    void nulAndUnpairedSurrogatesAreRefusedPairsAreNot() {
        assertThat(Texts.violation("plain 中文 😀")).isNull();
        assertThat(Texts.violation("a\u0000b")).isNotNull();
        assertThat(Texts.violation("a\ud800")).isNotNull();
        assertThat(Texts.violation("\udc00a")).isNotNull();
    }

    @Test
    void overlongAndSurrogateEncodingsAreNotUtf8() {
        assertThat(Utf8.wellFormed("héllo 中文 😀".getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(Utf8.wellFormed(new byte[] {(byte) 0xC0, (byte) 0xAF})).isFalse();
        assertThat(Utf8.wellFormed(new byte[] {(byte) 0xE0, (byte) 0x80, (byte) 0xAF})).isFalse();
        assertThat(Utf8.wellFormed(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80})).isFalse();
        assertThat(Utf8.wellFormed(Utf8.percentDecoded("/api?x=%C0%80"))).isFalse();
        assertThat(Utf8.percentDecoded("/a%00b")).contains((byte) 0);
    }

    @Test
    void datesAreAcceptedFrom1900To2200() {
        assertThat(Dates.inRange(LocalDate.of(1900, 1, 1))).isTrue();
        assertThat(Dates.inRange(LocalDate.of(2200, 12, 31))).isTrue();
        assertThat(Dates.inRange(LocalDate.MAX)).isFalse();
        assertThat(Dates.inRange(LocalDate.MIN)).isFalse();
        assertThat(Dates.inRange(Instant.MAX)).isFalse();
        assertThat(Dates.inRange(Instant.parse("2026-12-01T00:00:00Z"))).isTrue();
    }
}
