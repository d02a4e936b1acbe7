package org.collections.cases.api;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.util.List;
import org.collections.cases.kpi.KpiGrouping;
import org.collections.cases.service.CollectionKpiService;
import org.collections.cases.service.KpiService;
import org.collections.commons.ids.Identifiers;
import org.collections.commons.problem.ProblemException;
import org.collections.commons.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/kpis")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "KPIs", description = "Portfolio figures")
@SecurityRequirement(name = "SecurityScheme")
public class KpiResource {

    @Inject
    KpiService kpis;

    @Inject
    CollectionKpiService collectionKpis;

    @Inject
    Clock clock;

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

    @GET
    @Path("/collection")
    @RolesAllowed(Roles.OVERSIGHT)
    @Operation(operationId = "getCollectionKpis", summary = "Collection KPIs per creditor, agency, collector, bucket, segment or strategy",
            description = "Right-party-contact, promise, promise-kept, cure and roll rates, collected and placed "
                    + "balances with the liquidation rate, attempts per 1,000 collected, non-compliant attempts and "
                    + "complaints per 1,000 cases over [from, to) (default: the 30 days before now, at most 366 days), "
                    + "optionally for one creditor. Admin, supervisor and auditor see every group; an agency sees "
                    + "only its own agency's figures, grouped by agency whatever groupBy says. Collectors are not "
                    + "shown KPIs (their own figures are a supervisor's to read).")
    public Uni<CollectionKpisView> collection(
            // read as text so that a malformed instant is a 422 naming the field; documented as the instant it is
            @Parameter(description = "ISO-8601 instant, inclusive; default 30 days before to",
                    example = "2026-03-01T00:00:00Z", schema = @Schema(type = SchemaType.STRING, format = "date-time"))
            @QueryParam("from") String from,
            @Parameter(description = "ISO-8601 instant, exclusive; default now", example = "2026-04-01T00:00:00Z",
                    schema = @Schema(type = SchemaType.STRING, format = "date-time")) @QueryParam("to") String to,
            @Parameter(description = "Only this creditor's cases", example = "ACME") @QueryParam("creditorId")
            String creditorId,
            @Parameter(description = "creditor (default), agency, collector, bucket, segment (the treatment segment "
                    + "the case was in: \"strategy vN / segment\") or strategy (the treatment strategy the case was "
                    + "last put on, \"name vN\")", example = "creditor",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"creditor", "agency", "collector",
                            "bucket", "segment", "strategy"})) @QueryParam("groupBy") String groupBy) {
        KpiPeriod period = KpiPeriod.of(from, to, clock);
        KpiGrouping grouping = groupBy == null ? KpiGrouping.CREDITOR : KpiGrouping.parse(groupBy);
        if (grouping == null) {
            throw ProblemException.unprocessableField("validation", "Validation failed", "groupBy",
                    "must be one of creditor, agency, collector, bucket, segment, strategy");
        }
        return collectionKpis.report(new CollectionKpiService.Query(period.from(), period.to(),
                Identifiers.require("creditorId", creditorId), grouping)).map(KpiResource::view);
    }

    private static CollectionKpisView view(CollectionKpiService.Report r) {
        return new CollectionKpisView(r.from(), r.to(), r.creditorId(), r.grouping().name().toLowerCase(),
                r.groups().stream().map(CollectionKpisView.Group::of).toList());
    }

    private static PortfolioKpis view(KpiService.Portfolio p) {
        return new PortfolioKpis(groups(p.byBucket()), groups(p.byStatus()), groups(p.totals()));
    }

    private static List<PortfolioKpis.Group> groups(List<KpiService.Group> groups) {
        return groups.stream().map(g -> new PortfolioKpis.Group(g.key(), g.currency(), g.cases(),
                g.balance().toPlainString())).toList();
    }
}
