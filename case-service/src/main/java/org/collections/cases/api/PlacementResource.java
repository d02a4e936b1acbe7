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
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.util.UUID;
import org.collections.cases.api.Views.PlacementView;
import org.collections.cases.service.PlacementService;
import org.collections.commons.http.CursorPage;
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

/** A case's placements with partner agencies. */
@Path("/api/v1/cases/{id}/placements")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Placements", description = "A case placed with a partner agency, and recalled from it")
@SecurityRequirement(name = "SecurityScheme")
public class PlacementResource {

    private static final String LOCATION = "Location";

    @Inject
    PlacementService placements;

    @Inject
    CurrentPrincipal principal;

    @POST
    @RolesAllowed(Roles.MANAGERS)
    @Operation(operationId = "placeCase", summary = "Place the case with a partner agency",
            description = "Places the case with a partner agency, which then sees it (masked) and may work it. "
                    + "Supervisor and admin only; one active placement at a time and never on a closed case (409), "
                    + "with a registered ACTIVE agency (422 otherwise). Audited (PLACED) and published as "
                    + "CasePlaced: the agency's webhook endpoints are notified and contact-service and plan-service "
                    + "scope the agency's access.")
    @APIResponse(responseCode = "201", description = "Placed; Location names the placement",
            headers = @Header(name = LOCATION, description = "The new placement", schema = @Schema(type = SchemaType.STRING, format = "uri-reference")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlacementView.class)))
    public Uni<RestResponse<PlacementView>> place(@PathParam("id") UUID id,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Commands.Place.class),
                    examples = @ExampleObject(name = "agencyA", summary = "With a registered ACTIVE agency", value = "{\"agencyId\": \"AGENCY-A\", \"reason\": \"Accounts over 30 days past due\"}")))
            @NotNull @Valid Commands.Place command) {
        return placements.place(id, Requests.place(command), principal.name()).map(CaseViews::placement)
                .map(p -> RestResponse.ResponseBuilder
                .create(RestResponse.Status.CREATED, p)
                .location(URI.create("/api/v1/cases/" + id + "/placements/" + p.id())).build());
    }

    @POST
    @Path("/{placementId}/recall")
    @RolesAllowed(Roles.MANAGERS)
    @Operation(operationId = "recallPlacement", summary = "Recall the case from the agency",
            description = "Recalls the case from the agency it is placed with: the agency loses access at once. "
                    + "Supervisor and admin only; a placement already recalled is a 409. Audited (RECALLED) with the "
                    + "reason and published as CaseRecalled, which notifies the agency's webhook endpoints without "
                    + "the reason.")
    public Uni<PlacementView> recall(@PathParam("id") UUID id, @PathParam("placementId") UUID placementId,
            @NotNull @Valid Commands.Recall command) {
        return placements.recall(id, placementId, Requests.recall(command), principal.name())
                .map(CaseViews::placement);
    }

    @GET
    @RolesAllowed(Roles.EVERYONE)
    @Operation(operationId = "listPlacements", summary = "Placement history of the case",
            description = "Lists the case's placements, oldest first, in cursor pages. Every role may read; an agency "
                    + "sees only its own current placement, not earlier agencies or why they were recalled.")
    public Uni<CursorPage<PlacementView>> placements(@PathParam("id") UUID id,
            @Parameter(description = "Page size, 1 to 200 (default 50)") @QueryParam("limit") Integer limit,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor) {
        return placements.list(id).map(all -> BoundedPages.page(all.stream().map(CaseViews::placement).toList(),
                PlacementView::id, limit, cursor));
    }

    @GET
    @Path("/{placementId}")
    @RolesAllowed(Roles.EVERYONE)
    @Operation(operationId = "getPlacement", summary = "One placement of the case",
            description = "Returns one placement of the case. Every role may read; an agency only its own current "
                    + "placement (404 for any other).")
    public Uni<PlacementView> placement(@PathParam("id") UUID id, @PathParam("placementId") UUID placementId) {
        return placements.list(id).map(all -> CaseViews.placement(BoundedPages.one(all, p -> p.id, placementId, "Placement")));
    }
}
