package org.collections.plans.api;

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
import org.collections.commons.http.Cursors;
import org.collections.commons.problem.ProblemException;
import org.collections.commons.security.Roles;
import org.collections.plans.api.PlanViews.PaymentReminderView;
import org.collections.plans.service.PaymentReminderService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/payment-reminders")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Payment reminders", description = "Reminders before plan installments and promises fall due, sent by "
        + "contact-service under its contact rules")
@SecurityRequirement(name = "SecurityScheme")
public class PaymentReminderResource {

    @Inject
    PaymentReminderService reminders;

    @GET
    @RolesAllowed(Roles.EVERYONE)
    @Operation(operationId = "listPaymentReminders", summary = "Payment reminders of a case",
            description = "Lists the reminders asked for a case's installments and promises by due date, in cursor "
                    + "pages, with what contact-service did with each (SENT, CALL_BOOKED, BLOCKED with the rules, "
                    + "UNREACHABLE); caseId is required. Every role may read; an agency only for the cases placed "
                    + "with it.")
    public Uni<CursorPage<PaymentReminderView>> list(@Parameter(required = true) @QueryParam("caseId") UUID caseId,
            @Parameter(description = "Page size, 1 to 200 (default 50)") @QueryParam("limit") Integer limit,
            @Parameter(description = "The nextCursor of the previous page") @QueryParam("cursor") String cursor) {
        if (caseId == null) {
            throw ProblemException.invalidField("caseId", "is required");
        }
        return reminders.ofCase(caseId, cursor, Cursors.limit(limit)).map(page -> page.map(PlanViewMapper::reminder));
    }
}
