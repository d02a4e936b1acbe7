package org.collections.contact.timing;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.collections.contact.compliance.Channel;

/**
 * How many contacts of a channel can be worked per UTC hour. A creditor with a number of its own for the channel has
 * a pool of its own (its own team or agency); the other creditors' cases share the channel's pool. A channel without a
 * number is unlimited.
 *
 * @param perChannel  contacts per UTC hour by channel
 * @param perCreditor by creditor id, contacts per UTC hour by channel
 */
public record CapacityLimits(Map<Channel, Integer> perChannel, Map<String, Map<Channel, Integer>> perCreditor) {

    public static final CapacityLimits UNLIMITED = new CapacityLimits(Map.of(), Map.of());

    public CapacityLimits {
        perChannel = copy(perChannel);
        Map<String, Map<Channel, Integer>> creditors = new HashMap<>();
        perCreditor.forEach((creditor, limits) -> creditors.put(creditor, copy(limits)));
        perCreditor = Map.copyOf(creditors);
    }

    /** The pool a case of the creditor is planned into on the channel; empty when the channel is unlimited for it. */
    public Optional<Pool> pool(String creditorId, Channel channel) {
        Integer own = perCreditor.getOrDefault(creditorId == null ? "" : creditorId, Map.of()).get(channel);
        if (own != null) {
            return Optional.of(new Pool(creditorId, own));
        }
        Integer shared = perChannel.get(channel);
        return shared == null ? Optional.empty() : Optional.of(new Pool(null, shared));
    }

    /**
     * Contacts that may be planned in each UTC hour.
     *
     * @param creditorId the creditor whose own pool it is; null for the channel's shared pool
     */
    public record Pool(String creditorId, int perHour) {
    }

    private static Map<Channel, Integer> copy(Map<Channel, Integer> limits) {
        Map<Channel, Integer> copy = new EnumMap<>(Channel.class);
        limits.forEach((channel, perHour) -> {
            if (perHour == null || perHour < 0) {
                throw new IllegalArgumentException(channel + ": contacts per hour must be 0 or more, not " + perHour);
            }
            copy.put(channel, perHour);
        });
        return Map.copyOf(copy);
    }
}
