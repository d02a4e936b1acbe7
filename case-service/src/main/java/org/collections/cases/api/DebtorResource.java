package org.collections.cases.api;

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
import java.net.URI;
import java.util.UUID;
import org.collections.cases.api.Views.DebtorView;
import org.collections.cases.service.DebtorService;
import org.collections.commons.security.CurrentPrincipal;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/debtors")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Debtors", description = "People who owe; personal data encrypted at rest")
@SecurityRequirement(name = "SecurityScheme")
public class DebtorResource {

    @Inject
    DebtorService service;

    @Inject
    CurrentPrincipal principal;

    @POST
    @RolesAllowed({"admin", "supervisor", "collector"})
    @Operation(summary = "Register a debtor", description = "Returns the existing debtor when one with the same national id exists.")
    public Uni<RestResponse<DebtorView>> create(@NotNull @Valid DebtorRequest request) {
        return service.create(request, principal.name()).map(d -> RestResponse.ResponseBuilder
                .create(RestResponse.Status.CREATED, d).location(URI.create("/api/v1/debtors/" + d.id())).build());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"admin", "supervisor", "collector", "agency", "auditor"})
    @Operation(summary = "Read a debtor", description = "Unmasked reads are audited; agencies see masked data of their cases' debtors only.")
    public Uni<DebtorView> get(@PathParam("id") UUID id) {
        return service.get(id, principal.name());
    }
}
