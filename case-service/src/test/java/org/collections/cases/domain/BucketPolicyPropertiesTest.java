package org.collections.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.time.api.constraints.DateRange;

class BucketPolicyPropertiesTest {

    private final BucketPolicy defaults = BucketPolicy.parse(BucketPolicy.DEFAULT_SPEC);

    @Property
    void everyPositiveDpdFallsInExactlyOneBucketThatContainsIt(@ForAll("specs") String spec,
            @ForAll @IntRange(min = 1, max = 5000) int dpd) {
        BucketPolicy policy = BucketPolicy.parse(spec);
        long containing = policy.buckets().stream().filter(b -> b.contains(dpd)).count();
        assertThat(containing).isEqualTo(1);
        String label = policy.bucketFor(dpd);
        assertThat(policy.buckets().stream().filter(b -> b.label().equals(label)).findFirst().orElseThrow().contains(dpd))
                .isTrue();
    }

    @Property
    void bucketsNeverMoveBackwardsAsDebtAges(@ForAll("specs") String spec, @ForAll @IntRange(min = 0, max = 3000) int dpd) {
        BucketPolicy policy = BucketPolicy.parse(spec);
        List<String> order = new ArrayList<>();
        order.add(BucketPolicy.CURRENT);
        policy.buckets().forEach(b -> order.add(b.label()));
        assertThat(order.indexOf(policy.bucketFor(dpd + 1))).isGreaterThanOrEqualTo(order.indexOf(policy.bucketFor(dpd)));
    }

    @Property
    void daysPastDueCountsWholeDaysAndIsNeverNegative(@ForAll @DateRange(min = "2000-01-01", max = "2040-12-31") LocalDate unpaid,
            @ForAll @IntRange(min = -400, max = 4000) int offset) {
        LocalDate today = unpaid.plusDays(offset);
        assertThat(BucketPolicy.daysPastDue(unpaid, today)).isEqualTo(Math.max(0, offset));
    }

    @Example
    void defaultBucketEdges() {
        assertThat(defaults.bucketFor(0)).isEqualTo("CURRENT");
        assertThat(defaults.bucketFor(1)).isEqualTo("1-30");
        assertThat(defaults.bucketFor(30)).isEqualTo("1-30");
        assertThat(defaults.bucketFor(31)).isEqualTo("31-60");
        assertThat(defaults.bucketFor(90)).isEqualTo("61-90");
        assertThat(defaults.bucketFor(91)).isEqualTo("91-120");
        assertThat(defaults.bucketFor(180)).isEqualTo("121-180");
        assertThat(defaults.bucketFor(181)).isEqualTo("181+");
        assertThat(defaults.bucketFor(10_000)).isEqualTo("181+");
    }

    @Example
    void malformedSpecsAreRejected() {
        assertThatThrownBy(() -> BucketPolicy.parse("1-30,32-60,61+")).hasMessageContaining("contiguous");
        assertThatThrownBy(() -> BucketPolicy.parse("1-30,31-60")).hasMessageContaining("open-ended");
        assertThatThrownBy(() -> BucketPolicy.parse("1-30,31+,61-90")).hasMessageContaining("last");
        assertThatThrownBy(() -> BucketPolicy.parse("2-30,31+")).hasMessageContaining("start at 1");
        assertThatThrownBy(() -> BucketPolicy.parse("1-0,1+")).hasMessageContaining("ends before");
    }

    /** Random contiguous specs such as "1-7,8-40,41-41,42+". */
    @Provide
    Arbitrary<String> specs() {
        return Arbitraries.integers().between(1, 60).list().ofMinSize(0).ofMaxSize(8).map(widths -> {
            StringBuilder spec = new StringBuilder();
            int from = 1;
            for (int width : widths) {
                spec.append(from).append('-').append(from + width - 1).append(',');
                from += width;
            }
            return spec.append(from).append('+').toString();
        });
    }
}
