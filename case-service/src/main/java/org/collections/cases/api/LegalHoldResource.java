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
import org.collections.cases.api.Views.LegalHoldView;
import org.collections.cases.service.LegalHoldService;
import org.collections.commons.http.CursorPage;
import org.collections.commons.security.CurrentPrincipal;
import org.collections.commons.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameters;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** A case's legal holds. */
@Path("/api/v1/cases/{id}/legal-holds")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Retention", description = "How long personal data is kept: retention policies per jurisdiction, the "
        + "erasure of closed cases past retention, legal holds")
@SecurityRequirement(name = "SecurityScheme")
public class LegalHoldResource {

    static final String READERS = "${collections.roles.legal-hold-readers:admin,supervisor,auditor}";

    @Inject
    LegalHoldService holds;

    @Inject
    CurrentPrincipal principal;

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "placeLegalHold", summary = "Place a legal hold",
            description = "Keeps the case's personal data past its retention period (and the debtor's, which stays "
                    + "while any of the debtor's cases keeps it) until the hold is released. Admin only. One hold in "
                    + "force per case (409 legal-hold-in-force); a case whose data was erased already is a 409 "
                    + "case-erased. Audited (LEGAL_HOLD_PLACED) with the reason.")
    @APIResponse(responseCode = "201", description = "Placed; Location names the hold",
            headers = @Header(name = "Location", description = "The new hold", schema = @Schema(type = SchemaType.STRING, format = "uri-reference")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LegalHoldView.class)))
    @Parameter(name = "id", in = ParameterIn.PATH, description = "The case")
    public Uni<RestResponse<LegalHoldView>> place(@PathParam("id") UUID id, @NotNull @Valid Commands.PlaceLegalHold command) {
        return holds.place(id, command.reason(), principal.name()).map(CaseViews::legalHold)
                .map(h -> RestResponse.ResponseBuilder.create(RestResponse.Status.CREATED, h)
                        .location(URI.create("/api/v1/cases/" + id + "/legal-holds/" + h.id())).build());
    }

    @POST
    @Path("/{holdId}/release")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "releaseLegalHold", summary = "Release a legal hold",
            description = "Ends the hold: the case's personal data is erased by the next erasure run if its retention "
                    + "period has passed. Admin only; a hold released already is a 409 legal-hold-released. Audited "
                    + "(LEGAL_HOLD_RELEASED) with the reason.")
    @Parameters({@Parameter(name = "id", in = ParameterIn.PATH, description = "The case"),
            @Parameter(name = "holdId", in = ParameterIn.PATH, description = "The hold")})
    public Uni<LegalHoldView> release(@PathParam("id") UUID id, @PathParam("holdId") UUID holdId,
            @NotNull @Valid Commands.ReleaseLegalHold command) {
        return holds.release(id, holdId, command.reason(), principal.name()).map(CaseViews::legalHold);
    }

    @GET
    @RolesAllowed(READERS)
    @Operation(operationId = "listLegalHolds", summary = "Legal holds of the case",
            description = "The case's holds, in force and released, oldest first, in cursor pages. Admin, supervisor "
                    + "and auditor.")
    @Parameter(name = "id", in = ParameterIn.PATH, description = "The case")
    public Uni<CursorPage<LegalHoldView>> list(@PathParam("id") UUID id,
            @Parameter(description = "Page size, 1 to 200 (default 50)") @QueryParam("limit") Integer limit,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor) {
        return holds.list(id).map(all -> BoundedPages.page(all.stream().map(CaseViews::legalHold).toList(),
                LegalHoldView::id, limit, cursor));
    }

    @GET
    @Path("/{holdId}")
    @RolesAllowed(READERS)
    @Operation(operationId = "getLegalHold", summary = "One legal hold of the case",
            description = "Admin, supervisor and auditor.")
    @Parameters({@Parameter(name = "id", in = ParameterIn.PATH, description = "The case"),
            @Parameter(name = "holdId", in = ParameterIn.PATH, description = "The hold")})
    public Uni<LegalHoldView> get(@PathParam("id") UUID id, @PathParam("holdId") UUID holdId) {
        return holds.list(id).map(all -> CaseViews.legalHold(BoundedPages.one(all, h -> h.id, holdId, "Legal hold")));
    }
}
