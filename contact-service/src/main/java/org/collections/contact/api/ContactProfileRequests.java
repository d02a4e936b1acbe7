package org.collections.contact.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.collections.commons.problem.ProblemException;
import org.collections.contact.compliance.Channel;
import org.collections.contact.compliance.StatedPreferences;
import org.collections.contact.model.DebtorProfile;
import org.collections.contact.service.ContactCommands;
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

        /** 422 for an unknown zone or stated times that do not start before they end, 400 for a malformed time. */
        ContactCommands.ContactProfileChange toCommand() {
            return new ContactCommands.ContactProfileChange(zones(extraZones), stated(), reason);
        }

        /** IANA region ids (fixed offsets like +08:00 are not where a person lives), without repeats. */
        private static List<String> zones(List<String> requested) {
            if (requested == null) {
                return List.of();
            }
            Set<String> zones = new LinkedHashSet<>();
            Set<String> known = ZoneId.getAvailableZoneIds();
            for (int i = 0; i < requested.size(); i++) {
                String zone = requested.get(i);
                if (zone == null || !known.contains(zone)) {
                    throw ProblemException.unprocessableField("unknown-time-zone", "Unknown time zone",
                            "extraZones[" + i + "]", "is not an IANA time zone id like Europe/London");
                }
                zones.add(zone);
            }
            return new ArrayList<>(zones);
        }

        private StatedPreferences stated() {
            if (statedChannels != null && statedChannels.contains(null)) {
                throw ProblemException.invalidField("statedChannels", "must not contain null");
            }
            return new StatedPreferences(ApiFormats.time("statedNotBefore", statedNotBefore),
                    ApiFormats.time("statedNotAfter", statedNotAfter),
                    statedChannels == null ? Set.of() : Set.copyOf(statedChannels));
        }
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

        static ContactProfileView of(DebtorProfile p) {
            StatedPreferences stated = p.stated();
            return new ContactProfileView(p.debtorId, p.extraZoneList(), ApiFormats.time(stated.notBefore()),
                    ApiFormats.time(stated.notAfter()), stated.channels().stream().sorted().toList(), p.version);
        }
    }
}
