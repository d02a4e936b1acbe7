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
import org.collections.cases.api.Views.DisputeView;
import org.collections.cases.service.DisputeService;
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

/** A case's disputes. */
@Path("/api/v1/cases/{id}/disputes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Disputes", description = "The debtor contests the debt: collection and contact pause until it is resolved")
@SecurityRequirement(name = "SecurityScheme")
public class DisputeResource {

    private static final String LOCATION = "Location";

    @Inject
    DisputeService disputes;

    @Inject
    CurrentPrincipal principal;

    @POST
    @RolesAllowed(Roles.CASE_WORKERS)
    @Operation(operationId = "fileDispute", summary = "File a dispute",
            description = "Files a dispute: the case becomes DISPUTED, so collection and contact pause until it is "
                    + "resolved. Admin, supervisor, collector, and an agency on the cases placed with it; one open "
                    + "dispute at a time (409). Audited (DISPUTE_FILED, STATUS_CHANGED) and published as "
                    + "CaseStatusChanged and ContactRestrictionChanged: contact-service cancels pending contacts and "
                    + "plan-service holds enforcement.")
    @APIResponse(responseCode = "201", description = "Filed; Location names the dispute",
            headers = @Header(name = LOCATION, description = "The new dispute", schema = @Schema(type = SchemaType.STRING, format = "uri-reference")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DisputeView.class)))
    public Uni<RestResponse<DisputeView>> file(@PathParam("id") UUID id,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Commands.FileDispute.class),
                    examples = @ExampleObject(name = "stolenCard", summary = "The debtor contests the debt", value = "{\"reason\": \"Debtor says the card was stolen\"}")))
            @NotNull @Valid Commands.FileDispute command) {
        return disputes.file(id, Requests.fileDispute(command), principal.name()).map(CaseViews::dispute)
                .map(d -> RestResponse.ResponseBuilder
                .create(RestResponse.Status.CREATED, d)
                .location(URI.create("/api/v1/cases/" + id + "/disputes/" + d.id())).build());
    }

    @POST
    @Path("/{disputeId}/resolution")
    @RolesAllowed(Roles.MANAGERS)
    @Operation(operationId = "resolveDispute", summary = "Resolve a dispute",
            description = "Resolves an open dispute as UPHELD or REJECTED; a DISPUTED case returns to ACTIVE. "
                    + "Supervisor and admin only; a dispute already resolved is a 409. Audited (DISPUTE_RESOLVED) "
                    + "and published as CaseStatusChanged and ContactRestrictionChanged, so contact and enforcement "
                    + "may resume.")
    @Parameters({@Parameter(name = "id", in = ParameterIn.PATH, description = "The case"), @Parameter(name = "disputeId", in = ParameterIn.PATH, description = "The dispute")})
    public Uni<DisputeView> resolve(@PathParam("id") UUID id, @PathParam("disputeId") UUID disputeId,
            @NotNull @Valid Commands.ResolveDispute command) {
        return disputes.resolve(id, disputeId, Requests.resolveDispute(command), principal.name())
                .map(CaseViews::dispute);
    }

    @GET
    @RolesAllowed(Roles.EVERYONE)
    @Operation(operationId = "listDisputes", summary = "Disputes of the case",
            description = "Lists the case's disputes, oldest first, in cursor pages. Every role may read; an agency "
                    + "only on the cases placed with it.")
    public Uni<CursorPage<DisputeView>> disputes(@PathParam("id") UUID id,
            @Parameter(description = "Page size, 1 to 200 (default 50)") @QueryParam("limit") Integer limit,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor) {
        return disputes.list(id).map(all -> BoundedPages.page(all.stream().map(CaseViews::dispute).toList(),
                DisputeView::id, limit, cursor));
    }

    @GET
    @Path("/{disputeId}")
    @RolesAllowed(Roles.EVERYONE)
    @Operation(operationId = "getDispute", summary = "One dispute of the case",
            description = "Returns one dispute of the case, open while outcome is null. Every role may read; an "
                    + "agency only on the cases placed with it.")
    @Parameters({@Parameter(name = "id", in = ParameterIn.PATH, description = "The case"), @Parameter(name = "disputeId", in = ParameterIn.PATH, description = "The dispute")})
    public Uni<DisputeView> dispute(@PathParam("id") UUID id, @PathParam("disputeId") UUID disputeId) {
        return disputes.list(id).map(all -> CaseViews.dispute(BoundedPages.one(all, d -> d.id, disputeId, "Dispute")));
    }
}
