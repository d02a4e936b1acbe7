package org.collections.commons.pii;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaskingTest {

    @Test
    void onlyTheLastFourCharactersOfALongValueShow() {
        assertThat(Masking.mask("+14155550123")).isEqualTo("********0123");
        assertThat(Masking.mask("GB29NWBK60161331926819")).endsWith("6819").doesNotContain("NWBK");
    }

    @Test
    void aShortValueShowsAtMostAThirdOfItself() {
        assertThat(Masking.mask("12345")).isEqualTo("****5");
        assertThat(Masking.mask("ab")).isEqualTo("**");
        assertThat(Masking.mask("")).isEmpty();
        assertThat(Masking.mask(null)).isNull();
    }

    @Test
    void anEmailKeepsItsFirstLetterAndDomain() {
        assertThat(Masking.maskEmail("li.wei@example.cn")).isEqualTo("l***@example.cn");
        assertThat(Masking.maskEmail("@example.cn")).doesNotContain("example");
        assertThat(Masking.maskEmail(null)).isNull();
    }
}
