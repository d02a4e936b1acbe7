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
import java.net.URI;
import java.util.Map;
import java.util.UUID;
import org.collections.commons.http.CursorPage;
import org.collections.commons.http.Cursors;
import org.collections.commons.idempotency.IdempotencyKeys;
import org.collections.commons.idempotency.IdempotentResponse;
import org.collections.commons.idempotency.ReplayAccessCheck;
import org.collections.commons.problem.ProblemException;
import org.collections.commons.security.CurrentPrincipal;
import org.collections.commons.security.Roles;
import org.collections.plans.api.PlanViews.PromiseView;
import org.collections.plans.service.PromiseService;
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

@Path("/api/v1/promises")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Promises to pay", description = "A debtor's promises to pay an amount by a date, kept or broken")
@SecurityRequirement(name = "SecurityScheme")
public class PromiseResource {

    @Inject
    PromiseService promises;

    @Inject
    IdempotencyKeys idempotency;

    @Inject
    CurrentPrincipal principal;

    @POST
    @RolesAllowed(Roles.CASE_WORKERS)
    @Operation(operationId = "createPromise", summary = "Record a promise to pay",
            description = "Records the debtor's promise to pay an amount by a date (PENDING); the case must be "
                    + "neither CLOSED nor DISPUTED (409), the amount at most its balance and the due date today or "
                    + "later (422). Admin, supervisor, collector, and an agency for the cases placed with it; the "
                    + "promise is credited to the caller. Audited (PROMISE_TAKEN) and published as PromiseMade: the "
                    + "case becomes PROMISE_TO_PAY at case-service.")
    @APIResponse(responseCode = "201", description = "The promise, PENDING",
            headers = @Header(name = "Location", description = "The promise's URL", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PromiseView.class)))
    public Uni<RestResponse<PromiseView>> create(@RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PromiseRequest.class),
            examples = @ExampleObject(name = "promise", summary = PlanExamples.PROMISE_SUMMARY, value = PlanExamples.PROMISE)))
            @NotNull @Valid PromiseRequest request) {
        return promises.create(request.toCommand(), principal.name()).map(PlanViewMapper::promise).map(v -> RestResponse.ResponseBuilder
                .create(RestResponse.Status.CREATED, v).location(URI.create("/api/v1/promises/" + v.id())).build());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.EVERYONE)
    @Operation(operationId = "getPromise", summary = "Read a promise to pay",
            description = "Returns one promise with what has been paid towards it. Every role may read; an agency "
                    + "only the promises of cases placed with it (404 otherwise).")
    public Uni<PromiseView> get(@PathParam("id") UUID id) {
        return promises.get(id).map(PlanViewMapper::promise);
    }

    @GET
    @RolesAllowed(Roles.EVERYONE)
    @Operation(operationId = "listPromises", summary = "Promises of a case",
            description = "Lists a case's promises by due date, in cursor pages; caseId is required. Every role may "
                    + "read; an agency only for the cases placed with it.")
    public Uni<CursorPage<PromiseView>> list(@Parameter(required = true) @QueryParam("caseId") UUID caseId,
            @Parameter(description = "Page size, 1 to 200 (default 50)") @QueryParam("limit") Integer limit,
            @Parameter(description = "The nextCursor of the previous page") @QueryParam("cursor") String cursor) {
        if (caseId == null) {
            throw ProblemException.invalidField("caseId", "is required");
        }
        return promises.ofCase(caseId, cursor, Cursors.limit(limit)).map(page -> page.map(PlanViewMapper::promise));
    }

    @POST
    @Path("/{id}/payments")
    @RolesAllowed(Roles.STAFF)
    @Operation(operationId = "postPromisePayment", summary = "Pay towards a promise",
            description = "Records money paid towards a PENDING promise (409 once kept or broken); the promise is "
                    + "KEPT once paid within the tolerance. Admin, supervisor and collector; an Idempotency-Key is "
                    + "required and a payer reference counts once. Audited and published as PaymentPosted (and "
                    + "PromiseKept when kept), so case-service reduces the balance.")
    @APIResponse(responseCode = "200", description = "The promise, with what has been paid towards it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PromiseView.class)))
    public Uni<Response> pay(@PathParam("id") UUID id,
            @Parameter(required = true, description = "Makes retries safe; required for payments",
                    example = "pay-ALIPAY-20261205-0077") @HeaderParam(IdempotencyKeys.HEADER) String key,
            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PaymentRequest.class), examples = @ExampleObject(name = "payment",
                            summary = PlanExamples.PROMISE_PAYMENT_SUMMARY, value = PlanExamples.PROMISE_PAYMENT)))
            @NotNull @Valid PaymentRequest request) {
        if (key == null) {
            throw ProblemException.invalidField(IdempotencyKeys.HEADER, "is required when posting a payment");
        }
        return idempotency.run(key, principal.idempotencyScope(), Map.of("op", "promise-payment", "promise", id, "body", request),
                () -> promises.pay(id, request.toCommand(), principal.name())
                        .map(p -> IdempotentResponse.ok(PlanViewMapper.promise(p))),
                ReplayAccessCheck.of(() -> promises.get(id)));
    }
}
