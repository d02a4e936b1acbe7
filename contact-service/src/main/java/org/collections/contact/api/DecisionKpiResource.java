package org.collections.contact.api;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.collections.commons.ids.Identifiers;
import org.collections.commons.input.Dates;
import org.collections.commons.problem.ProblemException;
import org.collections.commons.security.Roles;
import org.collections.contact.service.DecisionKpiService;
import org.collections.contact.service.DecisionKpiService.Grouping;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** How often the compliance engine blocked contact, and by which rules. */
@Path("/api/v1/kpis/decisions")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "SecurityScheme")
public class DecisionKpiResource {

    @Inject
    DecisionKpiService kpis;

    @Inject
    Clock clock;

    @GET
    @RolesAllowed(Roles.OVERSIGHT)
    @Tag(name = ApiTags.DECISIONS, description = ApiTags.DECISIONS_TEXT)
    @Operation(operationId = "getDecisionKpis", summary = "Contact decisions blocked by rule",
            description = "Counts the contact decisions given in [from, to) (default: the 30 days before now, at most "
                    + "366 days) and those blocked, by blocking rule, per creditor or per agency that asked, optionally "
                    + "for one creditor and one agency. Admin, supervisor and auditor see all; an agency only its own "
                    + "decisions, grouped by agency whatever it asks for.")
    public Uni<DecisionKpisView> decisions(
            // read as text so that a malformed instant is a 422 naming the field; documented as the instant it is
            @Parameter(description = "ISO-8601 instant, inclusive; default 30 days before to",
                    example = "2026-03-01T00:00:00Z", schema = @Schema(type = SchemaType.STRING, format = "date-time"))
            @QueryParam("from") String from,
            @Parameter(description = "ISO-8601 instant, exclusive; default now", example = "2026-04-01T00:00:00Z",
                    schema = @Schema(type = SchemaType.STRING, format = "date-time")) @QueryParam("to") String to,
            @Parameter(description = "Only decisions about this creditor's cases", example = "ACME")
            @QueryParam("creditorId") String creditorId,
            @Parameter(description = "Only decisions this agency asked for", example = "AGENCY-A")
            @QueryParam("agencyId") String agencyId,
            @Parameter(description = "creditor (default) or agency", example = "creditor",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"creditor", "agency"}))
            @QueryParam("groupBy") String groupBy) {
        Instant end = to == null ? clock.instant() : Dates.instant("to", to);
        Instant start = from == null ? end.minus(AgencyKpiResource.DEFAULT_PERIOD) : Dates.instant("from", from);
        if (!start.isBefore(end)) {
            throw ProblemException.unprocessableField("validation", "Validation failed", "from", "must be before to");
        }
        if (Duration.between(start, end).compareTo(AgencyKpiResource.MAX_PERIOD) > 0) {
            throw ProblemException.unprocessableField("validation", "Validation failed", "from",
                    "the period may span at most 366 days");
        }
        Grouping grouping = grouping(groupBy);
        return kpis.report(new DecisionKpiService.Query(start, end, Identifiers.require("creditorId", creditorId),
                Identifiers.require("agencyId", agencyId), grouping)).map(DecisionKpiResource::view);
    }

    private static Grouping grouping(String groupBy) {
        if (groupBy == null) {
            return Grouping.CREDITOR;
        }
        for (Grouping g : Grouping.values()) {
            if (g.name().equalsIgnoreCase(groupBy)) {
                return g;
            }
        }
        throw ProblemException.unprocessableField("validation", "Validation failed", "groupBy",
                "must be creditor or agency");
    }

    private static DecisionKpisView view(DecisionKpiService.Report r) {
        return new DecisionKpisView(r.from(), r.to(), r.creditorId(), r.agencyId(), r.grouping().name().toLowerCase(),
                r.groups().stream().map(g -> new DecisionKpisView.Group(g.key(), g.decisions(), g.blocked(),
                        g.blockedRate(), g.blockedByRule().stream()
                                .map(c -> new DecisionKpisView.RuleCount(c.ruleId(), c.decisions())).toList()))
                        .toList());
    }
}
