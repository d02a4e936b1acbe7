package org.collections.commons.ids;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.collections.commons.problem.ProblemException;
import org.junit.jupiter.api.Test;

class IdentifiersTest {

    @Test
    void caseAndWidthVariantsAreOneIdentifier() {
        assertThat(Identifiers.canonical("SEC-TEST")).isEqualTo("SEC-TEST");
        assertThat(Identifiers.canonical("sec-test")).isEqualTo("SEC-TEST");
        assertThat(Identifiers.canonical(" Sec-Test ")).isEqualTo("SEC-TEST");
        assertThat(Identifiers.canonical("ＳＥＣ-ＴＥＳＴ")).isEqualTo("SEC-TEST");
    }

    @Test
    void lookAlikesAndInvisibleCharactersAreNoIdentifier() {
        for (String bad : new String[] {"SEC-TEST\u200B", "S\u0415C-TEST", "SEC TEST", "-SEC", "", "SEC\u0000", "ß-BANK",
                "A".repeat(65)}) {
            assertThat(Identifiers.isCanonical(Identifiers.canonical(bad))).as(bad).isFalse();
            assertThatThrownBy(() -> Identifiers.require("creditorId", bad)).isInstanceOf(ProblemException.class)
                    .satisfies(e -> assertThat(((ProblemException) e).status()).isEqualTo(422));
        }
        assertThat(Identifiers.require("creditorId", null)).isNull();
    }

    @Test
    void referencesKeepTheirCaseButNotInvisibleCharacters() {
        assertThat(Identifiers.reference("acc-000123")).isEqualTo("acc-000123");
        assertThat(Identifiers.isReference(Identifiers.reference("ACC/2026:7"))).isTrue();
        assertThat(Identifiers.isReference(Identifiers.reference("ACC\u200B-1"))).isFalse();
        assertThat(Identifiers.isReference(Identifiers.reference("ACC 1"))).isFalse();
    }
}
