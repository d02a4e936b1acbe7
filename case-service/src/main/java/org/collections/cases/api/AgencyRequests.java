package org.collections.cases.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.collections.cases.domain.Agency;
import org.collections.commons.ids.Identifiers;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Registering partner agencies and changing their status. */
public final class AgencyRequests {

    private AgencyRequests() {
    }

    @Schema(description = "A partner agency to register; its id is canonical (upper-case ASCII)")
    public record Register(
            @NotBlank @Size(max = 64) @Schema(examples = "AGENCY-A", description = "Canonicalised (NFKC, upper-case), "
                    + "then must match the pattern (422 otherwise)", pattern = Identifiers.PATTERN) String id,
            @NotBlank @Size(max = 200) @Schema(description = "Display name, up to 200 characters",
                    examples = "Agency A Collections Ltd") String name,
            @Schema(description = "Default ACTIVE", examples = "ACTIVE") Agency.Status status,
            @NotBlank @Size(max = 500) @Schema(description = "Why; audited", examples = "Contract signed 2026-11-30")
            String reason) {
    }

    @Schema(description = "Suspend an agency (no new placements) or make it active again")
    public record ChangeStatus(@NotNull @Schema(description = "The new status", examples = "SUSPENDED")
    Agency.Status status,
            @NotBlank @Size(max = 500) @Schema(description = "Why; audited", examples = "Contract under review")
            String reason) {
    }

    @Schema(description = "A registered partner agency")
    public record AgencyView(
            @Schema(description = "The agency's canonical id, used in placements and agency tokens (agency_id)",
                    examples = "AGENCY-A") String id,
            @Schema(description = "Display name", examples = "Agency A Collections Ltd") String name,
            @Schema(description = "ACTIVE agencies receive placements; SUSPENDED ones do not") Agency.Status status,
            @Schema(description = "When it was registered (UTC)") Instant createdAt,
            @Schema(description = "Who registered it") String createdBy,
            @Schema(description = "When its status last changed (UTC)") Instant updatedAt) {

        public static AgencyView of(Agency a) {
            return new AgencyView(a.id, a.name, a.status, a.createdAt, a.createdBy, a.updatedAt);
        }
    }
}
