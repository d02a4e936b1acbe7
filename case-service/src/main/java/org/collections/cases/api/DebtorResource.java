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
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.util.UUID;
import org.collections.cases.api.Views.DebtorView;
import org.collections.cases.service.DebtorService;
import org.collections.commons.security.CurrentPrincipal;
import org.collections.commons.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/debtors")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Debtors", description = "People who owe; personal data encrypted at rest")
@SecurityRequirement(name = "SecurityScheme")
public class DebtorResource {

    @Inject
    DebtorService service;

    @Inject
    CurrentPrincipal principal;

    @POST
    @RolesAllowed(Roles.STAFF)
    @Operation(operationId = "createDebtor", summary = "Register a debtor",
            description = "Registers a debtor, or returns the existing one (as stored, not updated) when a debtor "
                    + "with the same national id exists. Admin, supervisor and collector. Personal data is encrypted "
                    + "at rest and phones canonicalised to E.164; audited (DEBTOR_CREATED) without personal data.")
    @APIResponse(responseCode = "201", description = "Registered (or the existing debtor); Location names the debtor",
            headers = @Header(name = "Location", description = "The debtor", schema = @Schema(type = SchemaType.STRING, format = "uri-reference")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DebtorView.class)))
    public Uni<RestResponse<DebtorView>> create(
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DebtorRequest.class),
                    examples = @ExampleObject(name = "debtor", summary = "A debtor in Shanghai", value = "{\"fullName\": \"Wang Fang\", \"nationalId\": \"110101199003075678\", \"phones\": [\"+86 139 0013 9000\"], \"emails\": [\"wang.fang@example.org\"], \"address\": {\"line1\": \"88 Century Avenue\", \"city\": \"Shanghai\", \"postalCode\": \"200120\", \"country\": \"CN\"}, \"timeZone\": \"Asia/Shanghai\", \"jurisdiction\": \"CN\", \"preferredLanguage\": \"zh-CN\", \"contactPreferences\": {\"channels\": [\"SMS\", \"CALL\"], \"notBefore\": \"09:00\", \"notAfter\": \"20:00\"}}")))
            @NotNull @Valid DebtorRequest request) {
        return service.create(Requests.newDebtor(request), principal.name()).map(CaseViews::debtor)
                .map(d -> RestResponse.ResponseBuilder.create(RestResponse.Status.CREATED, d)
                        .location(URI.create("/api/v1/debtors/" + d.id())).build());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.EVERYONE)
    @Operation(operationId = "getDebtor", summary = "Read a debtor",
            description = "Returns the debtor's identity and contact details. Every role may read; an agency only the "
                    + "debtors of cases placed with it (404 otherwise), masked. Every unmasked read is audited.")
    public Uni<DebtorView> get(@PathParam("id") UUID id) {
        return service.get(id, principal.name()).map(CaseViews::debtor);
    }
}
