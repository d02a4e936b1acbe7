package org.collections.plans.api;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.collections.commons.http.ETags;
import org.collections.commons.http.QueryParams;
import org.collections.commons.idempotency.IdempotencyKeys;
import org.collections.commons.idempotency.IdempotentResponse;
import org.collections.commons.idempotency.ReplayAccessCheck;
import org.collections.commons.problem.ProblemException;
import org.collections.commons.security.CurrentPrincipal;
import org.collections.plans.api.PlanViews.Page;
import org.collections.plans.api.PlanViews.PaymentView;
import org.collections.plans.api.PlanViews.PlanSummary;
import org.collections.plans.api.PlanViews.PlanView;
import org.collections.plans.api.PlanViews.ScheduleView;
import org.collections.plans.domain.PlanStatus;
import org.collections.plans.service.PaymentService;
import org.collections.plans.service.PlanService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/plans")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Plans", description = "Repayment plans: installments, settlements, hardship")
@SecurityRequirement(name = "SecurityScheme")
public class PlanResource {

    @Inject
    PlanService plans;

    @Inject
    PaymentService payments;

    @Inject
    IdempotencyKeys idempotency;

    @Inject
    CurrentPrincipal principal;

    @POST
    @Path("/preview")
    @RolesAllowed({"admin", "supervisor", "collector", "agency"})
    @Operation(summary = "Preview a plan's schedule", description = "Computes the schedule the plan would have; "
            + "persists nothing. Installments sum exactly to the total; the last takes the rounding residual.")
    public Uni<ScheduleView> preview(@NotNull @Valid PlanRequest request) {
        return plans.preview(request);
    }

    @POST
    @RolesAllowed({"admin", "supervisor", "collector", "agency"})
    @Operation(summary = "Propose a plan", description = "Checks with case-service that the case exists, is neither "
            + "CLOSED nor DISPUTED, and that the plan does not exceed its balance; then stores the plan awaiting "
            + "approval (or as DRAFT). Send an Idempotency-Key to make retries safe.")
    public Uni<Response> create(@HeaderParam(IdempotencyKeys.HEADER) String key, @NotNull @Valid PlanRequest request) {
        return idempotency.run(key, principal.idempotencyScope(), Map.of("op", "create-plan", "body", request),
                () -> plans.create(request, principal.name()).map(p -> IdempotentResponse.created(p,
                        "/api/v1/plans/" + p.id(), ETags.of(p.version()))),
                location -> plans.get(UUID.fromString(ReplayAccessCheck.lastSegment(location))));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"admin", "supervisor", "collector", "agency", "auditor"})
    @Operation(summary = "Read a plan with its installments")
    public Uni<RestResponse<PlanView>> get(@PathParam("id") UUID id) {
        return plans.get(id).map(v -> ETags.tagged(v, v.version()));
    }

    @GET
    @RolesAllowed({"admin", "supervisor", "collector", "agency", "auditor"})
    @Operation(summary = "List plans", description = "By case and/or status; agencies see plans of their placed cases only.")
    public Uni<Page<PlanSummary>> list(@QueryParam("caseId") UUID caseId,
            @Parameter(description = "DRAFT, PENDING_APPROVAL, ACTIVE, COMPLETED, BROKEN, CANCELLED") @QueryParam("status") String status,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        return plans.list(caseId, QueryParams.enumValue("status", status, PlanStatus.class), QueryParams.page(page, size), size);
    }

    @POST
    @Path("/{id}/submit")
    @RolesAllowed({"admin", "supervisor", "collector", "agency"})
    @Operation(summary = "Submit a draft plan for approval")
    public Uni<PlanView> submit(@PathParam("id") UUID id, @NotNull @Valid PlanRequest.Decision decision) {
        return plans.submit(id, decision.reason(), principal.name());
    }

    @POST
    @Path("/{id}/approve")
    @RolesAllowed({"admin", "supervisor", "collector"})
    @Operation(summary = "Approve a plan", description = "Activates it. A settlement discount above the approver's "
            + "limit (collector 10 %, supervisor 30 %, above that admin) is refused with 403; an expired offer with 409.")
    public Uni<PlanView> approve(@PathParam("id") UUID id, @NotNull @Valid PlanRequest.Decision decision) {
        return plans.approve(id, decision.reason(), principal.name());
    }

    @POST
    @Path("/{id}/cancel")
    @RolesAllowed({"admin", "supervisor", "collector"})
    @Operation(summary = "Cancel or reject a plan")
    public Uni<PlanView> cancel(@PathParam("id") UUID id, @NotNull @Valid PlanRequest.Decision decision) {
        return plans.cancel(id, decision.reason(), principal.name());
    }

    @POST
    @Path("/{id}/payments")
    @RolesAllowed({"admin", "supervisor", "collector"})
    @Operation(summary = "Post a payment", description = "Requires an Idempotency-Key. Allocated to the oldest "
            + "installment still owing; what exceeds the plan total is reported as credit. The same payer reference "
            + "is never counted twice (the existing payment is returned with 200).")
    public Uni<Response> pay(@PathParam("id") UUID id,
            @Parameter(required = true) @HeaderParam(IdempotencyKeys.HEADER) String key,
            @NotNull @Valid PaymentRequest request) {
        if (key == null) {
            throw ProblemException.invalidField(IdempotencyKeys.HEADER, "is required when posting a payment");
        }
        return idempotency.run(key, principal.idempotencyScope(), Map.of("op", "post-payment", "plan", id, "body", request),
                () -> payments.post(id, request, principal.name()), ReplayAccessCheck.of(() -> plans.get(id)));
    }

    @GET
    @Path("/{id}/payments")
    @RolesAllowed({"admin", "supervisor", "collector", "agency", "auditor"})
    @Operation(summary = "Payments of a plan, with their allocations")
    public Uni<List<PaymentView>> payments(@PathParam("id") UUID id) {
        return payments.ofPlan(id);
    }

}
