package org.collections.cases.api;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.collections.cases.service.TreatmentRunner;
import org.collections.commons.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/treatment-runs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = TreatmentStrategyResource.TAG)
@SecurityRequirement(name = "SecurityScheme")
public class TreatmentRunResource {

    @Schema(description = "What a run of the treatment paths did")
    public record RunView(
            @Schema(description = "Cases of creditors with strategies in force that were looked at", examples = "98000")
            int cases,
            @Schema(description = "Cases that entered a segment's path", examples = "1200") int entered,
            @Schema(description = "Cases that left a segment (its path stopped there)", examples = "310") int left,
            @Schema(description = "Steps taken: contact steps handed to contact-service, placements made",
                    examples = "2400") int steps,
            @Schema(description = "Paths whose every step was carried out", examples = "45") int completed) {
    }

    @Inject
    TreatmentRunner runner;

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "runTreatment", summary = "Move cases along their treatment paths now",
            description = "Does now what the treatment job does every treatment.every (one hour by default): every "
                    + "case of a creditor with strategies in force enters, leaves or moves along its segment's path. "
                    + "Safe to run while the job runs (cases are locked page by page, and a case is on one path and "
                    + "takes each step once). Admin only.")
    public Uni<RunView> run() {
        return runner.runAll().map(t -> new RunView(t.cases(), t.entered(), t.left(), t.steps(), t.completed()));
    }
}
