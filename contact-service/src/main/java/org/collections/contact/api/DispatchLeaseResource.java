package org.collections.contact.api;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.util.UUID;
import org.collections.commons.security.CurrentPrincipal;
import org.collections.commons.security.Roles;
import org.collections.contact.api.ContactRequests.DispatchLease;
import org.collections.contact.api.ContactRequests.LeaseRequest;
import org.collections.contact.api.ContactRequests.SlotView;
import org.collections.contact.service.DispatchService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The dispatch queue: due contacts leased, re-checked, and their outcomes reported. */
@Path("/api/v1/dispatch-leases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "SecurityScheme")
public class DispatchLeaseResource {

    @Inject
    DispatchService dispatch;

    @Inject
    CurrentPrincipal principal;

    @POST
    @RolesAllowed(Roles.CASE_WORKERS)
    @Tag(name = ApiTags.DISPATCH, description = ApiTags.DISPATCH_TEXT)
    @Operation(operationId = "leaseContacts", summary = "Lease due contacts of a channel",
            description = "Leases up to limit due contacts of a channel for leaseSeconds, each judged again before it "
                    + "is handed out (one no longer permitted is rescheduled or cancelled instead). Admin, "
                    + "supervisor, collector and agency: a case placed with an agency is worked by that agency, so "
                    + "an agency leases only its own cases' slots and the lender's staff only those of cases placed "
                    + "with none. Safe with several consumers and replicas: no slot is leased twice at once, and a "
                    + "lease not completed in time returns the slot to the queue. The contact address is revealed "
                    + "here only, and each reveal is audited as a read of personal data.")
    @APIResponse(responseCode = "200", description = "The leased contacts, each with the address to use",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DispatchLease.class),
                    examples = @ExampleObject(name = "one call", value = ApiExamples.LEASED)))
    public Uni<DispatchLease> lease(
            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    examples = @ExampleObject(name = "ten calls for five minutes", value = ApiExamples.LEASE_REQUEST)))
            @NotNull @Valid LeaseRequest request) {
        int limit = request.limit() == null ? 10 : request.limit();
        int seconds = request.leaseSeconds() == null ? 300 : request.leaseSeconds();
        return dispatch.lease(request.channel(), limit, principal.name(), Duration.ofSeconds(seconds))
                .map(leased -> new DispatchLease(leased.stream().map(ContactRequests.LeasedContact::of).toList()));
    }

    @POST
    @Path("/{slotId}/outcome")
    @RolesAllowed(Roles.CASE_WORKERS)
    @Tag(name = ApiTags.DISPATCH, description = ApiTags.DISPATCH_TEXT)
    @Operation(operationId = "reportDispatchOutcome", summary = "Report the outcome of a leased contact",
            description = "Reports what came of a leased contact: recorded in the attempt ledger once, as compliant "
                    + "(the lease was re-checked at dispatch), and the slot is DONE. Admin, supervisor, collector "
                    + "and agency, only by the caller holding the lease: 409 when the lease expired, was completed "
                    + "or is held by someone else.")
    public Uni<SlotView> outcome(@PathParam("slotId") UUID slotId,
            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    examples = @ExampleObject(name = "conversation with the debtor", value = ApiExamples.SLOT_OUTCOME)))
            @NotNull @Valid ContactRequests.SlotOutcome outcome) {
        return dispatch.complete(slotId, principal.name(), outcome.outcome(), outcome.at(), principal.name())
                .map(SlotView::of);
    }
}
