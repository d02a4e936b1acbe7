package org.collections.contact.api;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.collections.commons.http.CursorPage;
import org.collections.commons.problem.ProblemException;
import org.collections.commons.security.Roles;
import org.collections.contact.service.ContactStepService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/contact-steps")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = ApiTags.CONTACT_STEPS, description = ApiTags.CONTACT_STEPS_TEXT)
@SecurityRequirement(name = "SecurityScheme")
public class ContactStepResource {

    @Inject
    ContactStepService steps;

    @GET
    @RolesAllowed(Roles.EVERYONE)
    @Operation(operationId = "listContactSteps", summary = "Contact steps of a case",
            description = "Lists the contact steps asked for a case (plan-service's payment reminders, case-service's "
                    + "treatment steps), oldest first, in cursor pages: each with its channels and what became of it "
                    + "(PENDING until a permitted time, SENT, CALL_BOOKED, BLOCKED with the rules, UNREACHABLE). Every "
                    + "role may read; an agency only for the cases placed with it (404 otherwise).")
    @APIResponse(responseCode = "200", description = "A page of the case's contact steps", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PageSchemas.ContactStepPage.class)))
    public Uni<CursorPage<ContactStepView>> ofCase(@Parameter(required = true) @QueryParam("caseId") UUID caseId,
            @QueryParam("limit") @Parameter(description = ListPages.LIMIT) Integer limit,
            @QueryParam("cursor") @Parameter(description = ListPages.CURSOR) String cursor) {
        if (caseId == null) {
            throw ProblemException.invalidField("caseId", "is required");
        }
        ListPages.Request page = ListPages.Request.of(limit, cursor);
        return steps.ofCase(caseId).map(all -> ListPages.page(all.stream().map(ContactStepView::of).toList(), page,
                v -> v.requestId().toString()));
    }
}
