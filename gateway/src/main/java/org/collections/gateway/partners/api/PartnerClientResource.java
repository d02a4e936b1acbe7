package org.collections.gateway.partners.api;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.util.List;
import org.collections.commons.http.CursorPage;
import org.collections.commons.http.Cursors;
import org.collections.commons.ids.Identifiers;
import org.collections.commons.security.CurrentPrincipal;
import org.collections.commons.security.Roles;
import org.collections.gateway.partners.api.PartnerViews.ClientCredentials;
import org.collections.gateway.partners.api.PartnerViews.ClientView;
import org.collections.gateway.partners.service.PartnerClientService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/partner-clients")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Partner clients", description = "OAuth2 client credentials for partner agencies without certificates")
@SecurityRequirement(name = "SecurityScheme")
@RolesAllowed(Roles.ADMIN)
public class PartnerClientResource {

    @Inject
    PartnerClientService service;

    @Inject
    CurrentPrincipal principal;

    @POST
    @Operation(operationId = "createPartnerClient", summary = "Create an OAuth2 client for an agency",
            description = "Creates an OAuth2 client for a partner agency and returns its id and secret; the secret is "
                    + "shown this once (the gateway keeps only a hash). The client gets agency tokens from POST "
                    + "/oauth2/token. Admin only; the agency must be registered and ACTIVE (422). Audited "
                    + "(PARTNER_CLIENT_CREATED).")
    @APIResponse(responseCode = "201", description = "Created; Location names the client",
            headers = @org.eclipse.microprofile.openapi.annotations.headers.Header(name = "Location", description = "The client", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "uri-reference")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClientCredentials.class)))
    @APIResponse(responseCode = "422", description = "The agency is unknown or not ACTIVE, or a field is missing")
    public Uni<RestResponse<ClientCredentials>> create(@NotNull @Valid PartnerViews.CreateClient request,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return service.create(Identifiers.require("agencyId", request.agencyId()), request.reason(), principal.name(),
                        authorization)
                .map(made -> RestResponse.ResponseBuilder.create(RestResponse.Status.CREATED,
                                ClientCredentials.of(made.client(), made.secret()))
                        .location(URI.create("/api/v1/partner-clients/" + made.client().clientId)).build());
    }

    @GET
    @Operation(operationId = "listPartnerClients", summary = "List partner clients",
            description = "Lists partner clients ordered by agency, then client id, in cursor pages, optionally of "
                    + "one agency; secrets are never listed. Admin only.")
    public Uni<CursorPage<ClientView>> list(@QueryParam("agencyId") String agencyId,
            @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        int size = Cursors.limit(limit);
        List<String> after = Cursors.decode(cursor, 2);
        return service.page(Identifiers.require("agencyId", agencyId), after == null ? null : after.get(0),
                        after == null ? null : after.get(1), size + 1)
                .map(rows -> CursorPage.of(rows, size, c -> Cursors.encode(c.agencyId, c.clientId)).map(ClientView::of));
    }

    @GET
    @Path("/{clientId}")
    @Operation(operationId = "getPartnerClient", summary = "Read a partner client",
            description = "Returns one partner client, without its secret. Admin only.")
    @APIResponse(responseCode = "200", description = "The client (without its secret)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClientView.class)))
    @APIResponse(responseCode = "404", description = "No such client")
    public Uni<ClientView> get(@PathParam("clientId") String clientId) {
        return service.find(clientId).map(ClientView::of);
    }

    @POST
    @Path("/{clientId}/secret-rotation")
    @Operation(operationId = "rotatePartnerClientSecret", summary = "Give a client a new secret",
            description = "Gives a client a new secret, shown this once: the old secret stops working at once, and "
                    + "tokens issued before stay valid until they expire (15 minutes by default). Admin only; a "
                    + "revoked client is a 409. Audited (PARTNER_CLIENT_SECRET_ROTATED) with the reason.")
    @APIResponse(responseCode = "200", description = "The client and its new secret",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClientCredentials.class)))
    @APIResponse(responseCode = "404", description = "No such client")
    @APIResponse(responseCode = "409", description = "The client is revoked")
    public Uni<ClientCredentials> rotate(@PathParam("clientId") String clientId, @NotNull @Valid PartnerViews.Reason request) {
        return service.rotate(clientId, request.reason(), principal.name())
                .map(made -> ClientCredentials.of(made.client(), made.secret()));
    }

    @POST
    @Path("/{clientId}/revocation")
    @Operation(operationId = "revokePartnerClient", summary = "Revoke a client",
            description = "Revokes a client: it gets no more tokens, and the tokens it holds are refused at the "
                    + "gateway (on other replicas within the cache time, 30 s by default). Admin only; revoking "
                    + "twice is a 409. Audited (PARTNER_CLIENT_REVOKED) with the reason.")
    @APIResponse(responseCode = "200", description = "The revoked client",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClientView.class)))
    @APIResponse(responseCode = "404", description = "No such client")
    @APIResponse(responseCode = "409", description = "The client is revoked already")
    public Uni<ClientView> revoke(@PathParam("clientId") String clientId, @NotNull @Valid PartnerViews.Reason request) {
        return service.revoke(clientId, request.reason(), principal.name()).map(ClientView::of);
    }
}
