package org.collections.cases.treatment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ProportionTestTest {

    @Test
    void matchesAHandComputedTwoProportionZTest() {
        // p1 = 0.12, p2 = 0.15, pooled 0.135: se = sqrt(0.135 × 0.865 × 2/1000) = 0.015282, z = 0.03 / se = 1.9631,
        // two-sided p = 2 × (1 − Φ(1.9631)) = 0.0496
        ProportionTest.Result r = ProportionTest.compare(120, 1000, 150, 1000, 400, 0.05);
        assertThat(r.difference()).isCloseTo(0.03, within(1e-12));
        assertThat(r.z()).isCloseTo(1.9631, within(1e-4));
        assertThat(r.pValue()).isCloseTo(0.0496, within(1e-4));
        assertThat(r.enoughData()).isTrue();
        assertThat(r.significant()).isTrue();
    }

    @Test
    void aSmallerDifferenceIsNotSignificant() {
        ProportionTest.Result r = ProportionTest.compare(120, 1000, 135, 1000, 400, 0.05);
        assertThat(r.pValue()).isGreaterThan(0.05);
        assertThat(r.significant()).isFalse();
    }

    @Test
    void belowTheMinimumSampleNoVerdictIsDrawnHoweverLargeTheDifference() {
        ProportionTest.Result r = ProportionTest.compare(2, 100, 60, 100, 400, 0.05);
        assertThat(r.pValue()).isLessThan(1e-6);
        assertThat(r.enoughData()).isFalse();
        assertThat(r.significant()).isFalse();
    }

    @Test
    void anArmWithoutTrialsGivesNoStatistic() {
        ProportionTest.Result r = ProportionTest.compare(0, 0, 5, 10, 1, 0.05);
        assertThat(r.z()).isZero();
        assertThat(r.pValue()).isEqualTo(1.0);
        assertThat(r.significant()).isFalse();
    }
}
