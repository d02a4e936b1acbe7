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
import org.collections.contact.api.ContactRequests.AttemptView;
import org.collections.contact.service.AttemptService;
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

/** The attempt ledger: every contact attempt and its outcome. */
@Path("/api/v1/attempts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "SecurityScheme")
public class AttemptResource {

    @Inject
    AttemptService attempts;

    @Inject
    CurrentPrincipal principal;

    @POST
    @RolesAllowed(Roles.CASE_WORKERS)
    @Tag(name = ApiTags.ATTEMPTS, description = ApiTags.ATTEMPTS_TEXT)
    @APIResponse(responseCode = "201", description = "Recorded; Location lists the case's attempts",
            headers = @Header(name = "Location", description = "The case's attempts",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AttemptView.class)))
    @Operation(operationId = "recordAttempt", summary = "Record a contact attempt and its outcome",
            description = "Enters a contact attempt and its outcome in the append-only ledger, where it counts toward "
                    + "the rule packs' caps. Admin, supervisor, collector, and an agency on the cases placed with it "
                    + "(the agency is recorded). An outbound attempt without a valid dispatch lease (leaseId) or "
                    + "fresh ALLOW decision (decisionId) of the caller is still recorded, but non-compliant with the "
                    + "rules it broke: audited and published as ComplianceBreach to case-service and the agency's "
                    + "webhook endpoints. OPT_OUT and WRONG_NUMBER update the contact point at once; a DELIVERED "
                    + "attempt with purpose VALIDATION_NOTICE records the debt validation notice (US_REGF).")
    public Uni<RestResponse<AttemptView>> attempt(
            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    examples = {@ExampleObject(name = "the debtor called in", value = ApiExamples.ATTEMPT),
                            @ExampleObject(name = "unanswered call under an ALLOW decision",
                                    value = ApiExamples.ATTEMPT_UNDER_DECISION)}))
            @NotNull @Valid ContactRequests.NewAttempt request) {
        return attempts.record(request.toCommand(), principal.name()).map(AttemptView::of)
                .map(v -> Resources.created(v, "/api/v1/attempts?caseId=" + v.caseId()));
    }

    @GET
    @RolesAllowed(Roles.EVERYONE)
    @Tag(name = ApiTags.ATTEMPTS, description = ApiTags.ATTEMPTS_TEXT)
    @Operation(operationId = "listAttempts", summary = "A case's contact attempts",
            description = "Lists a case's attempts, oldest first, in cursor pages, each with whether it was compliant "
                    + "and the rules it broke. Every role may read; an agency only for the cases placed with it (404 "
                    + "otherwise).")
    public Uni<CursorPage<AttemptView>> attempts(@QueryParam("caseId") @Parameter(required = true) UUID caseId,
            @QueryParam("limit") @Parameter(description = ListPages.LIMIT) Integer limit,
            @QueryParam("cursor") @Parameter(description = ListPages.CURSOR) String cursor) {
        ListPages.Request page = ListPages.Request.of(limit, cursor);
        return attempts.ofCase(Resources.required("caseId", caseId))
                .map(all -> ListPages.page(all.stream().map(AttemptView::of).toList(), page, v -> Long.toString(v.id())));
    }
}
