package org.collections.cases.treatment;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A creditor's treatment strategy: segments in order of precedence, each case in the first it matches. */
@Schema(description = "A version of a creditor's treatment strategy")
public record Strategy(
        @Schema(description = "The version's id") UUID id,
        @Schema(description = "The creditor", examples = "BANK-1") String creditorId,
        @Schema(description = "The strategy's name; each new version under a name gets the next version number",
                examples = "Standard") String name,
        @Schema(description = "1 for the first version under the name", examples = "2") int version,
        @Schema(description = "In order of precedence: a case is in the first it matches") List<Segment> segments) {

    public Strategy {
        segments = List.copyOf(segments);
    }

    /** The segment a case belongs in now; empty when it matches none or is not in a treatable status. */
    public Optional<Segment> segmentOf(CaseFacts c) {
        if (!c.treatable()) {
            return Optional.empty();
        }
        return segments.stream().filter(s -> s.when().matches(c)).findFirst();
    }

    /** How KPIs and reports name it. */
    public String key() {
        return name + " v" + version;
    }
}
