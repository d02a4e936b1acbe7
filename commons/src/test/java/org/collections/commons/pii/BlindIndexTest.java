package org.collections.commons.pii;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BlindIndexTest {

    private final BlindIndex index = new BlindIndex(new byte[32]);
    private final BlindIndex otherKey = new BlindIndex("another-key-of-at-least-32-bytes!".getBytes());

    @Test
    void formattingDoesNotChangeAPhonesIndex() {
        assertThat(index.phone("+86 138-0013 (8000)")).isEqualTo(index.phone("+8613800138000"));
        assertThat(index.phone("+8613800138000")).isNotEqualTo(index.phone("8613800138000"));
        assertThat(index.phone("+8613800138000")).isNotEqualTo(index.phone("+8613800138001"));
    }

    @Test
    void nationalIdsMatchIgnoringCaseSpacesAndDashes() {
        assertThat(index.nationalId("ab-123 45x")).isEqualTo(index.nationalId("AB12345X"));
        assertThat(index.nationalId("AB12345X")).isNotEqualTo(index.phone("AB12345X"));
    }

    @Test
    void theIndexDependsOnTheKeyAndRevealsNothing() {
        assertThat(index.nationalId("AB12345X")).isNotEqualTo(otherKey.nationalId("AB12345X")).hasSize(64)
                .doesNotContain("12345");
    }

    @Test
    void maskingKeepsOnlyTheLastDigits() {
        assertThat(Masking.mask("110101199003071234")).isEqualTo("**************1234");
        assertThat(Masking.mask("12")).isEqualTo("**");
        assertThat(Masking.maskEmail("li.wei@example.org")).isEqualTo("l***@example.org");
    }
}
