package org.collections.contact.api;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.collections.commons.http.CursorPage;
import org.collections.commons.security.CurrentPrincipal;
import org.collections.commons.security.Roles;
import org.collections.contact.api.ContactRequests.ConsentView;
import org.collections.contact.service.ConsentService;
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

/** Consents given or withdrawn: night contact, a channel, or one contact point. */
@Path("/api/v1/consents")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "SecurityScheme")
public class ConsentResource {

    @Inject
    ConsentService consents;

    @Inject
    CurrentPrincipal principal;

    @POST
    @RolesAllowed(Roles.CASE_WORKERS)
    @Tag(name = ApiTags.CONSENTS, description = ApiTags.CONSENTS_TEXT)
    @Operation(operationId = "recordConsent", summary = "Record consent given or withdrawn",
            description = "Records consent given or withdrawn and applies it at once: night contact (CN), a whole "
                    + "channel (withdrawn: opted out of it) or one contact point (withdrawn: OPTED_OUT, given: VALID "
                    + "again). Admin, supervisor, collector, and an agency for the debtors of cases placed with it "
                    + "(404 otherwise). Append-only: a later consent of the same kind supersedes, nothing is erased.")
    @APIResponse(responseCode = "201", description = "Recorded; Location lists the debtor's consents",
            headers = @Header(name = "Location", description = "The debtor's consents",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ConsentView.class)))
    public Uni<RestResponse<ConsentView>> consent(
            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    examples = @ExampleObject(name = "SMS opt-out", value = ApiExamples.CONSENT)))
            @NotNull @Valid ContactRequests.NewConsent request) {
        return consents.record(request.toCommand(), principal.name()).map(ConsentView::of)
                .map(v -> Resources.created(v, "/api/v1/consents?debtorId=" + v.debtorId()));
    }

    @GET
    @RolesAllowed(Roles.EVERYONE)
    @Tag(name = ApiTags.CONSENTS, description = ApiTags.CONSENTS_TEXT)
    @Operation(operationId = "listConsents", summary = "A debtor's consents",
            description = "Lists a debtor's consents in the order recorded, in cursor pages. Every role may read; an "
                    + "agency only for the debtors of cases placed with it (404 otherwise).")
    public Uni<CursorPage<ConsentView>> consents(@QueryParam("debtorId") @Parameter(required = true) UUID debtorId,
            @QueryParam("limit") @Parameter(description = ListPages.LIMIT) Integer limit,
            @QueryParam("cursor") @Parameter(description = ListPages.CURSOR) String cursor) {
        ListPages.Request page = ListPages.Request.of(limit, cursor);
        return consents.ofDebtor(Resources.required("debtorId", debtorId))
                .map(all -> ListPages.page(all.stream().map(ConsentView::of).toList(), page, v -> Long.toString(v.id())));
    }
}
