package org.collections.gateway.webhooks.domain;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** One placement as case-service records it: {@code agencyId} held the case from {@code placedAt} until {@code recalledAt}. */
public record Holding(String agencyId, Instant placedAt, Instant recalledAt) {

    public boolean heldAt(Instant at) {
        return !placedAt.isAfter(at) && (recalledAt == null || recalledAt.isAfter(at));
    }

    /** The agency that held the case at {@code at} (the latest placement, should intervals ever touch). */
    public static Optional<String> holderAt(List<Holding> history, Instant at) {
        return history.stream().filter(h -> h.heldAt(at)).max(Comparator.comparing(Holding::placedAt))
                .map(Holding::agencyId);
    }
}
