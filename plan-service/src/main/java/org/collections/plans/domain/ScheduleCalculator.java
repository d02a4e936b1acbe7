package org.collections.plans.domain;

/** Computes repayment schedules. Pure Java: no framework types. */
public final class ScheduleCalculator {

    private ScheduleCalculator() {
    }

    public static Schedule calculate(ScheduleTerms terms) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
