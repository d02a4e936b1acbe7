package org.collections.cases.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Map;
import java.util.Optional;

/** Case rules that lenders configure: Breathing Space durations and write-offs within a plan's tolerance. */
@ConfigMapping(prefix = "cases")
public interface CasesConfig {

    BreathingSpaceDurations breathingSpace();

    /**
     * Whether a plan completed within its tolerance (a balance no larger than the shortfall plan-service accepted)
     * writes the rest off and closes the case as paid in full.
     */
    @WithDefault("true")
    boolean writeOffWithinTolerance();

    /** Per-creditor overrides, keyed by creditor id: {@code cases.creditors."ACME".write-off-within-tolerance=false}. */
    Map<String, Creditor> creditors();

    interface BreathingSpaceDurations {

        @WithDefault("60")
        int standardDays();

        @WithDefault("30")
        int crisisAfterDays();
    }

    interface Creditor {

        Optional<Boolean> writeOffWithinTolerance();
    }

    default boolean writeOffWithinTolerance(String creditorId) {
        Creditor creditor = creditors().get(creditorId);
        return creditor == null ? writeOffWithinTolerance()
                : creditor.writeOffWithinTolerance().orElse(writeOffWithinTolerance());
    }
}
