package org.collections.plans.api;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.UUID;
import org.collections.commons.http.CursorPage;
import org.collections.commons.http.Cursors;
import org.collections.commons.http.ETags;
import org.collections.commons.http.QueryParams;
import org.collections.commons.idempotency.IdempotencyKeys;
import org.collections.commons.idempotency.IdempotentResponse;
import org.collections.commons.idempotency.ReplayAccessCheck;
import org.collections.commons.problem.ProblemException;
import org.collections.commons.security.CurrentPrincipal;
import org.collections.commons.security.Roles;
import org.collections.plans.api.PlanViews.PaymentView;
import org.collections.plans.api.PlanViews.PlanSummary;
import org.collections.plans.api.PlanViews.PlanView;
import org.collections.plans.api.PlanViews.ScheduleView;
import org.collections.plans.domain.PlanStatus;
import org.collections.plans.domain.PlanType;
import org.collections.plans.service.PaymentDetail;
import org.collections.plans.service.PaymentService;
import org.collections.plans.service.PlanService;
import org.collections.plans.service.Posted;
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

@Path("/api/v1/plans")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Plans", description = "Repayment plans: installments, settlements, hardship; their approval and payments")
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
    @RolesAllowed(Roles.CASE_WORKERS)
    @Operation(operationId = "previewPlan", summary = "Preview a plan's schedule",
            description = "Computes the schedule a plan would have, without storing anything: installments sum "
                    + "exactly to the total and the last takes the rounding residual. Admin, supervisor, collector, "
                    + "and an agency for the cases placed with it. The case is read from case-service with the "
                    + "caller's token and must be neither CLOSED nor DISPUTED (409), and the amount at most its "
                    + "balance (422); 503 when case-service cannot answer.")
    @APIResponse(responseCode = "200", description = "The schedule the plan would have",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScheduleView.class)))
    public Uni<ScheduleView> preview(@RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PlanRequest.class), examples = {
                    @ExampleObject(name = "installment", summary = PlanExamples.INSTALLMENT_SUMMARY, value = PlanExamples.INSTALLMENT),
                    @ExampleObject(name = "settlement", summary = PlanExamples.SETTLEMENT_SUMMARY, value = PlanExamples.SETTLEMENT)}))
            @NotNull @Valid PlanRequest request) {
        return plans.preview(request.toCommand()).map(PlanViewMapper::schedule);
    }

    @POST
    @RolesAllowed(Roles.CASE_WORKERS)
    @Operation(operationId = "createPlan", summary = "Propose a plan",
            description = "Proposes a plan for a case, stored awaiting approval (or as a DRAFT); no other plan of the "
                    + "case may be running or awaiting approval (409). Admin, supervisor, collector, and an agency "
                    + "for the cases placed with it; the case is checked with case-service like previewPlan, and an "
                    + "affordability override needs a supervisor or admin (403). Audited (PLAN_PROPOSED); send an "
                    + "Idempotency-Key to make retries safe: the same key and body answer the stored 201 again for "
                    + "24 hours, with Idempotent-Replayed: true.")
    @APIResponse(responseCode = "201", description = "The plan, awaiting approval (or a DRAFT)",
            headers = {@Header(name = "Location", description = "The plan's URL", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = "The plan's version, for If-Match", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanView.class)))
    public Uni<Response> create(
            @Parameter(description = "Makes retries safe: the same key and body answer the stored 201 again (24 h)")
            @HeaderParam(IdempotencyKeys.HEADER) String key,
            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PlanRequest.class), examples = {
                            @ExampleObject(name = "installment", summary = PlanExamples.INSTALLMENT_SUMMARY, value = PlanExamples.INSTALLMENT),
                            @ExampleObject(name = "settlement", summary = PlanExamples.SETTLEMENT_SUMMARY, value = PlanExamples.SETTLEMENT)}))
            @NotNull @Valid PlanRequest request) {
        return idempotency.run(key, principal.idempotencyScope(), Map.of("op", "create-plan", "body", request),
                () -> plans.create(request.toCommand(), principal.name()).map(PlanViewMapper::plan)
                        .map(p -> IdempotentResponse.created(p, "/api/v1/plans/" + p.id(), ETags.of(p.version()))),
                location -> plans.get(UUID.fromString(ReplayAccessCheck.lastSegment(location))));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.EVERYONE)
    @Operation(operationId = "getPlan", summary = "Read a plan with its installments",
            description = "Returns the plan with its installments, its version as the ETag. Every role may read; an "
                    + "agency only the plans of cases placed with it (404 otherwise).")
    @APIResponse(responseCode = "200", description = "The plan",
            headers = @Header(name = "ETag", description = "The plan's version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanView.class)))
    public Uni<RestResponse<PlanView>> get(@PathParam("id") UUID id) {
        return plans.get(id).map(PlanViewMapper::plan).map(v -> ETags.tagged(v, v.version()));
    }

    @GET
    @RolesAllowed(Roles.EVERYONE)
    @Operation(operationId = "listPlans", summary = "List plans",
            description = "Lists plans newest first, in cursor pages, filtered by case, status and/or type "
                    + "(type=SETTLEMENT lists settlement offers). Every role may list; an agency sees the plans of "
                    + "the cases placed with it only.")
    public Uni<CursorPage<PlanSummary>> list(@QueryParam("caseId") UUID caseId,
            @Parameter(description = "One of DRAFT, PENDING_APPROVAL, ACTIVE, COMPLETED, BROKEN, CANCELLED",
                    schema = @Schema(implementation = PlanStatus.class)) @QueryParam("status") String status,
            @Parameter(description = "One of INSTALLMENT, SETTLEMENT, HARDSHIP",
                    schema = @Schema(implementation = PlanType.class)) @QueryParam("type") String type,
            @Parameter(description = "Page size, 1 to 200 (default 50)") @QueryParam("limit") Integer limit,
            @Parameter(description = "The nextCursor of the previous page") @QueryParam("cursor") String cursor) {
        return plans.list(caseId, QueryParams.enumValue("status", status, PlanStatus.class),
                QueryParams.enumValue("type", type, PlanType.class), cursor, Cursors.limit(limit))
                .map(page -> page.map(PlanViewMapper::summary));
    }

    @POST
    @Path("/{id}/submit")
    @RolesAllowed(Roles.CASE_WORKERS)
    @Operation(operationId = "submitPlan", summary = "Submit a draft plan for approval",
            description = "Submits a DRAFT plan for approval (PENDING_APPROVAL); a plan in another status is a 409. "
                    + "Admin, supervisor, collector, and an agency for the cases placed with it. Audited "
                    + "(PLAN_SUBMITTED) with the reason.")
    @APIResponse(responseCode = "200", description = "The plan, now awaiting approval",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanView.class)))
    public Uni<PlanView> submit(@PathParam("id") UUID id, @NotNull @Valid PlanRequest.Decision decision) {
        return plans.submit(id, decision.reason(), principal.name()).map(PlanViewMapper::plan);
    }

    @POST
    @Path("/{id}/approve")
    @RolesAllowed(Roles.STAFF)
    @Operation(operationId = "approvePlan", summary = "Approve a plan",
            description = "Approves a plan awaiting approval and activates it: published as PlanActivated, the case "
                    + "becomes IN_PLAN at case-service and the agency's webhook endpoints are notified. Admin, "
                    + "supervisor and collector; whoever proposed it may not approve it (four eyes, 403), and a "
                    + "settlement discount above the approver's limit (collector 10 %, supervisor 30 %, above that "
                    + "admin) is a 403; an expired offer, or a case now CLOSED or DISPUTED, is a 409. Audited "
                    + "(PLAN_APPROVED).")
    @APIResponse(responseCode = "200", description = "The plan, now ACTIVE",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanView.class)))
    public Uni<PlanView> approve(@PathParam("id") UUID id, @NotNull @Valid PlanRequest.Decision decision) {
        return plans.approve(id, decision.reason(), principal.name()).map(PlanViewMapper::plan);
    }

    @POST
    @Path("/{id}/cancel")
    @RolesAllowed(Roles.STAFF)
    @Operation(operationId = "cancelPlan", summary = "Cancel or reject a plan",
            description = "Cancels a DRAFT or ACTIVE plan, or rejects one awaiting approval; a COMPLETED, BROKEN or "
                    + "CANCELLED plan is a 409. Admin, supervisor and collector. Audited (PLAN_CANCELLED) with the "
                    + "reason; cancelling an ACTIVE plan is published as PlanCancelled and returns the case from "
                    + "IN_PLAN to ACTIVE.")
    @APIResponse(responseCode = "200", description = "The plan, now CANCELLED",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanView.class)))
    public Uni<PlanView> cancel(@PathParam("id") UUID id, @NotNull @Valid PlanRequest.Decision decision) {
        return plans.cancel(id, decision.reason(), principal.name()).map(PlanViewMapper::plan);
    }

    @POST
    @Path("/{id}/payments")
    @RolesAllowed(Roles.STAFF)
    @Operation(operationId = "postPayment", summary = "Post a payment",
            description = "Posts money received towards an ACTIVE (or COMPLETED) plan, allocated to the oldest "
                    + "installment still owing; what exceeds the plan total is kept as credit. Admin, supervisor and "
                    + "collector; an Idempotency-Key is required, and the same payer reference is never counted "
                    + "twice (the existing payment is returned with 200). Audited (PAYMENT_POSTED) and published as "
                    + "PaymentPosted: case-service reduces the balance (closing the case when paid in full) and the "
                    + "agency's webhook endpoints are notified; paying the last installment completes the plan.")
    @APIResponse(responseCode = "201", description = "The payment, with what it paid",
            headers = @Header(name = "Location", description = "The payment's URL", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PaymentView.class)))
    @APIResponse(responseCode = "200", description = "A payment with this payer reference was posted before: that payment",
            headers = @Header(name = "Location", description = "The payment's URL", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PaymentView.class)))
    public Uni<Response> pay(@PathParam("id") UUID id,
            @Parameter(required = true, description = "Makes retries safe; required for payments",
                    example = "pay-BANK-TX-20261215-0042") @HeaderParam(IdempotencyKeys.HEADER) String key,
            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PaymentRequest.class),
                    examples = @ExampleObject(name = "payment", summary = PlanExamples.PAYMENT_SUMMARY, value = PlanExamples.PAYMENT)))
            @NotNull @Valid PaymentRequest request) {
        if (key == null) {
            throw ProblemException.invalidField(IdempotencyKeys.HEADER, "is required when posting a payment");
        }
        return idempotency.run(key, principal.idempotencyScope(), Map.of("op", "post-payment", "plan", id, "body", request),
                () -> payments.post(id, request.toCommand(), principal.name()).map(PlanResource::paymentResponse),
                ReplayAccessCheck.of(() -> plans.get(id)));
    }

    @GET
    @Path("/{id}/payments")
    @RolesAllowed(Roles.EVERYONE)
    @Operation(operationId = "listPlanPayments", summary = "Payments of a plan, with their allocations",
            description = "Lists the plan's payments in the order received, with their allocations, in cursor pages. "
                    + "Every role may read; an agency only for the cases placed with it.")
    public Uni<CursorPage<PaymentView>> payments(@PathParam("id") UUID id,
            @Parameter(description = "Page size, 1 to 200 (default 50)") @QueryParam("limit") Integer limit,
            @Parameter(description = "The nextCursor of the previous page") @QueryParam("cursor") String cursor) {
        return payments.ofPlan(id, cursor, Cursors.limit(limit)).map(page -> page.map(PlanViewMapper::payment));
    }

    private static IdempotentResponse paymentResponse(Posted<PaymentDetail> posted) {
        PaymentView view = PlanViewMapper.payment(posted.result());
        String location = "/api/v1/payments/" + view.id();
        return posted.isNew() ? IdempotentResponse.created(view, location, null)
                : new IdempotentResponse(200, view, location, null);
    }
}
