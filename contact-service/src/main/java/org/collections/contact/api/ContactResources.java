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
import java.util.List;
import java.util.UUID;
import org.collections.commons.problem.ProblemException;
import org.collections.commons.security.CurrentPrincipal;
import org.collections.contact.api.ContactRequests.AttemptView;
import org.collections.contact.api.ContactRequests.ConsentView;
import org.collections.contact.api.ContactRequests.ContactPointView;
import org.collections.contact.service.AttemptService;
import org.collections.contact.service.ConsentService;
import org.collections.contact.service.ContactPointService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
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
    @Tag(name = "Contact points")
    @Operation(summary = "Add a phone number, e-mail or postal address of a debtor", description = "Stored encrypted; agencies see it masked.")
    public Uni<RestResponse<ContactPointView>> addPoint(
            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    examples = @ExampleObject(name = "mobile number", value = ApiExamples.CONTACT_POINT)))
            @NotNull @Valid ContactRequests.NewContactPoint request) {
        return points.add(request, principal.name()).map(v -> RestResponse.ResponseBuilder
                .create(RestResponse.Status.CREATED, v).build());
    }

    @GET
    @Path("/contact-points")
    @RolesAllowed({"admin", "supervisor", "collector", "agency", "auditor"})
    @Tag(name = "Contact points")
    public Uni<List<ContactPointView>> points(@QueryParam("debtorId") UUID debtorId) {
        return points.ofDebtor(required("debtorId", debtorId));
    }

    @PUT
    @Path("/contact-points/{id}/status")
    @RolesAllowed({"admin", "supervisor", "collector"})
    @Tag(name = "Contact points")
    @Operation(summary = "Mark a contact point valid, invalid or opted out")
    public Uni<ContactPointView> status(@PathParam("id") UUID id, @NotNull @Valid ContactRequests.StatusChange change) {
        return points.changeStatus(id, change.status(), change.reason(), principal.name());
    }

    @POST
    @Path("/consents")
    @RolesAllowed({"admin", "supervisor", "collector", "agency"})
    @Tag(name = "Consents")
    @Operation(summary = "Record consent given or withdrawn", description = "Append-only; applied at once (opt-outs block contact immediately).")
    public Uni<RestResponse<ConsentView>> consent(
            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    examples = @ExampleObject(name = "SMS opt-out", value = ApiExamples.CONSENT)))
            @NotNull @Valid ContactRequests.NewConsent request) {
        return consents.record(request, principal.name()).map(v -> RestResponse.ResponseBuilder
                .create(RestResponse.Status.CREATED, v).build());
    }

    @GET
    @Path("/consents")
    @RolesAllowed({"admin", "supervisor", "collector", "agency", "auditor"})
    @Tag(name = "Consents")
    public Uni<List<ConsentView>> consents(@QueryParam("debtorId") UUID debtorId) {
        return consents.ofDebtor(required("debtorId", debtorId));
    }

    @POST
    @Path("/attempts")
    @RolesAllowed({"admin", "supervisor", "collector", "agency"})
    @Tag(name = "Attempts")
    @Operation(summary = "Record a contact attempt and its outcome", description = "Append-only ledger. OPT_OUT and WRONG_NUMBER update the contact point at once. "
            + "A DELIVERED attempt with purpose VALIDATION_NOTICE records the debt validation notice (US_REGF).")
    public Uni<RestResponse<AttemptView>> attempt(
            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    examples = @ExampleObject(name = "unanswered call", value = ApiExamples.ATTEMPT)))
            @NotNull @Valid ContactRequests.NewAttempt request) {
        return attempts.record(request, principal.name()).map(v -> RestResponse.ResponseBuilder
                .create(RestResponse.Status.CREATED, v).build());
    }

    @GET
    @Path("/attempts")
    @RolesAllowed({"admin", "supervisor", "collector", "agency", "auditor"})
    @Tag(name = "Attempts")
    public Uni<List<AttemptView>> attempts(@QueryParam("caseId") UUID caseId) {
        return attempts.ofCase(required("caseId", caseId));
    }

    private static UUID required(String name, UUID value) {
        if (value == null) {
            throw ProblemException.invalidField(name, "is required");
        }
        return value;
    }
}
