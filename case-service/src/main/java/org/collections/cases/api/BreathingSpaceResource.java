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
import org.collections.cases.api.Views.BreathingSpaceView;
import org.collections.cases.service.BreathingSpaceService;
import org.collections.commons.http.CursorPage;
import org.collections.commons.security.CurrentPrincipal;
import org.collections.commons.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameters;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/cases/{id}/breathing-space")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Breathing Space", description = "UK Debt Respite Scheme: contact and enforcement stop while one is in force")
@SecurityRequirement(name = "SecurityScheme")
public class BreathingSpaceResource {

    @Inject
    BreathingSpaceService service;

    @Inject
    CurrentPrincipal principal;

    @POST
    @RolesAllowed(Roles.STAFF)
    @Operation(operationId = "startBreathingSpace", summary = "Start a Breathing Space",
            description = "Starts a Breathing Space: a STANDARD one lasts 60 days from startedOn, a "
                    + "MENTAL_HEALTH_CRISIS one until the crisis ends, then 30 more days. Admin, supervisor and "
                    + "collector; 409 when one is already in force or the case is closed. It does not change the "
                    + "case's status but adds the BREATHING_SPACE restriction: audited and published as "
                    + "ContactRestrictionChanged, so contact and enforcement stop.")
    @APIResponse(responseCode = "201", description = "Started; Location names it",
            headers = @Header(name = "Location", description = "The new Breathing Space", schema = @Schema(type = SchemaType.STRING, format = "uri-reference")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BreathingSpaceView.class)))
    @APIResponse(responseCode = "409", description = "A Breathing Space is already in force, or the case is closed")
    @APIResponse(responseCode = "422", description = "startedOn in the future or so far back that it would have ended")
    public Uni<RestResponse<BreathingSpaceView>> start(@PathParam("id") UUID id,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Commands.StartBreathingSpace.class),
                    examples = @ExampleObject(name = "standardFromToday", summary = "A standard Breathing Space starting today", value = "{\"type\": \"STANDARD\", \"reason\": \"Insolvency Service notification DRS-12345\"}")))
            @NotNull @Valid Commands.StartBreathingSpace request) {
        return service.start(id, new BreathingSpaceService.Start(request.type(), request.startedOn(), request.reason()),
                principal.name()).map(BreathingSpaceResource::view)
                .map(view -> RestResponse.ResponseBuilder.create(RestResponse.Status.CREATED, view)
                        .location(URI.create("/api/v1/cases/" + id + "/breathing-space/" + view.id())).build());
    }

    @POST
    @Path("/end")
    @RolesAllowed(Roles.STAFF)
    @Operation(operationId = "endBreathingSpace", summary = "End the Breathing Space in force",
            description = "Ends the Breathing Space in force: a STANDARD one ends at once (early cancellation); for a "
                    + "MENTAL_HEALTH_CRISIS one the crisis ends on endedOn and the protection continues 30 more days "
                    + "(endsOn = endedOn + 30). Admin, supervisor and collector; 409 when none is in force or the "
                    + "crisis already ended. Audited and published as ContactRestrictionChanged.")
    @APIResponse(responseCode = "200", description = "The Breathing Space as it now stands",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BreathingSpaceView.class)))
    @APIResponse(responseCode = "409", description = "No Breathing Space is in force, or the crisis already ended")
    @APIResponse(responseCode = "422", description = "endedOn in the future or before the start")
    public Uni<BreathingSpaceView> end(@PathParam("id") UUID id, @NotNull @Valid Commands.EndBreathingSpace request) {
        return service.end(id, new BreathingSpaceService.End(request.endedOn(), request.reason()), principal.name())
                .map(BreathingSpaceResource::view);
    }

    @GET
    @RolesAllowed(Roles.EVERYONE)
    @Operation(operationId = "listBreathingSpaces", summary = "Every Breathing Space of the case, oldest first",
            description = "Lists every Breathing Space the case has had, oldest first, in cursor pages; ended ones "
                    + "stay. Every role may read; an agency only on the cases placed with it.")
    public Uni<CursorPage<BreathingSpaceView>> list(@PathParam("id") UUID id,
            @Parameter(description = "Page size, 1 to 200 (default 50)") @QueryParam("limit") Integer limit,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor) {
        return service.list(id).map(periods -> BoundedPages.page(
                periods.stream().map(BreathingSpaceResource::view).toList(), BreathingSpaceView::id, limit, cursor));
    }

    @GET
    @Path("/{breathingSpaceId}")
    @RolesAllowed(Roles.EVERYONE)
    @Operation(operationId = "getBreathingSpace", summary = "One Breathing Space of the case",
            description = "Returns one Breathing Space of the case, with whether it is in force today (UTC). Every "
                    + "role may read; an agency only on the cases placed with it.")
    @Parameters({@Parameter(name = "id", in = ParameterIn.PATH, description = "The case"),
            @Parameter(name = "breathingSpaceId", in = ParameterIn.PATH, description = "The Breathing Space")})
    @APIResponse(responseCode = "200", description = "The Breathing Space",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BreathingSpaceView.class)))
    public Uni<BreathingSpaceView> get(@PathParam("id") UUID id, @PathParam("breathingSpaceId") UUID breathingSpaceId) {
        return service.get(id, breathingSpaceId).map(BreathingSpaceResource::view);
    }

    static BreathingSpaceView view(BreathingSpaceService.Period p) {
        return new BreathingSpaceView(p.id(), p.caseId(), p.type(), p.startedOn(), p.endsOn(), p.crisisEndedOn(),
                p.endedOn(), p.inForce(), p.startedBy(), p.startReason(), p.startedAt(), p.endedBy(), p.endReason(),
                p.endedAt());
    }
}
