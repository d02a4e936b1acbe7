package org.collections.cases.api;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.util.List;
import org.collections.cases.api.AgencyRequests.AgencyView;
import org.collections.cases.service.AgencyService;
import org.collections.commons.http.CursorPage;
import org.collections.commons.http.Cursors;
import org.collections.commons.ids.Identifiers;
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

@Path("/api/v1/agencies")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Agencies", description = "The registry of partner agencies cases are placed with")
@SecurityRequirement(name = "SecurityScheme")
public class AgencyResource {

    @Inject
    AgencyService service;

    @Inject
    CurrentPrincipal principal;

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "registerAgency", summary = "Register a partner agency",
            description = "Registers a partner agency; only a registered ACTIVE agency receives placements. Admin "
                    + "only. The id is canonicalised (NFKC, upper-case) and must then match "
                    + "[A-Z0-9][A-Z0-9._-]{0,63}; it is the agency_id of the agency's tokens. Audited "
                    + "(AGENCY_REGISTERED).")
    @APIResponse(responseCode = "201", description = "Registered; Location names the agency",
            headers = @Header(name = "Location", description = "The new agency", schema = @Schema(type = SchemaType.STRING, format = "uri-reference")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgencyView.class)))
    @APIResponse(responseCode = "409", description = "An agency with this id is registered already")
    @APIResponse(responseCode = "422", description = "The id is not a valid identifier, or a field is missing")
    public Uni<RestResponse<AgencyView>> register(
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgencyRequests.Register.class),
                    examples = @ExampleObject(name = "agencyA", summary = "A new partner agency", value = "{\"id\": \"AGENCY-A\", \"name\": \"Agency A Collections Ltd\", \"reason\": \"Contract signed 2026-11-30\"}")))
            @NotNull @Valid AgencyRequests.Register request) {
        return service.register(Identifiers.require("id", request.id()), request.name(), request.status(), request.reason(), principal.name())
                .map(a -> RestResponse.ResponseBuilder.create(RestResponse.Status.CREATED, AgencyView.of(a))
                        .location(URI.create("/api/v1/agencies/" + a.id)).build());
    }

    @GET
    @RolesAllowed(Roles.STAFF_AND_AUDITORS)
    @Operation(operationId = "listAgencies", summary = "List the registered agencies",
            description = "Lists the registered agencies, ordered by id, in cursor pages. Admin, supervisor, "
                    + "collector and auditor; not agencies.")
    public Uni<CursorPage<AgencyView>> list(
            @Parameter(description = "Page size, 1 to 200 (default 50)") @QueryParam("limit") Integer limit,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor) {
        int pageLimit = Cursors.limit(limit);
        List<String> after = Cursors.decode(cursor, 1);
        return service.list(after == null ? null : after.get(0), pageLimit).map(page -> page.map(AgencyView::of));
    }

    @GET
    @Path("/{agencyId}")
    @RolesAllowed(Roles.STAFF_AND_AUDITORS)
    @Operation(operationId = "getAgency", summary = "Read a registered agency",
            description = "Returns one registered agency by id (canonicalised like at registration). Admin, "
                    + "supervisor, collector and auditor; not agencies.")
    @APIResponse(responseCode = "200", description = "The agency",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgencyView.class)))
    @APIResponse(responseCode = "404", description = "No such agency")
    public Uni<AgencyView> get(@PathParam("agencyId") String agencyId) {
        return service.find(Identifiers.require("agencyId", agencyId)).map(AgencyView::of);
    }

    @PUT
    @Path("/{agencyId}/status")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "changeAgencyStatus", summary = "Suspend an agency or make it active again",
            description = "Suspends an agency or makes it ACTIVE again: a suspended agency receives no new "
                    + "placements, and the cases placed with it stay until recalled. Admin only. Audited "
                    + "(AGENCY_STATUS_CHANGED) with the reason.")
    @APIResponse(responseCode = "200", description = "The agency after the change",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgencyView.class)))
    @APIResponse(responseCode = "404", description = "No such agency")
    public Uni<AgencyView> changeStatus(@PathParam("agencyId") String agencyId,
            @NotNull @Valid AgencyRequests.ChangeStatus request) {
        return service.changeStatus(Identifiers.require("agencyId", agencyId), request.status(), request.reason(),
                principal.name()).map(AgencyView::of);
    }
}
