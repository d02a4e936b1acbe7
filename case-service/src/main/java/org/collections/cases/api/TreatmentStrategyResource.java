package org.collections.cases.api;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.util.UUID;
import org.collections.cases.service.StrategyService;
import org.collections.cases.treatment.Strategy;
import org.collections.commons.http.CursorPage;
import org.collections.commons.ids.Identifiers;
import org.collections.commons.problem.ProblemException;
import org.collections.commons.security.CurrentPrincipal;
import org.collections.commons.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/treatment-strategies")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = TreatmentStrategyResource.TAG, description = "Segments, treatment paths and champion/challenger experiments")
@SecurityRequirement(name = "SecurityScheme")
public class TreatmentStrategyResource {

    static final String TAG = "Treatment strategies";
    /** Who may read strategies and experiments: those who answer for how cases are treated. */
    static final String STRATEGY_READERS = "${collections.roles.strategy-readers:admin,supervisor,auditor}";

    static final String EXAMPLE = """
            {"creditorId": "BANK-1", "name": "Standard", "segments": [
              {"name": "early-likely-payers", "when": {"buckets": ["1-30"], "minScore": 600},
               "path": [{"afterDays": 0, "action": "MESSAGE", "channels": ["SMS", "EMAIL"], "template": "FIRST_REMINDER"},
                        {"afterDays": 7, "action": "MESSAGE", "channels": ["EMAIL"], "template": "SECOND_REMINDER"}]},
              {"name": "early", "when": {"buckets": ["1-30", "31-60"]},
               "path": [{"afterDays": 0, "action": "MESSAGE", "channels": ["SMS"], "template": "FIRST_REMINDER"},
                        {"afterDays": 1, "action": "MESSAGE", "channels": ["EMAIL"], "template": "FIRST_REMINDER"},
                        {"afterDays": 7, "action": "CALL"},
                        {"afterDays": 30, "action": "PLACE", "agencyId": "AGENCY-1"}]}]}""";

    @Inject
    StrategyService strategies;

    @Inject
    CurrentPrincipal principal;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "createTreatmentStrategy", summary = "Store a treatment strategy",
            description = "Stores a creditor's strategy: segments in order of precedence (a case is in the first it "
                    + "matches, by delinquency bucket, balance, score and placement), each with a path of MESSAGE, "
                    + "CALL and PLACE steps due some days after the case entered the segment. Every MESSAGE and CALL "
                    + "step is judged by contact-service under the case's rule pack, so a path can never break a "
                    + "rule: a step the rules block stops the path. A name used before gets the next version; stored "
                    + "versions never change. It takes effect only when put in force with "
                    + "putStrategyExperiment. Admin only.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = StrategyViews.NewStrategy.class),
            examples = @ExampleObject(name = "two segments", value = EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Stored; Location names it",
            headers = @Header(name = HttpHeaders.LOCATION, description = "The new strategy version",
                    schema = @Schema(type = SchemaType.STRING, format = "uri-reference")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Strategy.class)))
    @APIResponse(responseCode = "422", description = "A segment or step is not valid (the field is named), or a "
            + "PLACE step names an agency that is not registered and active")
    public Uni<RestResponse<Strategy>> create(@Valid @NotNull StrategyViews.NewStrategy request) {
        String creditor = Identifiers.require("creditorId", request.creditorId());
        if (request.name().strip().length() > 100) {
            throw ProblemException.invalidField("name", "must be at most 100 characters");
        }
        return strategies.create(creditor, request.name().strip(), request.segments(), principal.name())
                .map(s -> RestResponse.ResponseBuilder.<Strategy>created(
                        URI.create("/api/v1/treatment-strategies/" + s.id())).entity(s).build());
    }

    @GET
    @RolesAllowed(STRATEGY_READERS)
    @Operation(operationId = "listTreatmentStrategies", summary = "A creditor's treatment strategies, newest first",
            description = "Every stored version of the creditor's strategies. Admin, supervisor, auditor.")
    public Uni<CursorPage<Strategy>> list(@QueryParam("creditorId") String creditorId,
            @QueryParam("limit") @Parameter(description = "Page size, 1-200 (default 50)") Integer limit,
            @QueryParam("cursor") @Parameter(description = "From the previous page's nextCursor") String cursor) {
        if (creditorId == null) {
            throw ProblemException.invalidField("creditorId", "is required");
        }
        return strategies.ofCreditor(Identifiers.require("creditorId", creditorId))
                .map(all -> BoundedPages.page(all, Strategy::id, limit, cursor));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(STRATEGY_READERS)
    @Operation(operationId = "getTreatmentStrategy", summary = "One version of a treatment strategy",
            description = "Its segments and paths as stored. Admin, supervisor, auditor.")
    public Uni<Strategy> get(@PathParam("id") UUID id) {
        return strategies.get(id);
    }
}
