package org.collections.contact.api;

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
import java.util.UUID;
import org.collections.commons.http.CursorPage;
import org.collections.commons.problem.ProblemException;
import org.collections.commons.security.CurrentPrincipal;
import org.collections.contact.api.ContactRequests.AttemptView;
import org.collections.contact.api.ContactRequests.ConsentView;
import org.collections.contact.api.ContactRequests.ContactPointView;
import org.collections.contact.service.AttemptService;
import org.collections.contact.service.ConsentService;
import org.collections.contact.service.ContactPointService;
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

/** Contact points, consents and the attempt ledger. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "SecurityScheme")
public class ContactResources {

    static final String LIMIT = "Page size, 1 to 200; default 50";
    static final String CURSOR = "The nextCursor of the previous page; absent for the first page";

    @Inject
    ContactPointService points;

    @Inject
    ConsentService consents;

    @Inject
    AttemptService attempts;

    @Inject
    CurrentPrincipal principal;

    @POST
    @Path("/contact-points")
    @RolesAllowed({"admin", "supervisor", "collector"})
    @Tag(name = ApiTags.CONTACT_POINTS, description = ApiTags.CONTACT_POINTS_TEXT)
    @Operation(operationId = "addContactPoint", summary = "Add a phone number, e-mail or postal address of a debtor",
            description = "Adds a phone number (stored in E.164), e-mail or postal address to a debtor the platform "
                    + "has a case for, as VALID. Admin, supervisor and collector. Stored encrypted and masked for "
                    + "agencies; a value the debtor already has is a 409. Audited (CONTACT_POINT_ADDED) without the "
                    + "value.")
    @APIResponse(responseCode = "201", description = "Added; Location lists the debtor's contact points",
            headers = @Header(name = "Location", description = "The debtor's contact points",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ContactPointView.class)))
    public Uni<RestResponse<ContactPointView>> addPoint(
            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    examples = @ExampleObject(name = "mobile number", value = ApiExamples.CONTACT_POINT)))
            @NotNull @Valid ContactRequests.NewContactPoint request) {
        return points.add(request.toCommand(), principal.name()).map(ContactPointView::of)
                .map(v -> created(v, "/api/v1/contact-points?debtorId=" + v.debtorId()));
    }

    @GET
    @Path("/contact-points")
    @RolesAllowed({"admin", "supervisor", "collector", "agency", "auditor"})
    @Tag(name = ApiTags.CONTACT_POINTS, description = ApiTags.CONTACT_POINTS_TEXT)
    @Operation(operationId = "listContactPoints", summary = "A debtor's contact points",
            description = "Lists a debtor's contact points, oldest first, in cursor pages, with whether each may be "
                    + "used. Every role may read; an agency only for the debtors of cases placed with it (404 "
                    + "otherwise), with the values masked.")
    public Uni<CursorPage<ContactPointView>> points(@QueryParam("debtorId") @Parameter(required = true) UUID debtorId,
            @QueryParam("limit") @Parameter(description = LIMIT) Integer limit,
            @QueryParam("cursor") @Parameter(description = CURSOR) String cursor) {
        ListPages.Request page = ListPages.Request.of(limit, cursor);
        return points.ofDebtor(required("debtorId", debtorId))
                .map(all -> ListPages.page(all.stream().map(ContactPointView::of).toList(), page, v -> v.id().toString()));
    }

    @PUT
    @Path("/contact-points/{id}/status")
    @RolesAllowed({"admin", "supervisor", "collector"})
    @Tag(name = ApiTags.CONTACT_POINTS, description = ApiTags.CONTACT_POINTS_TEXT)
    @Operation(operationId = "changeContactPointStatus", summary = "Mark a contact point valid, invalid or opted out",
            description = "Marks a contact point VALID, INVALID or OPTED_OUT; the next decisions and leases judge it "
                    + "at once (an INVALID or OPTED_OUT point is not used). Admin, supervisor and collector. Audited "
                    + "(CONTACT_POINT_STATUS) with the reason.")
    public Uni<ContactPointView> status(@PathParam("id") UUID id, @NotNull @Valid ContactRequests.StatusChange change) {
        return points.changeStatus(id, change.status(), change.reason(), principal.name()).map(ContactPointView::of);
    }

    @POST
    @Path("/consents")
    @RolesAllowed({"admin", "supervisor", "collector", "agency"})
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
                .map(v -> created(v, "/api/v1/consents?debtorId=" + v.debtorId()));
    }

    @GET
    @Path("/consents")
    @RolesAllowed({"admin", "supervisor", "collector", "agency", "auditor"})
    @Tag(name = ApiTags.CONSENTS, description = ApiTags.CONSENTS_TEXT)
    @Operation(operationId = "listConsents", summary = "A debtor's consents",
            description = "Lists a debtor's consents in the order recorded, in cursor pages. Every role may read; an "
                    + "agency only for the debtors of cases placed with it (404 otherwise).")
    public Uni<CursorPage<ConsentView>> consents(@QueryParam("debtorId") @Parameter(required = true) UUID debtorId,
            @QueryParam("limit") @Parameter(description = LIMIT) Integer limit,
            @QueryParam("cursor") @Parameter(description = CURSOR) String cursor) {
        ListPages.Request page = ListPages.Request.of(limit, cursor);
        return consents.ofDebtor(required("debtorId", debtorId))
                .map(all -> ListPages.page(all.stream().map(ConsentView::of).toList(), page, v -> Long.toString(v.id())));
    }

    @POST
    @Path("/attempts")
    @RolesAllowed({"admin", "supervisor", "collector", "agency"})
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
                .map(v -> created(v, "/api/v1/attempts?caseId=" + v.caseId()));
    }

    @GET
    @Path("/attempts")
    @RolesAllowed({"admin", "supervisor", "collector", "agency", "auditor"})
    @Tag(name = ApiTags.ATTEMPTS, description = ApiTags.ATTEMPTS_TEXT)
    @Operation(operationId = "listAttempts", summary = "A case's contact attempts",
            description = "Lists a case's attempts, oldest first, in cursor pages, each with whether it was compliant "
                    + "and the rules it broke. Every role may read; an agency only for the cases placed with it (404 "
                    + "otherwise).")
    public Uni<CursorPage<AttemptView>> attempts(@QueryParam("caseId") @Parameter(required = true) UUID caseId,
            @QueryParam("limit") @Parameter(description = LIMIT) Integer limit,
            @QueryParam("cursor") @Parameter(description = CURSOR) String cursor) {
        ListPages.Request page = ListPages.Request.of(limit, cursor);
        return attempts.ofCase(required("caseId", caseId))
                .map(all -> ListPages.page(all.stream().map(AttemptView::of).toList(), page, v -> Long.toString(v.id())));
    }

    static <T> RestResponse<T> created(T body, String location) {
        return RestResponse.ResponseBuilder.create(RestResponse.Status.CREATED, body).location(URI.create(location)).build();
    }

    private static UUID required(String name, UUID value) {
        if (value == null) {
            throw ProblemException.invalidField(name, "is required");
        }
        return value;
    }
}
