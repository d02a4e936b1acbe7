package org.collections.cases.api;

import io.smallrye.common.annotation.Blocking;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.HttpHeaders;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.collections.cases.service.ModelCard;
import org.collections.cases.service.ScoreQueries;
import org.collections.cases.service.ScoreTraining;
import org.collections.commons.http.CursorPage;
import org.collections.commons.http.Cursors;
import org.collections.commons.ids.Identifiers;
import org.collections.commons.problem.ProblemException;
import org.collections.commons.security.CurrentPrincipal;
import org.collections.commons.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Scores", description = "Propensity-to-pay scores and the models behind them")
@SecurityRequirement(name = "SecurityScheme")
@Path("/api/v1/score-models")
public class ScoreModelResource {

    /** Who may read model cards: those who answer for how cases are treated. */
    static final String MODEL_READERS = "${collections.roles.model-readers:admin,supervisor,auditor}";

    @Inject
    ScoreQueries scores;

    @Inject
    ScoreTraining training;

    @Inject
    CurrentPrincipal principal;

    @Schema(description = "Train a creditor's propensity model now")
    public record TrainRequest(@NotNull @Schema(required = true, description = "The creditor whose history to learn from",
            examples = "BANK-1") String creditorId) {
    }

    @GET
    @Blocking
    @RolesAllowed(MODEL_READERS)
    @Operation(operationId = "listScoreModels", summary = "A creditor's propensity models, newest first",
            description = "Each model's card: what it predicts, the training window and samples, the features and "
                    + "their weights, the attributes it may never use, and its AUC against the scorecard's on cases "
                    + "held out of training. At most one is ACTIVE; REJECTED ones say why. Admin, supervisor, auditor.")
    public CursorPage<ModelCard> models(@QueryParam("creditorId") String creditorId, @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor) {
        if (creditorId == null) {
            throw ProblemException.invalidField("creditorId", "is required");
        }
        String creditor = Identifiers.require("creditorId", creditorId);
        int size = Cursors.limit(limit);
        List<String> after = Cursors.decode(cursor, 1);
        Integer before = after == null ? null : version(after.get(0));
        return CursorPage.of(scores.cards(creditor, before, size + 1), size,
                card -> Cursors.encode(String.valueOf(card.version())));
    }

    @GET
    @Path("/{id}")
    @Blocking
    @RolesAllowed(MODEL_READERS)
    @Operation(operationId = "getScoreModel", summary = "One propensity model's card",
            description = "The card of one model, as listed by listScoreModels: status, training window and samples, "
                    + "features and weights, excluded attributes, AUC against the scorecard. Admin, supervisor, "
                    + "auditor.")
    public ModelCard model(@PathParam("id") UUID id) {
        return scores.card(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Blocking
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "trainScoreModel", summary = "Train a creditor's propensity model now",
            description = "Learns from the creditor's case history (the nightly job does the same for every "
                    + "creditor) and returns the new model's card: ACTIVE when it beats both the AUC floor and the "
                    + "scorecard on held-out cases (it then scores the creditor's cases), otherwise REJECTED with the "
                    + "reason. Takes seconds to a minute for a large portfolio. Admin only.")
    @APIResponse(responseCode = "201", description = "Trained; Location names the model",
            headers = @Header(name = HttpHeaders.LOCATION, description = "The new model",
                    schema = @Schema(type = SchemaType.STRING, format = "uri-reference")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ModelCard.class)))
    public RestResponse<ModelCard> train(@Valid @NotNull TrainRequest request) {
        ModelCard card = training.train(Identifiers.require("creditorId", request.creditorId()),
                principal.name());
        return RestResponse.ResponseBuilder.<ModelCard>created(URI.create("/api/v1/score-models/" + card.id())).entity(card).build();
    }

    private static int version(String cursor) {
        try {
            return Integer.parseInt(cursor);
        } catch (NumberFormatException e) {
            throw ProblemException.invalidField("cursor", "is not a cursor this API returned; start again without it");
        }
    }
}
