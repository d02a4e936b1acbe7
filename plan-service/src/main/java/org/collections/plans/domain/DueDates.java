package org.collections.plans.domain;

import java.time.LocalDate;

/** Due dates of a schedule's installments. */
final class DueDates {

    private DueDates() {
    }

    /**
     * Due date of installment {@code k} (1-based). Every date is computed from {@code first} itself, never from the
     * previous date, so a monthly schedule anchored on the 31st is clamped per month (Jan 31, Feb 29, Mar 31, Apr 30)
     * instead of drifting to the 28th after February.
     */
    static LocalDate dueDate(LocalDate first, Frequency frequency, int k) {
        int periods = k - 1;
        return switch (frequency) {
            case WEEKLY -> first.plusWeeks(periods);
            case BIWEEKLY -> first.plusWeeks(2L * periods);
            case MONTHLY -> first.plusMonths(periods);
        };
    }
}
