package org.collections.plans.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How often installments fall due. */
@Schema(description = "How often installments fall due: WEEKLY (every 7 days), BIWEEKLY (every 14 days) or MONTHLY "
        + "(the first due date's day of the month, clamped in shorter months: Jan 31, Feb 28 or 29, Mar 31).")
public enum Frequency {
    WEEKLY(52), BIWEEKLY(26), MONTHLY(12);

    private final int periodsPerYear;

    Frequency(int periodsPerYear) {
        this.periodsPerYear = periodsPerYear;
    }

    public int periodsPerYear() {
        return periodsPerYear;
    }
}
