package org.collections.cases.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class AucTest {

    @Test
    void perfectReversedAndTiedRankings() {
        boolean[] labels = {false, false, true, true};

        assertThat(Auc.of(new double[] {1, 2, 3, 4}, labels)).isEqualTo(1.0);
        assertThat(Auc.of(new double[] {4, 3, 2, 1}, labels)).isEqualTo(0.0);
        assertThat(Auc.of(new double[] {1, 1, 1, 1}, labels)).isEqualTo(0.5);
    }

    @Test
    void handComputedExample() {
        // positives 0.8 and 0.4; negatives 0.6, 0.4, 0.2: pairs won 3 + (0 + 0.5 + 1) = 4.5 of 6
        double auc = Auc.of(new double[] {0.8, 0.6, 0.4, 0.4, 0.2}, new boolean[] {true, false, true, false, false});

        assertThat(auc).isCloseTo(0.75, within(1e-12));
    }

    @Test
    void undefinedWithoutBothClasses() {
        assertThat(Auc.of(new double[] {1, 2}, new boolean[] {true, true})).isNaN();
    }
}
