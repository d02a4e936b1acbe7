package org.collections.plans.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class EnforcementHoldTest {

    private static final ZoneId UTC = ZoneOffset.UTC;

    private static EnforcementHold hold(String from, String to) {
        return new EnforcementHold(Instant.parse(from), Instant.parse(to));
    }

    private static LocalDate day(String date) {
        return LocalDate.parse(date);
    }

    @Test
    void aHoldLastsWholeDaysWithAStartedDayCountingAsOne() {
        assertThat(hold("2026-12-02T10:00:00Z", "2026-12-22T10:00:00Z").lengthInDays()).isEqualTo(20);
        assertThat(hold("2026-12-02T10:00:00Z", "2026-12-22T10:00:01Z").lengthInDays()).isEqualTo(21);
        assertThat(hold("2026-12-02T10:00:00Z", "2026-12-02T10:30:00Z").lengthInDays()).isEqualTo(1);
        assertThat(hold("2026-12-02T10:00:00Z", "2026-12-02T10:00:00Z").lengthInDays()).isZero();
    }

    @Test
    void dueDatesWithinTheHoldMoveByItsLengthAndOthersStay() {
        EnforcementHold dispute = hold("2026-12-02T10:00:00Z", "2026-12-22T10:00:00Z");
        assertThat(dispute.moved(day("2026-12-01"), UTC)).isEqualTo(day("2026-12-01")); // due before it began
        assertThat(dispute.moved(day("2026-12-02"), UTC)).isEqualTo(day("2026-12-22")); // its first day
        assertThat(dispute.moved(day("2026-12-15"), UTC)).isEqualTo(day("2027-01-04"));
        assertThat(dispute.moved(day("2026-12-22"), UTC)).isEqualTo(day("2027-01-11")); // its last day
        assertThat(dispute.moved(day("2026-12-23"), UTC)).isEqualTo(day("2026-12-23")); // due after it ended
    }

    @Test
    void aHoldEndingBeforeAnyDueDateMovesNothing() {
        EnforcementHold pause = hold("2026-11-01T00:00:00Z", "2026-11-20T08:00:00Z");
        List<LocalDate> schedule = List.of(day("2026-12-15"), day("2027-01-15"), day("2027-02-15"));
        assertThat(schedule).allSatisfy(due -> assertThat(pause.moved(due, UTC)).isEqualTo(due));
    }

    @Test
    void aHoldEndingAtMidnightDoesNotCoverTheDayItEndsOn() {
        EnforcementHold pause = hold("2026-12-01T00:00:00Z", "2026-12-11T00:00:00Z");
        assertThat(pause.covers(day("2026-12-10"), UTC)).isTrue();
        assertThat(pause.covers(day("2026-12-11"), UTC)).isFalse();
        assertThat(pause.moved(day("2026-12-10"), UTC)).isEqualTo(day("2026-12-20"));
    }

    @Test
    void aHoldAcrossMonthEndsMovesByDaysNotMonths() {
        // 2027 is not a leap year: 31 Jan + 37 days = 9 Mar
        EnforcementHold breathingSpace = hold("2027-01-25T09:00:00Z", "2027-03-03T09:00:00Z");
        assertThat(breathingSpace.lengthInDays()).isEqualTo(37);
        assertThat(breathingSpace.moved(day("2027-01-31"), UTC)).isEqualTo(day("2027-03-09"));
        assertThat(breathingSpace.moved(day("2027-02-28"), UTC)).isEqualTo(day("2027-04-06"));
        assertThat(breathingSpace.moved(day("2027-03-31"), UTC)).isEqualTo(day("2027-03-31"));
    }

    @Test
    void theDaysADueDateFallsOnDependOnTheZone() {
        EnforcementHold pause = hold("2026-12-01T18:00:00Z", "2026-12-05T18:00:00Z");
        ZoneId shanghai = ZoneId.of("Asia/Shanghai"); // the hold began 2 Dec 02:00 there
        assertThat(pause.covers(day("2026-12-01"), UTC)).isTrue();
        assertThat(pause.covers(day("2026-12-01"), shanghai)).isFalse();
        assertThat(pause.covers(day("2026-12-06"), shanghai)).isTrue();
    }

    @Test
    void severalHoldsEachMoveWhatFellWithinThemInTheOrderTheyEnded() {
        EnforcementHold first = hold("2027-01-05T12:00:00Z", "2027-01-15T12:00:00Z"); // 10 days
        EnforcementHold second = hold("2027-02-01T12:00:00Z", "2027-02-06T12:00:00Z"); // 5 days
        List<EnforcementHold> holds = List.of(second, first);
        // due 10 Jan: within the first, moved to 20 Jan, before the second began
        assertThat(EnforcementHold.afterAll(day("2027-01-10"), holds, UTC)).isEqualTo(day("2027-01-20"));
        // due 25 Jan: within neither
        assertThat(EnforcementHold.afterAll(day("2027-01-25"), holds, UTC)).isEqualTo(day("2027-01-25"));
        // due 2 Feb: within the second only
        assertThat(EnforcementHold.afterAll(day("2027-02-02"), holds, UTC)).isEqualTo(day("2027-02-07"));
        // due 14 Jan: moved by the first to 24 Jan, outside the second
        assertThat(EnforcementHold.afterAll(day("2027-01-14"), holds, UTC)).isEqualTo(day("2027-01-24"));
    }

    @Test
    void aDueDateMovedIntoALaterHoldMovesAgainWhenThatOneEnds() {
        EnforcementHold first = hold("2027-01-05T12:00:00Z", "2027-01-15T12:00:00Z"); // 10 days
        EnforcementHold second = hold("2027-01-18T12:00:00Z", "2027-01-28T12:00:00Z"); // 10 days
        assertThat(EnforcementHold.afterAll(day("2027-01-12"), List.of(first, second), UTC)).isEqualTo(day("2027-02-01"));
    }

    @Test
    void aHoldCannotEndBeforeItStarted() {
        assertThatThrownBy(() -> hold("2026-12-02T10:00:00Z", "2026-12-01T10:00:00Z"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
