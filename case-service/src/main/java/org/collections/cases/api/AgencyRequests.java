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
            @NotBlank @Size(max = 200) @Schema(examples = "Agency A Collections Ltd") String name,
            @Schema(description = "Default ACTIVE", examples = "ACTIVE") Agency.Status status,
            @NotBlank @Size(max = 500) @Schema(examples = "Contract signed 2026-11-30") String reason) {
    }

    @Schema(description = "Suspend an agency (no new placements) or make it active again")
    public record ChangeStatus(@NotNull @Schema(examples = "SUSPENDED") Agency.Status status,
            @NotBlank @Size(max = 500) @Schema(examples = "Contract under review") String reason) {
    }

    public record AgencyView(String id, String name, Agency.Status status, Instant createdAt, String createdBy,
            Instant updatedAt) {

        public static AgencyView of(Agency a) {
            return new AgencyView(a.id, a.name, a.status, a.createdAt, a.createdBy, a.updatedAt);
        }
    }
}
