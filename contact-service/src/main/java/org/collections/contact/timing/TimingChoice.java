package org.collections.contact.timing;

import java.util.Locale;

/**
 * Why a planned contact is at its time.
 *
 * @param kind      how the time was chosen
 * @param localHour the debtor-local hour of the planned time
 * @param estimate  that hour's learned rate (NONE when no history was used)
 */
public record TimingChoice(Kind kind, int localHour, RateEstimate estimate) {

    public enum Kind {
        /** The permitted hour with enough history and the best learned rate. */
        BEST_HOUR,
        /** The earliest permitted time: no hour of the segment and channel has enough history yet. */
        EARLIEST_TOO_LITTLE_HISTORY,
        /** The earliest permitted time: no permitted hour with enough history does better than its hour. */
        EARLIEST_NO_BETTER_HOUR,
        /** The earliest permitted time: learned timing is switched off (contact.plan.timing=earliest). */
        EARLIEST_BY_CONFIG,
        /**
         * Moved for capacity: the hours the case preferred were full, so the permitted hour with enough history and
         * the next-best learned rate that still had room.
         */
        NEXT_BEST_HOUR_CAPACITY,
        /**
         * Moved for capacity: the preferred hour and every permitted hour with enough history were full (or there
         * were none), so the first permitted hour of the window that still had room.
         */
        PERMITTED_HOUR_CAPACITY
    }

    /** E.g. "best hour 18 local, RPC rate 0.42 over 1,200 attempts" or "earliest permitted: too little history". */
    public String describe() {
        return switch (kind) {
            case BEST_HOUR -> String.format(Locale.ROOT, "best hour %d local, RPC rate %.2f over %,d attempts",
                    localHour, estimate.rate(), estimate.attempts());
            case EARLIEST_TOO_LITTLE_HISTORY -> "earliest permitted: too little history";
            case EARLIEST_NO_BETTER_HOUR -> String.format(Locale.ROOT, "earliest permitted: no permitted hour with "
                    + "enough history does better than hour %d local (RPC rate %.2f over %,d attempts)", localHour,
                    estimate.rate(), estimate.attempts());
            case EARLIEST_BY_CONFIG -> "earliest permitted: learned timing off";
            case NEXT_BEST_HOUR_CAPACITY -> String.format(Locale.ROOT, "next-best hour %d local (better hours full), "
                    + "RPC rate %.2f over %,d attempts", localHour, estimate.rate(), estimate.attempts());
            case PERMITTED_HOUR_CAPACITY -> String.format(Locale.ROOT, "hour %d local: the first permitted hour with "
                    + "room (the preferred hours full)", localHour);
        };
    }
}
