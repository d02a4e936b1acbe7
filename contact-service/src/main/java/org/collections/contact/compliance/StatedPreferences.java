package org.collections.contact.compliance;

import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Set;
import org.collections.commons.rules.RuleViolation;

/**
 * When and how the debtor said they want to be contacted.
 *
 * @param notBefore the earliest local time of day (inclusive), or null
 * @param notAfter  the end of the stated local times (exclusive), or null
 * @param channels  the only channels the debtor wants to be contacted by; empty when they stated none
 */
public record StatedPreferences(LocalTime notBefore, LocalTime notAfter, Set<Channel> channels) {

    public StatedPreferences {
        if (notBefore != null && notAfter != null && !notBefore.isBefore(notAfter)) {
            throw new RuleViolation("invalid-stated-times", "Invalid stated times", "statedNotBefore",
                    "the stated times must start before they end: " + notBefore + "–" + notAfter);
        }
        channels = channels == null || channels.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(channels));
    }

    public static StatedPreferences none() {
        return new StatedPreferences(null, null, Set.of());
    }

    public boolean hasTimes() {
        return notBefore != null || notAfter != null;
    }

    public boolean hasChannels() {
        return !channels.isEmpty();
    }

    DailyWindow window() {
        return new DailyWindow(notBefore, notAfter);
    }
}
