package org.collections.gateway.partners.api;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.util.UUID;
import org.collections.commons.http.CursorPage;
import org.collections.commons.http.Cursors;
import org.collections.commons.ids.Identifiers;
import org.collections.commons.problem.ProblemException;
import org.collections.commons.security.CurrentPrincipal;
import org.collections.commons.security.Roles;
import org.collections.gateway.partners.api.PartnerViews.CertificateView;
import org.collections.gateway.partners.service.PartnerCertificateService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/partner-certificates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Partner certificates", description = "Which mutual-TLS client certificate speaks for which partner agency")
@SecurityRequirement(name = "SecurityScheme")
@RolesAllowed(Roles.ADMIN)
public class PartnerCertificateResource {

    @Inject
    PartnerCertificateService service;

    @Inject
    CurrentPrincipal principal;

    @POST
    @Operation(operationId = "registerPartnerCertificate", summary = "Register an agency's client certificate",
            description = "Registers a PEM client certificate for a partner agency: from then on a request over "
                    + "mutual TLS with it must carry a token of this agency (403 otherwise). Admin only; the agency "
                    + "must be registered and ACTIVE in case-service's registry, the certificate unexpired and not "
                    + "registered yet (409). Audited (PARTNER_CERTIFICATE_REGISTERED).")
    @APIResponse(responseCode = "201", description = "Registered; Location names the registration",
            headers = @org.eclipse.microprofile.openapi.annotations.headers.Header(name = "Location", description = "The registration", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "uri-reference")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CertificateView.class)))
    @APIResponse(responseCode = "409", description = "This certificate is registered already")
    @APIResponse(responseCode = "422", description = "Not one PEM certificate, expired, or the agency is unknown or not ACTIVE")
    public Uni<RestResponse<CertificateView>> register(@NotNull @Valid PartnerViews.RegisterCertificate request,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return service.register(new PartnerCertificateService.Register(Identifiers.require("agencyId", request.agencyId()),
                        request.certificate(), request.reason(), principal.name(), authorization))
                .map(c -> RestResponse.ResponseBuilder.create(RestResponse.Status.CREATED, CertificateView.of(c))
                        .location(URI.create("/api/v1/partner-certificates/" + c.id)).build());
    }

    @GET
    @Operation(operationId = "listPartnerCertificates", summary = "List registered client certificates",
            description = "Lists registered client certificates ordered by agency, then id, in cursor pages, "
                    + "optionally of one agency. Admin only.")
    public Uni<CursorPage<CertificateView>> list(@QueryParam("agencyId") String agencyId,
            @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        int size = Cursors.limit(limit);
        List<String> after = Cursors.decode(cursor, 2);
        UUID afterId = after == null ? null : uuid(after.get(1));
        return service.page(Identifiers.require("agencyId", agencyId), after == null ? null : after.get(0), afterId, size + 1)
                .map(rows -> CursorPage.of(rows, size, c -> Cursors.encode(c.agencyId, c.id.toString()))
                        .map(CertificateView::of));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getPartnerCertificate", summary = "Read a registered client certificate",
            description = "Returns one certificate registration: the agency, the certificate's fingerprint, subject, "
                    + "issuer and validity. Admin only.")
    @APIResponse(responseCode = "200", description = "The registration",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CertificateView.class)))
    @APIResponse(responseCode = "404", description = "No such registration")
    public Uni<CertificateView> get(@PathParam("id") UUID id) {
        return service.find(id).map(CertificateView::of);
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "removePartnerCertificate", summary = "Remove a client certificate",
            description = "Removes a certificate registration: requests with the certificate are refused from then on "
                    + "(on other gateway replicas within the cache time, 30 s by default). Admin only; audited "
                    + "(PARTNER_CERTIFICATE_REMOVED) with the reason.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "No such registration")
    public Uni<RestResponse<Void>> remove(@PathParam("id") UUID id,
            @QueryParam("reason") @NotBlank @Size(max = 500) String reason) {
        return service.remove(id, reason, principal.name()).map(ignored -> RestResponse.noContent());
    }

    private static UUID uuid(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("cursor", "is not a cursor this API returned; start again without it");
        }
    }
}
