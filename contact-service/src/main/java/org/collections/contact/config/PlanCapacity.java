package org.collections.contact.config;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.collections.contact.compliance.Channel;
import org.collections.contact.timing.CapacityLimits;
import org.jboss.logging.Logger;

/** The daily plan's hourly capacity, read and checked once at startup: a bad number stops the service. */
@Singleton
public class PlanCapacity {

    private static final Logger LOG = Logger.getLogger(PlanCapacity.class);
    static final String PREFIX = "contact.plan.capacity.";

    @Inject
    PlanCapacityConfig config;

    private volatile CapacityLimits limits;

    void onStart(@Observes StartupEvent event) {
        CapacityLimits loaded = limits();
        if (!loaded.perChannel().isEmpty() || !loaded.perCreditor().isEmpty()) {
            LOG.infof("daily plan capacity per UTC hour: %s; creditors with their own: %s", loaded.perChannel(),
                    loaded.perCreditor());
        }
    }

    public CapacityLimits limits() {
        CapacityLimits loaded = limits;
        if (loaded == null) {
            loaded = limits = of(config);
        }
        return loaded;
    }

    /** @throws IllegalStateException naming the property, for a channel that does not exist or a negative number */
    static CapacityLimits of(PlanCapacityConfig config) {
        Map<String, Map<Channel, Integer>> creditors = new HashMap<>();
        config.creditor().forEach((creditor, own) -> creditors.put(creditor,
                channels(PREFIX + "creditor.\"" + creditor + "\".per-hour.", own.perHour())));
        return new CapacityLimits(channels(PREFIX + "per-hour.", config.perHour()), creditors);
    }

    private static Map<Channel, Integer> channels(String prefix, Map<String, Integer> perHour) {
        Map<Channel, Integer> limits = new EnumMap<>(Channel.class);
        perHour.forEach((name, value) -> {
            Channel channel;
            try {
                channel = Channel.valueOf(name);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(prefix + name + ": " + name + " is not a channel; one of "
                        + Arrays.toString(Channel.values()));
            }
            if (value < 0) {
                throw new IllegalStateException(prefix + name + ": contacts per UTC hour must be 0 or more, not "
                        + value);
            }
            limits.put(channel, value);
        });
        return limits;
    }
}
