package org.collections.contact.api;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.collections.commons.ids.Identifiers;
import org.collections.commons.input.Dates;
import org.collections.commons.problem.ProblemException;
import org.collections.commons.security.Roles;
import org.collections.contact.service.AgencyKpiService.AgencyKpis;
import org.collections.contact.service.AgencyKpiService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** How compliantly an agency contacts debtors. */
@Path("/api/v1/agencies/{agencyId}/kpis")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "SecurityScheme")
public class AgencyKpiResource {

    static final Duration DEFAULT_PERIOD = Duration.ofDays(30);
    static final Duration MAX_PERIOD = Duration.ofDays(366);

    @Inject
    AgencyKpiService kpis;

    @Inject
    Clock clock;

    @GET
    @RolesAllowed(Roles.OVERSIGHT)
    @Tag(name = ApiTags.ATTEMPTS, description = ApiTags.ATTEMPTS_TEXT)
    @Operation(operationId = "getAgencyContactKpis", summary = "An agency's contact KPIs",
            description = "Counts the outbound attempts an agency recorded in [from, to) (default: the 30 days before "
                    + "now, at most 366 days): how many, how many compliant, the non-compliant ones by broken rule, "
                    + "and how many connected. Admin, supervisor and auditor for any agency; an agency only for "
                    + "itself (404 for another).")
    @APIResponse(responseCode = "200", description = "The agency's KPIs for the period",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgencyKpis.class),
                    examples = @ExampleObject(name = "one breach", value = ApiExamples.AGENCY_KPIS)))
    public Uni<AgencyKpis> kpis(@PathParam("agencyId") String agencyId,
            // read as text so that a malformed instant is a 422 naming the field; documented as the instant it is
            @Parameter(description = "ISO-8601 instant, inclusive", example = "2026-03-01T00:00:00Z",
                    schema = @Schema(type = SchemaType.STRING, format = "date-time")) @QueryParam("from") String from,
            @Parameter(description = "ISO-8601 instant, exclusive; default now", example = "2026-03-31T00:00:00Z",
                    schema = @Schema(type = SchemaType.STRING, format = "date-time")) @QueryParam("to") String to) {
        Instant end = to == null ? clock.instant() : instant("to", to);
        Instant start = from == null ? end.minus(DEFAULT_PERIOD) : instant("from", from);
        if (!start.isBefore(end)) {
            throw ProblemException.unprocessableField("validation", "Validation failed", "from", "must be before to");
        }
        if (Duration.between(start, end).compareTo(MAX_PERIOD) > 0) {
            throw ProblemException.unprocessableField("validation", "Validation failed", "from", "the period may span at most 366 days");
        }
        return kpis.of(Identifiers.require("agencyId", agencyId), start, end);
    }

    private static Instant instant(String field, String value) {
        try {
            return Dates.requireInRange(field, Instant.parse(value));
        } catch (DateTimeParseException e) {
            throw ProblemException.unprocessableField("validation", "Validation failed", field, "must be an ISO-8601 instant, like 2026-03-01T00:00:00Z");
        }
    }
}
