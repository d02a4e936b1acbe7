package org.collections.contact.api;

import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.collections.commons.security.CurrentPrincipal;
import org.collections.commons.security.Roles;
import org.collections.contact.api.DailyPlans.DailyPlanReport;
import org.collections.contact.api.DailyPlans.DailyPlanRequest;
import org.collections.contact.compliance.Channel;
import org.collections.contact.service.DailyPlanService;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/daily-plans")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "SecurityScheme")
public class DailyPlanResource {

    static final String REQUEST_EXAMPLE = """
            {"channel": "CALL"}""";

    static final String REPORT_EXAMPLE = """
            {"day": "2026-11-24", "channel": "CALL", "windowStart": "2026-11-24T00:00:00Z",
             "windowEnd": "2026-11-25T00:00:00Z", "considered": 1000000, "planned": 869145,
             "skipped": {"ALREADY_SCHEDULED": 20011, "BLOCKED:CN.OPT_OUT": 9870, "BLOCKED:US_REGF.DISPUTE_PENDING": 24988,
                         "NOT_IN_WINDOW:US_REGF.CALL_FREQUENCY": 2771, "NO_CAPACITY": 2000,
                         "NO_VALID_CONTACT_POINT": 30015, "PREFERS_CHANNEL:SMS": 41200},
             "durationMs": 41000, "timing": "LEARNED",
             "timeChoices": {"BEST_HOUR": 612900, "EARLIEST_NO_BETTER_HOUR": 21045,
                             "EARLIEST_TOO_LITTLE_HISTORY": 88200, "NEXT_BEST_HOUR_CAPACITY": 145000,
                             "PERMITTED_HOUR_CAPACITY": 2000}}""";

    @Inject
    DailyPlanService plans;

    @Inject
    CurrentPrincipal principal;

    @Inject
    Clock clock;

    @ConfigProperty(name = "contact.daily-plan.channels", defaultValue = "CALL")
    List<Channel> plannedChannels;

    /** The plan is blocking JDBC work: it runs on a worker thread. */
    @POST
    @Blocking
    @RolesAllowed(Roles.MANAGERS)
    @Tag(name = ApiTags.SCHEDULING, description = ApiTags.SCHEDULING_TEXT)
    @Operation(operationId = "planDailyContacts", summary = "Plan a day's contacts for every contactable case",
            description = "For every open case without an open slot of the channel, creates one slot at a time the "
                    + "case's rule pack permits within the 24 hours from the later of the day's start (UTC) and now, "
                    + "on the debtor's VALID contact point for the channel; cases with no permitted time in that window "
                    + "are counted by reason. With learned timing (contact.plan.timing=learned, the default) the time "
                    + "is the debtor-local hour at which similar cases (same creditor and jurisdiction) had the best "
                    + "right-party-contact rate on the channel over the last 90 days, among the permitted hours and "
                    + "only for hours with enough attempts, else the earliest permitted time; a case whose similar "
                    + "cases answer better on another channel the debtor can be reached on is left to that channel "
                    + "(PREFERS_CHANNEL). Where the channel has an hourly capacity (contact.plan.capacity), a case "
                    + "whose hour is full gets its next-best permitted hour with room, then any permitted hour with "
                    + "room, else it is not planned that day (NO_CAPACITY); the cases that lose most by moving keep "
                    + "their hour. With contact.plan.timing=earliest every case is at its earliest permitted "
                    + "time. Each slot's planReason says why its time was chosen. Supervisor and admin only. The scheduled job does the same "
                    + "every day (contact.daily-plan.cron); each day is planned once per channel: 409 when it "
                    + "already was, or is being planned right now. The body is optional (default: today, "
                    + "the first of contact.daily-plan.channels).")
    @APIResponse(responseCode = "200", description = "The day was planned: the report of the run", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DailyPlanReport.class),
            examples = @ExampleObject(name = "one million cases", value = REPORT_EXAMPLE)))
    public RestResponse<DailyPlanReport> plan(@Valid @RequestBody(content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DailyPlanRequest.class),
            examples = @ExampleObject(name = "today's calls", value = REQUEST_EXAMPLE))) DailyPlanRequest request) {
        LocalDate day = request == null || request.day() == null ? LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC)
                : request.day();
        Channel channel = request == null || request.channel() == null ? plannedChannels.get(0) : request.channel();
        return RestResponse.ok(DailyPlanReport.of(plans.run(day, channel, principal.name())));
    }
}
