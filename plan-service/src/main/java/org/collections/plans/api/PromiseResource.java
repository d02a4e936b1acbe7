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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.collections.commons.idempotency.IdempotencyKeys;
import org.collections.commons.idempotency.ReplayAccessCheck;
import org.collections.commons.problem.ProblemException;
import org.collections.commons.security.CurrentPrincipal;
import org.collections.plans.service.PromiseService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/promises")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Promises to pay")
@SecurityRequirement(name = "SecurityScheme")
public class PromiseResource {

    @Inject
    PromiseService promises;

    @Inject
    IdempotencyKeys idempotency;

    @Inject
    CurrentPrincipal principal;

    @POST
    @RolesAllowed({"admin", "supervisor", "collector", "agency"})
    @Operation(summary = "Record a promise to pay", description = "The case must be open and undisputed; the amount at most its balance.")
    public Uni<RestResponse<PromiseRequest.View>> create(@NotNull @Valid PromiseRequest request) {
        return promises.create(request, principal.name()).map(v -> RestResponse.ResponseBuilder
                .create(RestResponse.Status.CREATED, v).location(URI.create("/api/v1/promises/" + v.id())).build());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"admin", "supervisor", "collector", "agency", "auditor"})
    public Uni<PromiseRequest.View> get(@PathParam("id") UUID id) {
        return promises.get(id);
    }

    @GET
    @RolesAllowed({"admin", "supervisor", "collector", "agency", "auditor"})
    @Operation(summary = "Promises of a case")
    public Uni<List<PromiseRequest.View>> ofCase(@Parameter(required = true) @QueryParam("caseId") UUID caseId) {
        if (caseId == null) {
            throw ProblemException.invalidField("caseId", "is required");
        }
        return promises.ofCase(caseId);
    }

    @POST
    @Path("/{id}/payments")
    @RolesAllowed({"admin", "supervisor", "collector"})
    @Operation(summary = "Pay towards a promise", description = "Requires an Idempotency-Key; a payer reference counts once. "
            + "The promise is KEPT once paid within the tolerance.")
    public Uni<Response> pay(@PathParam("id") UUID id, @HeaderParam(IdempotencyKeys.HEADER) String key,
            @NotNull @Valid PaymentRequest request) {
        if (key == null) {
            throw ProblemException.invalidField(IdempotencyKeys.HEADER, "is required when posting a payment");
        }
        return idempotency.run(key, principal.idempotencyScope(), Map.of("op", "promise-payment", "promise", id, "body", request),
                () -> promises.pay(id, request, principal.name()), ReplayAccessCheck.of(() -> promises.get(id)));
    }
}
