package org.collections.cases.api;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import org.collections.cases.service.DelinquencyService;
import org.collections.commons.input.Dates;
import org.collections.commons.problem.ProblemException;
import org.collections.commons.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/delinquency-evaluations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Delinquency", description = "Days past due and buckets")
@SecurityRequirement(name = "SecurityScheme")
public class DelinquencyResource {

    @Inject
    DelinquencyService delinquency;

    @Inject
    Clock clock;

    @Schema(description = "What a delinquency re-evaluation did")
    public record Evaluation(@Schema(description = "The day evaluated (UTC)") LocalDate evaluatedOn,
            @Schema(description = "Open cases whose bucket changed; each got a history entry") int casesChangedBucket) {
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "evaluateDelinquency", summary = "Re-evaluate delinquency now",
            description = "Recomputes days past due and the bucket of every open case as of today or a given date "
                    + "(not in the future), as the daily job does; it does not resume ended pauses nor end expired "
                    + "Breathing Spaces, which only the daily job does. Admin only. Every bucket change is appended "
                    + "to the case's delinquency history.")
    public Uni<Evaluation> evaluate(@Parameter(description = "The day to evaluate for (default today, not in the future)",
            schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("date") String date) {
        LocalDate today = LocalDate.now(clock);
        LocalDate day;
        try {
            day = date == null ? today : Dates.requireInRange("date", LocalDate.parse(date));
        } catch (java.time.format.DateTimeParseException e) {
            throw ProblemException.invalidField("date", "must be a date like 2026-11-23");
        }
        if (day.isAfter(today)) {
            throw ProblemException.invalidField("date", "must not be in the future");
        }
        return delinquency.evaluate(day).map(changed -> new Evaluation(day, changed));
    }
}
