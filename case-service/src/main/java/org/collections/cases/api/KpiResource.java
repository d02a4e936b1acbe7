package org.collections.cases.api;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.collections.cases.service.KpiService;
import org.collections.commons.ids.Identifiers;
import org.collections.commons.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/kpis")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "KPIs", description = "Portfolio figures")
@SecurityRequirement(name = "SecurityScheme")
public class KpiResource {

    @Inject
    KpiService kpis;

    @GET
    @Path("/portfolio")
    @RolesAllowed(Roles.OVERSIGHT)
    @Operation(operationId = "getPortfolioKpis", summary = "Cases and balances by bucket and status",
            description = "Counts cases and sums their outstanding balances by delinquency bucket, by status and in "
                    + "total, per currency, optionally for one creditor. Admin, supervisor and auditor, and an "
                    + "agency for the cases placed with it only.")
    public Uni<PortfolioKpis> portfolio(@QueryParam("creditorId") String creditorId) {
        return kpis.portfolio(Identifiers.require("creditorId", creditorId)).map(KpiResource::view);
    }

    private static PortfolioKpis view(KpiService.Portfolio p) {
        return new PortfolioKpis(groups(p.byBucket()), groups(p.byStatus()), groups(p.totals()));
    }

    private static List<PortfolioKpis.Group> groups(List<KpiService.Group> groups) {
        return groups.stream().map(g -> new PortfolioKpis.Group(g.key(), g.currency(), g.cases(),
                g.balance().toPlainString())).toList();
    }
}
