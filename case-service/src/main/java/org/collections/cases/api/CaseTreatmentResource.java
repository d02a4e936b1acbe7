package org.collections.cases.api;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.collections.cases.service.TreatmentQueries;
import org.collections.commons.http.CursorPage;
import org.collections.commons.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/cases/{id}/treatments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = TreatmentStrategyResource.TAG)
@SecurityRequirement(name = "SecurityScheme")
public class CaseTreatmentResource {

    @Inject
    TreatmentQueries treatments;

    @GET
    @RolesAllowed(Roles.EVERYONE)
    @Operation(operationId = "listCaseTreatments", summary = "A case's treatment history",
            description = "Every segment path the case has been on, newest first (at most one ACTIVE), with the "
                    + "steps taken and, for a stopped path, why it stopped. Every role may read; an agency only for "
                    + "the cases placed with it (404 otherwise).")
    public Uni<CursorPage<StrategyViews.TreatmentView>> list(@PathParam("id") UUID id,
            @QueryParam("limit") @Parameter(description = "Page size, 1-200 (default 50)") Integer limit,
            @QueryParam("cursor") @Parameter(description = "From the previous page's nextCursor") String cursor) {
        return treatments.ofCase(id).map(all -> BoundedPages.page(
                all.stream().map(StrategyViews.TreatmentView::of).toList(), StrategyViews.TreatmentView::id, limit, cursor));
    }
}
