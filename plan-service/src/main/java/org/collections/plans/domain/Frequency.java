package org.collections.plans.domain;

/** How often installments fall due. */
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
