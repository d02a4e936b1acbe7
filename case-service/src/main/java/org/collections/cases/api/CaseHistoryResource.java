package org.collections.cases.api;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.collections.cases.api.Views.History;
import org.collections.cases.service.HistoryService;
import org.collections.commons.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A case's audit trail and delinquency history. */
@Path("/api/v1/cases/{id}/history")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "History", description = "A case's append-only audit trail and delinquency history")
@SecurityRequirement(name = "SecurityScheme")
public class CaseHistoryResource {

    @Inject
    HistoryService history;

    @GET
    @RolesAllowed(Roles.STAFF_AND_AUDITORS)
    @Operation(operationId = "getCaseHistory", summary = "Audit trail and delinquency history",
            description = "Returns the case's audit trail (every change with actor, reason and the changed fields) "
                    + "and its delinquency history, both append-only and oldest first. Admin, supervisor, collector "
                    + "and auditor; not agencies.")
    public Uni<History> history(@PathParam("id") UUID id) {
        return history.of(id).map(CaseViews::history);
    }
}
