package org.collections.cases.treatment;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One step of a treatment path: due {@code afterDays} after the case entered its segment, and never before the
 * previous step has been carried out. MESSAGE steps name their channels in order of preference and a template; a
 * PLACE step names the agency.
 */
@Schema(description = "A step of a segment's path")
public record PathStep(
        @Schema(description = "Days after the case entered the segment; not before the previous step's", examples = "7")
        int afterDays,
        @Schema(required = true, description = "MESSAGE, CALL or PLACE") StepAction action,
        @Schema(description = "MESSAGE only: the channels to try, in order (SMS, EMAIL, LETTER)", examples = "[\"SMS\", \"EMAIL\"]")
        List<String> channels,
        @Schema(description = "MESSAGE only: the template's code in contact-service", examples = "FIRST_REMINDER")
        String template,
        @Schema(description = "PLACE only: the agency to place the case with", examples = "AGENCY-1") String agencyId) {

    public PathStep {
        channels = channels == null ? List.of() : List.copyOf(channels);
    }

    /** The channels contact-service is asked to try: CALL for a call, the message channels otherwise. */
    public List<String> contactChannels() {
        return action == StepAction.CALL ? List.of("CALL") : channels;
    }
}
