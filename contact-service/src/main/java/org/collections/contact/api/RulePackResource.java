package org.collections.contact.api;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import org.collections.commons.http.CursorPage;
import org.collections.commons.ids.Identifiers;
import org.collections.commons.input.Dates;
import org.collections.commons.security.Roles;
import org.collections.contact.api.RulePackRequests.RulePackView;
import org.collections.contact.service.RuleOverrideService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The jurisdiction rule packs, their versions, and the packs in effect per creditor. */
@Path("/api/v1/rule-packs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "SecurityScheme")
@Tag(name = ApiTags.RULE_PACKS, description = ApiTags.RULE_PACKS_TEXT)
public class RulePackResource {

    static final String PACK_EXAMPLE = """
            {"id": "US_REGF", "version": "US_REGF@2021-11-30", "effectiveFrom": "2021-11-30", "jurisdictions": ["US"],
             "creditorId": "ACME", "overrideVersion": 2, "hoursStart": "08:00", "hoursEnd": "20:00",
             "nightConsentLiftsHours": false, "callCap": 7, "callWindow": "P7D", "callCoolDown": "P7D",
             "dailyConnectedCallCap": null, "dailyUnansweredAttemptCap": null, "thirdPartyAfterFailedAttempts": null,
             "minVisitCollectors": null, "holidays": ["2026-12-24"],
             "blockingRestrictions": ["CEASE_COMMUNICATION", "DISPUTED", "PAUSED", "CLOSED", "DECEASED", "BANKRUPTCY"],
             "honourStatedTimes": true, "validationNoticeDays": 5,
             "sources": {"callCap": "12 CFR 1006.14(b)(2)(i)(A); calls that do not connect to the dialed number do not count, 1006.14(b)(3)"},
             "rules": ["US_REGF.CEASE_COMMUNICATION", "US_REGF.DISPUTE_PENDING", "US_REGF.PAUSED", "US_REGF.CASE_CLOSED",
                       "US_REGF.DECEASED", "US_REGF.BANKRUPTCY", "US_REGF.OPT_OUT", "US_REGF.INVALID_CONTACT_POINT",
                       "US_REGF.VALIDATION_NOTICE", "US_REGF.CONTACT_HOURS", "US_REGF.HOLIDAY",
                       "US_REGF.STATED_TIMES", "US_REGF.CALL_FREQUENCY", "US_REGF.CALL_COOL_DOWN"]}
            """;

    @Inject
    RuleOverrideService overrides;

    @GET
    @RolesAllowed(Roles.EVERYONE)
    @Operation(operationId = "listRulePacks", summary = "The jurisdiction rule packs",
            description = "Lists the jurisdiction rule packs (US_REGF, CN, UK_CONC) in the version in force now: each "
                    + "pack's statutory parameters, their legal sources and the ids of its rules, before any "
                    + "creditor's override. Every role may read.")
    public CursorPage<RulePackView> packs(
            @QueryParam("limit") @Parameter(description = ListPages.LIMIT) Integer limit,
            @QueryParam("cursor") @Parameter(description = ListPages.CURSOR) String cursor) {
        return ListPages.page(overrides.packs().stream().map(RulePackView::of).toList(), ListPages.Request.of(limit, cursor),
                RulePackView::id);
    }

    @GET
    @Path("/{packId}")
    @RolesAllowed(Roles.EVERYONE)
    @Operation(operationId = "getRulePack", summary = "One jurisdiction rule pack",
            description = "Returns one jurisdiction rule pack in the version in force at a given instant (default "
                    + "now): its statutory parameters, their legal sources and rule ids. Every role may read.")
    @APIResponse(responseCode = "200", description = "The pack", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RulePackView.class),
            examples = @ExampleObject(name = "US_REGF", value = PACK_EXAMPLE)))
    public RulePackView pack(@PathParam("packId") @Parameter(example = "US_REGF") String packId,
            // read as text: RESTEasy Reactive converts an Instant itself and answers a malformed one with a 404
            @QueryParam("at") @Parameter(description = "The version in force at this instant; default now",
                    example = "2026-03-02T14:00:00Z", schema = @Schema(implementation = Instant.class)) String at) {
        return RulePackView.of(overrides.pack(packId, Dates.instant("at", at)));
    }

    @GET
    @Path("/{packId}/versions")
    @RolesAllowed(Roles.EVERYONE)
    @Operation(operationId = "listRulePackVersions", summary = "Every version of a rule pack",
            description = "Lists every version of a rule pack, oldest first, each with the day it came into force, "
                    + "its parameters and their legal sources; a contact is judged by the version in force at its "
                    + "time. Every role may read.")
    public CursorPage<RulePackView> versions(@PathParam("packId") @Parameter(example = "US_REGF") String packId,
            @QueryParam("limit") @Parameter(description = ListPages.LIMIT) Integer limit,
            @QueryParam("cursor") @Parameter(description = ListPages.CURSOR) String cursor) {
        ListPages.Request page = ListPages.Request.of(limit, cursor);
        return ListPages.page(overrides.versions(packId).stream().map(RulePackView::of).toList(), page,
                RulePackView::version);
    }

    @GET
    @Path("/{packId}/effective")
    @RolesAllowed(Roles.STAFF_AND_AUDITORS)
    @Operation(operationId = "getEffectiveRulePack", summary = "The pack as a creditor's cases are judged by it",
            description = "Returns the pack a creditor's cases are judged by: the jurisdiction pack tightened by the "
                    + "creditor's stored override (the pack itself when the creditor has none), with the override's "
                    + "version. Admin, supervisor, collector and auditor; not agencies.")
    @APIResponse(responseCode = "200", description = "The effective pack", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RulePackView.class),
            examples = @ExampleObject(name = "US_REGF for ACME", value = PACK_EXAMPLE)))
    public Uni<RulePackView> effective(@PathParam("packId") @Parameter(example = "US_REGF") String packId,
            @QueryParam("creditorId") @Parameter(required = true, example = "ACME") String creditorId) {
        return overrides.effective(packId, Identifiers.require("creditorId", creditorId)).map(RulePackView::of);
    }
}
