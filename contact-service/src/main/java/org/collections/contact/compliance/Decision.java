package org.collections.contact.compliance;

import java.time.Instant;
import java.util.List;

/**
 * ALLOW or BLOCK, with every violated rule and the earliest time at or after the proposed one when the same
 * contact would be allowed ({@code null} when no time ever will be, e.g. under cease-communication).
 */
public record Decision(boolean allowed, List<Violation> violations, Instant nextPermittedAt) {

    public static Decision allow(Instant at) {
        return new Decision(true, List.of(), at);
    }
}
