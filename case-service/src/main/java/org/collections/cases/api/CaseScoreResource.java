package org.collections.cases.api;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.collections.cases.service.ScoreQueries;
import org.collections.commons.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Scores", description = "Propensity-to-pay scores and the models behind them")
@SecurityRequirement(name = "SecurityScheme")
@Path("/api/v1/cases/{id}/score")
public class CaseScoreResource {

    @Inject
    ScoreQueries scores;

    @GET
    @RolesAllowed(Roles.EVERYONE)
    @Operation(operationId = "getCaseScore", summary = "A case's propensity-to-pay score",
            description = "The case's latest score from 0 (unlikely to pay within 30 days) to 1000 (very likely), "
                    + "the model or scorecard that gave it (`BANK-1@3`, `SCORECARD@1`) and the three features that "
                    + "moved it most. Scores are recomputed within seconds of a payment, promise, plan or bucket "
                    + "change and every night. An agency sees only the cases placed with it.")
    public Uni<ScoreQueries.CaseScore> caseScore(@PathParam("id") UUID id) {
        return scores.requireVisible(id).chain(() -> Uni.createFrom().item(() -> scores.caseScore(id))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool()));
    }
}
