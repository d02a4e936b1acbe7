package org.collections.plans.api;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import org.collections.commons.security.Roles;
import org.collections.plans.api.PlanViews.PaymentReminderRunResult;
import org.collections.plans.service.PaymentReminderService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/payment-reminder-runs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Payment reminders", description = "Reminders before plan installments and promises fall due, sent by "
        + "contact-service under its contact rules")
@SecurityRequirement(name = "SecurityScheme")
public class PaymentReminderRunResource {

    @Inject
    PaymentReminderService reminders;

    @Inject
    Clock clock;

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "runPaymentReminders", summary = "Ask for the payment reminders due now",
            description = "Runs what the reminder job does, as of today: every unpaid installment of an ACTIVE plan "
                    + "and every PENDING promise due from tomorrow to plan.reminders.days-before days ahead that has "
                    + "no reminder yet gets one, asked of contact-service (ContactStepRequested). Cases under an "
                    + "enforcement hold are left for after it. Running it again asks for nothing twice. Admin only.")
    public Uni<PaymentReminderRunResult> run() {
        LocalDate today = LocalDate.now(clock);
        return reminders.remindDue(today).map(n -> new PaymentReminderRunResult(today, n));
    }
}
