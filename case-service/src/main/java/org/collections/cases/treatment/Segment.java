package org.collections.cases.treatment;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A named group of cases and the path its cases follow from the day they enter it. */
@Schema(description = "A segment of a strategy: its cases and their path")
public record Segment(
        @Schema(required = true, description = "Unique within the strategy", examples = "early-small") String name,
        @Schema(description = "Which cases it holds; omitted: every case") SegmentCriteria when,
        @Schema(required = true, description = "1 to 20 steps, in order") List<PathStep> path) {

    public Segment {
        when = when == null ? SegmentCriteria.ANY : when;
        path = path == null ? null : List.copyOf(path);
    }
}
