package org.collections.plans.api;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.collections.commons.security.Roles;
import org.collections.plans.api.PlanViews.PlanEvaluationResult;
import org.collections.plans.service.PlanEvaluation;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/plan-evaluations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Plan evaluations", description = "The daily evaluation of plans and promises, run on demand")
@SecurityRequirement(name = "SecurityScheme")
public class PlanEvaluationResource {

    @Inject
    PlanEvaluation evaluation;

    @Inject
    Clock clock;

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "evaluatePlans", summary = "Evaluate plans now",
            description = "Runs what the daily job does, as of today: completes, breaks and expires plans and breaks "
                    + "overdue promises, and answers when it is done; cases under an enforcement hold (disputed, "
                    + "paused, Breathing Space, ...) are left alone; it works in batches, each committed on its own. Admin only. Every change is audited and "
                    + "published like the daily job's (PlanBroken, PromiseBroken, ...).")
    public Uni<PlanEvaluationResult> evaluate() {
        LocalDate today = LocalDate.now(clock);
        // a run of its own (not the daily job's), continued by the job if this replica dies half-way
        return evaluation.runToEnd(today + "#" + UUID.randomUUID()).map(n -> new PlanEvaluationResult(today, n));
    }
}
