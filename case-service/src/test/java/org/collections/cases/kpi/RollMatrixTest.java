package org.collections.cases.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RollMatrixTest {

    @Test
    void rollRatesAreSharesOfTheStartBucketAndCureCountsOnlyCasesPastDueAtTheStart() {
        RollMatrix m = new RollMatrix();
        m.add("1-30", "CURRENT", 1);
        m.add("1-30", "31-60", 2);
        m.add("121-180", "181+", 1);
        m.add("CURRENT", "CURRENT", 5);
        m.add("CURRENT", "1-30", 1);

        assertThat(m.cells()).extracting(c -> c.fromBucket() + ">" + c.toBucket() + "=" + c.cases() + "@" + c.rate())
                .containsExactly("CURRENT>CURRENT=5@0.8333", "CURRENT>1-30=1@0.1667", "1-30>CURRENT=1@0.3333",
                        "1-30>31-60=2@0.6667", "121-180>181+=1@1.0000");
        // past due at the start: 1-30 (3) and 121-180 (1); cured: 1 of them
        assertThat(m.pastDueAtStart()).isEqualTo(4);
        assertThat(m.cured()).isEqualTo(1);
        assertThat(m.cureRate()).isEqualByComparingTo("0.25").hasScaleOf(4);
        assertThat(new RollMatrix().cureRate()).isNull();
    }

    @Test
    void ratiosRoundHalfUpAndAreNullWithoutADenominator() {
        assertThat(Ratios.rate(2, 3)).isEqualTo(new BigDecimal("0.6667"));
        assertThat(Ratios.rate(1, 0)).isNull();
        assertThat(Ratios.rate(new BigDecimal("700.00"), new BigDecimal("4700.00"))).isEqualTo(new BigDecimal("0.1489"));
        assertThat(Ratios.rate(BigDecimal.ONE, BigDecimal.ZERO)).isNull();
        assertThat(Ratios.perThousand(2, 4)).isEqualTo(new BigDecimal("500.00"));
        assertThat(Ratios.perThousand(8, new BigDecimal("700.00"))).isEqualTo(new BigDecimal("11.43"));
        assertThat(Ratios.perThousand(3, new BigDecimal("-5.00"))).isNull();
    }
}
