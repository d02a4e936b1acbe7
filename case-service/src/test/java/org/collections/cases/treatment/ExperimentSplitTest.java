package org.collections.cases.treatment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ExperimentSplitTest {

    private static final int CASES = 40_000;

    private final Random random = new Random(20261203);

    @Test
    void aNinetyTenSplitPutsTenPercentOnTheChallengerWithinThreeStandardErrors() {
        Experiment e = experiment(10);
        long challengers = cases().stream().filter(c -> e.armOf(c) == Arm.CHALLENGER).count();
        double share = (double) challengers / CASES;
        double threeSigma = 3 * Math.sqrt(0.1 * 0.9 / CASES);
        assertThat(share).isBetween(0.1 - threeSigma, 0.1 + threeSigma);
    }

    @Test
    void aCaseKeepsItsArmWhateverTheOrderCasesAreSeenIn() {
        Experiment e = experiment(30);
        List<UUID> cases = cases();
        List<Arm> first = cases.stream().map(e::armOf).toList();
        List<UUID> shuffled = new ArrayList<>(cases);
        Collections.shuffle(shuffled, random);
        shuffled.forEach(c -> assertThat(e.armOf(c)).isEqualTo(first.get(cases.indexOf(c))));
        Experiment sameAgain = new Experiment(e.id(), e.creditorId(), e.championId(), e.challengerId(), 30);
        assertThat(cases.stream().map(sameAgain::armOf).toList()).isEqualTo(first);
    }

    @Test
    void aNewExperimentDrawsAnewIndependentlyOfTheOldOne() {
        Experiment before = experiment(50);
        Experiment after = experiment(50);
        List<UUID> cases = cases();
        long same = cases.stream().filter(c -> before.armOf(c) == after.armOf(c)).count();
        // independent draws agree on about half the cases
        assertThat((double) same / CASES).isBetween(0.48, 0.52);
    }

    @Test
    void withoutAChallengerEveryCaseIsOnTheChampion() {
        Experiment e = new Experiment(UUID.randomUUID(), "BANK-1", UUID.randomUUID(), null, 0);
        assertThat(cases().stream().allMatch(c -> e.armOf(c) == Arm.CHAMPION)).isTrue();
        assertThatThrownBy(() -> new Experiment(UUID.randomUUID(), "BANK-1", UUID.randomUUID(), UUID.randomUUID(), 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Experiment(UUID.randomUUID(), "BANK-1", UUID.randomUUID(), UUID.randomUUID(), 60))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private Experiment experiment(int percent) {
        return new Experiment(new UUID(random.nextLong(), random.nextLong()), "BANK-1", UUID.randomUUID(),
                UUID.randomUUID(), percent);
    }

    private List<UUID> cases() {
        List<UUID> cases = new ArrayList<>();
        Random r = new Random(7);
        for (int i = 0; i < CASES; i++) {
            cases.add(new UUID(r.nextLong(), r.nextLong()));
        }
        return cases;
    }
}
