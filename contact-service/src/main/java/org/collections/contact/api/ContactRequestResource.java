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
import org.collections.commons.problem.ProblemException;
import org.collections.commons.security.CurrentPrincipal;
import org.collections.commons.security.Roles;
import org.collections.contact.api.ContactRequests.SlotView;
import org.collections.contact.service.SchedulingService;
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

/** Contacts asked for: each scheduled at the earliest permitted time into the dispatch queue. */
@Path("/api/v1/contact-requests")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "SecurityScheme")
public class ContactRequestResource {

    @Inject
    SchedulingService scheduling;

    @Inject
    CurrentPrincipal principal;

    @POST
    @RolesAllowed(Roles.CASE_WORKERS)
    @Tag(name = ApiTags.SCHEDULING, description = ApiTags.SCHEDULING_TEXT)
    @Operation(operationId = "requestContact", summary = "Request a contact",
            description = "Schedules a contact at the earliest permitted time in the window (now by default) into the "
                    + "dispatch queue; 409 with every blocking rule when there is none. Admin, supervisor, "
                    + "collector, and an agency for the cases placed with it. Pending contacts are cancelled at once "
                    + "when the case becomes restricted (dispute, cease, pause, closure, Breathing Space).")
    @APIResponse(responseCode = "201", description = "Scheduled at the earliest permitted time; Location lists the "
            + "case's contact requests",
            headers = @Header(name = "Location", description = "The case's contact requests",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SlotView.class),
                    examples = @ExampleObject(name = "scheduled at 08:00 local", value = ApiExamples.SLOT)))
    public Uni<RestResponse<SlotView>> request(
            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    examples = @ExampleObject(name = "call within a window", value = ApiExamples.CONTACT_REQUEST)))
            @NotNull @Valid ContactRequests.NewContactRequest request) {
        return scheduling.request(request.toCommand(), principal.name()).map(SlotView::of)
                .map(v -> Resources.created(v, "/api/v1/contact-requests?caseId=" + v.caseId()));
    }

    @GET
    @RolesAllowed(Roles.EVERYONE)
    @Tag(name = ApiTags.SCHEDULING, description = ApiTags.SCHEDULING_TEXT)
    @Operation(operationId = "listContactRequests", summary = "A case's scheduled contacts",
            description = "Lists a case's scheduled contacts by scheduled time, in cursor pages, with their status "
                    + "and outcome. Every role may read; an agency only for the cases placed with it (404 "
                    + "otherwise).")
    public Uni<CursorPage<SlotView>> ofCase(@QueryParam("caseId") @Parameter(required = true) UUID caseId,
            @QueryParam("limit") @Parameter(description = ListPages.LIMIT) Integer limit,
            @QueryParam("cursor") @Parameter(description = ListPages.CURSOR) String cursor) {
        if (caseId == null) {
            throw ProblemException.invalidField("caseId", "is required");
        }
        ListPages.Request page = ListPages.Request.of(limit, cursor);
        return scheduling.ofCase(caseId)
                .map(all -> ListPages.page(all.stream().map(SlotView::of).toList(), page, v -> v.id().toString()));
    }
}
