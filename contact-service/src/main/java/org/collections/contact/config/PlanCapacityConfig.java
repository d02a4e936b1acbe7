package org.collections.contact.config;

import io.smallrye.config.ConfigMapping;
import java.util.Map;

/**
 * How many contacts per UTC hour the daily plan may put on each channel, e.g.
 * {@code contact.plan.capacity.per-hour.CALL=500}, and the creditors with a team of their own, e.g.
 * {@code contact.plan.capacity.creditor."ACME".per-hour.CALL=120}. A channel without a number is unlimited. Checked at
 * startup by {@link PlanCapacity}.
 */
@ConfigMapping(prefix = "contact.plan.capacity")
public interface PlanCapacityConfig {

    /** Contacts per UTC hour by channel name. */
    Map<String, Integer> perHour();

    /** By creditor id: a pool of the creditor's own, instead of a share of the channel's. */
    Map<String, CreditorCapacity> creditor();

    interface CreditorCapacity {

        /** Contacts per UTC hour by channel name. */
        Map<String, Integer> perHour();
    }
}
