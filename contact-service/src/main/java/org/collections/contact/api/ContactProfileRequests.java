package org.collections.contact.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.collections.contact.compliance.Channel;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Requests and views of a debtor's contact profile. */
public final class ContactProfileRequests {

    private ContactProfileRequests() {
    }

    @Schema(description = "Where the debtor may be and when and how they asked to be contacted. Replaces these"
            + " fields of the profile: an absent one is cleared. Night-contact consent and opt-outs are recorded"
            + " through /api/v1/consents.")
    public record ContactProfileUpdate(
            @Size(max = 10) @Schema(description = "IANA time zones besides the case's, when the debtor's location is"
                    + " uncertain: a time is permitted only if it is permitted in every zone",
                    examples = "[\"America/Los_Angeles\"]")
            List<String> extraZones,
            @Schema(description = "The debtor's stated earliest local time (HH:mm)", examples = "18:00")
            String statedNotBefore,
            @Schema(description = "The end of the debtor's stated local times (HH:mm, exclusive); after"
                    + " statedNotBefore", examples = "20:00")
            String statedNotAfter,
            @Size(max = 5) @Schema(description = "The only channels the debtor wants to be contacted by",
                    examples = "[\"EMAIL\", \"SMS\"]")
            List<Channel> statedChannels,
            @NotBlank @Size(max = 500) @Schema(description = "Why, for the audit log",
                    examples = "Debtor works nights; asked on the phone for evening e-mails only")
            String reason) {
    }

    @Schema(description = "A debtor's contact profile; its version is the ETag")
    public record ContactProfileView(@Schema(description = "The debtor") UUID debtorId,
            @Schema(description = "IANA time zones the debtor may be in besides the case's",
                    examples = "[\"America/Los_Angeles\"]") List<String> extraZones,
            @Schema(description = "The debtor's stated earliest local time (HH:mm); null when none", examples = "18:00")
            String statedNotBefore,
            @Schema(description = "The end of the debtor's stated local times (HH:mm, exclusive); null when none",
                    examples = "20:00") String statedNotAfter,
            @Schema(description = "The only channels the debtor wants; empty: no preference")
            List<Channel> statedChannels,
            @Schema(description = "The profile's version, also its ETag", examples = "3") int version) {
    }
}
