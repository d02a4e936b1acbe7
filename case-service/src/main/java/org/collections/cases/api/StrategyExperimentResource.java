package org.collections.cases.api;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import org.collections.cases.service.ExperimentComparison;
import org.collections.cases.service.StrategyService;
import org.collections.commons.ids.Identifiers;
import org.collections.commons.security.CurrentPrincipal;
import org.collections.commons.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/strategy-experiments/{creditorId}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = TreatmentStrategyResource.TAG)
@SecurityRequirement(name = "SecurityScheme")
public class StrategyExperimentResource {

    @Inject
    StrategyService strategies;

    @Inject
    ExperimentComparison comparison;

    @Inject
    CurrentPrincipal principal;

    @Inject
    Clock clock;

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "putStrategyExperiment", summary = "Put a creditor's strategies in force",
            description = "Starts a new experiment for the creditor: the champion for every case, or a challenger on "
                    + "challengerPercent (1–50) of them, ending the experiment before. Each case's arm is drawn from "
                    + "a hash of the experiment and the case, so it stays the same while the experiment is in force; "
                    + "the treatment job moves cases onto the new strategies' paths on its next run (a case on "
                    + "another strategy's path leaves it). Both strategies must be the creditor's. Admin only.")
    public Uni<StrategyViews.ExperimentView> put(@PathParam("creditorId") String creditorId,
            @Valid @NotNull StrategyViews.NewExperiment request) {
        int percent = request.challengerPercent() == null ? 0 : request.challengerPercent();
        return strategies.startExperiment(Identifiers.require("creditorId", creditorId), request.championId(),
                request.challengerId(), percent, principal.name()).map(StrategyViews.ExperimentView::of);
    }

    @GET
    @RolesAllowed(TreatmentStrategyResource.STRATEGY_READERS)
    @Operation(operationId = "getStrategyExperiment", summary = "A creditor's experiment in force",
            description = "The champion and challenger strategies and the split; 404 when the creditor has none in "
                    + "force. Admin, supervisor, auditor.")
    public Uni<StrategyViews.ExperimentView> get(@PathParam("creditorId") String creditorId) {
        return strategies.experimentOf(Identifiers.require("creditorId", creditorId))
                .map(StrategyViews.ExperimentView::of);
    }

    @GET
    @Path("/comparison")
    @RolesAllowed(TreatmentStrategyResource.STRATEGY_READERS)
    @Operation(operationId = "compareStrategyExperiment", summary = "Champion against challenger over a period",
            description = "Each arm's cases, attempts per case and collection KPIs over [from, to) (default: the 30 "
                    + "days before now, at most 366 days), every outcome of a case counting for the strategy it was "
                    + "put on; and for the right-party-contact, promise, promise-kept and cure rates a two-sided "
                    + "two-proportion z-test, with a verdict only when both arms have the minimum sample "
                    + "(treatment.comparison.min-sample) and p is below alpha. Admin, supervisor, auditor.")
    public Uni<StrategyViews.ComparisonView> compare(@PathParam("creditorId") String creditorId,
            @Parameter(description = "ISO-8601 instant, inclusive; default 30 days before to",
                    schema = @Schema(type = SchemaType.STRING, format = "date-time")) @QueryParam("from") String from,
            @Parameter(description = "ISO-8601 instant, exclusive; default now",
                    schema = @Schema(type = SchemaType.STRING, format = "date-time")) @QueryParam("to") String to) {
        KpiPeriod period = KpiPeriod.of(from, to, clock);
        return comparison.compare(Identifiers.require("creditorId", creditorId), period.from(), period.to())
                .map(StrategyViews.ComparisonView::of);
    }
}
