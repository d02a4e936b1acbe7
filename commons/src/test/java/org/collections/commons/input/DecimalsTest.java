package org.collections.commons.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.collections.commons.problem.ProblemException;
import org.junit.jupiter.api.Test;

class DecimalsTest {

    @Test
    void ordinaryAmountsPass() {
        assertThat(Decimals.bounded("amount", "1200.50")).isEqualByComparingTo("1200.50");
        assertThat(Decimals.bounded("amount", "-0.0001")).isEqualByComparingTo("-0.0001");
        assertThat(Decimals.bounded("amount", "1.5e3")).isEqualByComparingTo("1500");
        assertThat(Decimals.bounded("amount", "999999999999999.9999")).isEqualByComparingTo("999999999999999.9999");
        assertThat(Decimals.violation(".5")).isNull();
    }

    @Test
    void hugeExponentsAndTooManyDigitsAreRefusedWithoutArithmetic() {
        long started = System.nanoTime();
        for (String text : new String[] {"1e1000000", "1E-1000000", "1e99999999999999999999", "0." + "0".repeat(100) + "1",
                "1".repeat(40), "1e40", "1e-40"}) {
            assertThat(Decimals.violation(text)).as(text).isNotNull().isNotEqualTo(Decimals.MALFORMED);
            assertThatThrownBy(() -> Decimals.bounded("amount", text)).isInstanceOf(ProblemException.class)
                    .extracting(e -> ((ProblemException) e).status()).isEqualTo(422);
        }
        assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(500);
    }

    @Test
    void amountsBeyondTheMoneyColumnAre422() {
        assertThat(Decimals.rangeViolation(new BigDecimal("1000000000000000"))).isNotNull();
        assertThatThrownBy(() -> Decimals.bounded("amount", "1e15")).extracting(e -> ((ProblemException) e).status())
                .isEqualTo(422);
    }

    @Test
    void textThatIsNoNumberIsMalformed() {
        for (String text : new String[] {"", " ", "abc", "1.2.3", "e5", ".", "--1", "1e", "0x10", "NaN", "Infinity"}) {
            assertThat(Decimals.violation(text)).as(text).isEqualTo(Decimals.MALFORMED);
        }
        assertThatThrownBy(() -> Decimals.bounded("amount", "abc")).extracting(e -> ((ProblemException) e).status())
                .isEqualTo(422);
    }
}
