package org.collections.contact.compliance;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;

/**
 * ALLOW or BLOCK, with every violated rule and the earliest time at or after the proposed one when the same
 * contact would be allowed ({@code null} when no time ever will be, e.g. under cease-communication).
 *
 * @param packVersion the version of the pack the decision was made under, e.g. US_REGF@2021-11-30
 * @param zone        the debtor's zone, in which the explanation states times
 */
public record Decision(boolean allowed, List<Violation> violations, Instant nextPermittedAt, String packVersion,
        ZoneId zone) {

    public Decision {
        violations = List.copyOf(violations);
        zone = zone == null ? ZoneOffset.UTC : zone;
    }

    public Decision(boolean allowed, List<Violation> violations, Instant nextPermittedAt) {
        this(allowed, violations, nextPermittedAt, null, ZoneOffset.UTC);
    }

    public static Decision allow(Instant at) {
        return new Decision(true, List.of(), at);
    }

    /**
     * "allowed under US_REGF@2021-11-30", or every broken rule with its reason and then the decision's next
     * permitted time, e.g. "blocked: CN.CONTACT_HOURS — …; next permitted 2026-06-11 08:00 Asia/Shanghai
     * (2026-06-11T00:00Z)".
     */
    public String explanation() {
        if (allowed) {
            return packVersion == null ? "allowed" : "allowed under " + packVersion;
        }
        return "blocked: " + violations.stream().map(v -> v.ruleId() + " — " + v.reason())
                .collect(Collectors.joining("; ")) + "; " + Texts.nextPermitted(nextPermittedAt, zone);
    }
}
