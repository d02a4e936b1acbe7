package org.collections.plans.api;

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
import java.util.UUID;
import org.collections.commons.security.CurrentPrincipal;
import org.collections.commons.security.Roles;
import org.collections.plans.api.PlanViews.PaymentView;
import org.collections.plans.service.PaymentService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/payments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Payments", description = "Payments towards plans, and their reversal (chargebacks)")
@SecurityRequirement(name = "SecurityScheme")
public class PaymentResource {

    @Inject
    PaymentService payments;

    @Inject
    CurrentPrincipal principal;

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.EVERYONE)
    @Operation(operationId = "getPayment", summary = "Read a payment with its allocations",
            description = "Returns one payment with how it was allocated to installments. Every role may read; an "
                    + "agency only the payments of cases placed with it (404 otherwise).")
    public Uni<PaymentView> get(@PathParam("id") UUID id) {
        return payments.get(id).map(PlanViewMapper::payment);
    }

    @POST
    @Path("/{id}/reversal")
    @RolesAllowed(Roles.MANAGERS)
    @Operation(operationId = "reversePayment", summary = "Reverse a payment (chargeback)",
            description = "Reverses a payment (chargeback): takes back exactly what it paid towards each installment "
                    + "and its credit, and re-opens a COMPLETED plan to ACTIVE. Supervisor and admin only; a payment "
                    + "is reversed at most once (409 after). Audited (PAYMENT_REVERSED) and published as "
                    + "PaymentReversed, so case-service adds the amount back to the balance (and reopens, as ACTIVE, a "
                    + "case the payment had closed PAID_IN_FULL or SETTLED, with an audited reason).")
    public Uni<PaymentView> reverse(@PathParam("id") UUID id, @NotNull @Valid PaymentRequest.Reversal reversal) {
        return payments.reverse(id, reversal.reason(), principal.name()).map(PlanViewMapper::payment);
    }
}
