package org.collections.contact.api;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.collections.commons.ids.Identifiers;
import org.collections.commons.http.CursorPage;
import org.collections.commons.http.Cursors;
import org.collections.commons.http.ETags;
import org.collections.commons.input.Dates;
import org.collections.commons.problem.ProblemException;
import org.collections.commons.security.CurrentPrincipal;
import org.collections.contact.api.RulePackRequests.OverrideRequest;
import org.collections.contact.api.RulePackRequests.OverrideView;
import org.collections.contact.api.RulePackRequests.RulePackView;
import org.collections.contact.service.RuleOverrideService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** The jurisdiction rule packs, creditors' stricter-only overrides of them, and the packs in effect per creditor. */
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

    static final String OVERRIDE_REQUEST_EXAMPLE = """
            {"hoursEnd": "20:00", "callCap": 5, "callWindow": "P10D", "extraHolidays": ["2026-12-24"],
             "honourStatedTimes": true, "reason": "Creditor policy CP-7: no calls after 20:00"}
            """;

    static final String OVERRIDE_EXAMPLE = """
            {"packId": "US_REGF", "creditorId": "ACME", "hoursStart": null, "hoursEnd": "20:00",
             "nightConsentLiftsHours": null, "callCap": 5, "callWindow": "P10D", "callCoolDown": null,
             "dailyConnectedCallCap": null, "dailyUnansweredAttemptCap": null, "thirdPartyAfterFailedAttempts": null,
             "minVisitCollectors": null, "extraHolidays": ["2026-12-24"], "honourStatedTimes": true,
             "validationNoticeDays": null, "version": 0, "updatedBy": "admin-user", "updatedAt": "2026-11-23T10:00:00Z"}
            """;

    @Inject
    RuleOverrideService overrides;

    @Inject
    CurrentPrincipal principal;

    @GET
    @RolesAllowed({"admin", "supervisor", "collector", "agency", "auditor"})
    @Operation(operationId = "listRulePacks", summary = "The jurisdiction rule packs",
            description = "Lists the jurisdiction rule packs (US_REGF, CN, UK_CONC) in the version in force now: each "
                    + "pack's statutory parameters, their legal sources and the ids of its rules, before any "
                    + "creditor's override. Every role may read.")
    public CursorPage<RulePackView> packs(
            @QueryParam("limit") @Parameter(description = ContactResources.LIMIT) Integer limit,
            @QueryParam("cursor") @Parameter(description = ContactResources.CURSOR) String cursor) {
        return ListPages.page(overrides.packs().stream().map(RulePackView::of).toList(), ListPages.Request.of(limit, cursor),
                RulePackView::id);
    }

    @GET
    @Path("/{packId}")
    @RolesAllowed({"admin", "supervisor", "collector", "agency", "auditor"})
    @Operation(operationId = "getRulePack", summary = "One jurisdiction rule pack",
            description = "Returns one jurisdiction rule pack in the version in force at a given instant (default "
                    + "now): its statutory parameters, their legal sources and rule ids. Every role may read.")
    @APIResponse(responseCode = "200", description = "The pack", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RulePackView.class),
            examples = @ExampleObject(name = "US_REGF", value = PACK_EXAMPLE)))
    public RulePackView pack(@PathParam("packId") @Parameter(example = "US_REGF") String packId,
            @QueryParam("at") @Parameter(description = "The version in force at this instant; default now",
                    example = "2026-03-02T14:00:00Z") Instant at) {
        return RulePackView.of(overrides.pack(packId, Dates.requireInRange("at", at)));
    }

    @GET
    @Path("/{packId}/versions")
    @RolesAllowed({"admin", "supervisor", "collector", "agency", "auditor"})
    @Operation(operationId = "listRulePackVersions", summary = "Every version of a rule pack",
            description = "Lists every version of a rule pack, oldest first, each with the day it came into force, "
                    + "its parameters and their legal sources; a contact is judged by the version in force at its "
                    + "time. Every role may read.")
    public CursorPage<RulePackView> versions(@PathParam("packId") @Parameter(example = "US_REGF") String packId,
            @QueryParam("limit") @Parameter(description = ContactResources.LIMIT) Integer limit,
            @QueryParam("cursor") @Parameter(description = ContactResources.CURSOR) String cursor) {
        ListPages.Request page = ListPages.Request.of(limit, cursor);
        return ListPages.page(overrides.versions(packId).stream().map(RulePackView::of).toList(), page,
                RulePackView::version);
    }

    @GET
    @Path("/{packId}/effective")
    @RolesAllowed({"admin", "supervisor", "collector", "auditor"})
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

    @GET
    @Path("/{packId}/overrides")
    @RolesAllowed({"admin", "supervisor", "collector", "auditor"})
    @Operation(operationId = "listRuleOverrides", summary = "Creditors' overrides of a pack",
            description = "Lists the creditors' overrides of a pack, ordered by creditor id, in cursor pages. Admin, "
                    + "supervisor, collector and auditor; not agencies.")
    public Uni<CursorPage<OverrideView>> list(@PathParam("packId") @Parameter(example = "US_REGF") String packId,
            @QueryParam("limit") @Parameter(description = ContactResources.LIMIT) Integer limit,
            @QueryParam("cursor") @Parameter(description = ContactResources.CURSOR) String cursor) {
        int size = Cursors.limit(limit);
        List<String> after = Cursors.decode(cursor, 1);
        return overrides.list(packId, after == null ? null : after.get(0), size)
                .map(fetched -> CursorPage.of(fetched.stream().map(OverrideView::of).toList(), size,
                        v -> Cursors.encode(v.creditorId())));
    }

    @GET
    @Path("/{packId}/overrides/{creditorId}")
    @RolesAllowed({"admin", "supervisor", "collector", "auditor"})
    @Operation(operationId = "getRuleOverride", summary = "A creditor's override of a pack",
            description = "Returns a creditor's override of a pack; absent parameters keep the pack's values, and the "
                    + "ETag is the override's version, for If-Match. Admin, supervisor, collector and auditor; not "
                    + "agencies.")
    @APIResponse(responseCode = "200", description = "The override; ETag header", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OverrideView.class),
            examples = @ExampleObject(name = "ACME", value = OVERRIDE_EXAMPLE)))
    public Uni<RestResponse<OverrideView>> get(@PathParam("packId") @Parameter(example = "US_REGF") String packId,
            @PathParam("creditorId") @Parameter(example = "ACME") String creditorId) {
        return overrides.get(packId, Identifiers.require("creditorId", creditorId)).map(OverrideView::of)
                .map(v -> ETags.tagged(v, v.version()));
    }

    @PUT
    @Path("/{packId}/overrides/{creditorId}")
    @RolesAllowed("admin")
    @Operation(operationId = "setRuleOverride", summary = "Set a creditor's override of a pack",
            description = "Replaces a creditor's override of a pack (201 when it is the first). Admin only. Every "
                    + "parameter must be at least as strict as the pack's: a more lenient one is a 422 naming it, "
                    + "and nothing is stored. Times are HH:mm, durations ISO-8601 (P10D). Applied to the creditor's "
                    + "next decisions at once; send If-Match with the override's ETag to guard against concurrent "
                    + "changes (412 when stale). Audited (RULE_OVERRIDE_SET) with the reason.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = OverrideRequest.class),
            examples = @ExampleObject(name = "no calls after 20:00", value = OVERRIDE_REQUEST_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "Updated; ETag header", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OverrideView.class),
            examples = @ExampleObject(name = "ACME", value = OVERRIDE_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Created; ETag header, Location names the override",
            headers = @Header(name = "Location", description = "The override", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OverrideView.class)))
    @APIResponse(responseCode = "422", description = "A parameter is more lenient than the pack's, or makes the pack"
            + " invalid (field error names it)")
    public Uni<RestResponse<OverrideView>> put(@PathParam("packId") @Parameter(example = "US_REGF") String packId,
            @PathParam("creditorId") @Parameter(example = "ACME") String creditorId,
            @HeaderParam("If-Match") String ifMatch, @NotNull @Valid OverrideRequest request) {
        String creditor = Identifiers.require("creditorId", creditorId);
        Integer expectedVersion = ETags.expectedVersion(ifMatch);
        overrides.pack(packId); // an unknown pack is a 404 before the body's times and durations are read
        return overrides.put(packId, creditor, request.toCommand(), expectedVersion, principal.name())
                .map(saved -> {
                    OverrideView view = OverrideView.of(saved.override());
                    return saved.created()
                            ? RestResponse.ResponseBuilder.create(RestResponse.Status.CREATED, view)
                                    .location(URI.create("/api/v1/rule-packs/" + packId + "/overrides/" + view.creditorId()))
                                    .header("ETag", ETags.of(view.version())).build()
                            : ETags.tagged(view, view.version());
                });
    }

    @DELETE
    @Path("/{packId}/overrides/{creditorId}")
    @RolesAllowed("admin")
    @Operation(operationId = "deleteRuleOverride", summary = "Remove a creditor's override of a pack",
            description = "Removes a creditor's override of a pack: the creditor's cases are judged by the pack "
                    + "itself again. Admin only. If-Match guards against concurrent changes (412 when stale); "
                    + "audited (RULE_OVERRIDE_DELETED) with the reason.")
    @APIResponse(responseCode = "204", description = "Removed")
    public Uni<RestResponse<Void>> delete(@PathParam("packId") @Parameter(example = "US_REGF") String packId,
            @PathParam("creditorId") @Parameter(example = "ACME") String creditorId,
            @HeaderParam("If-Match") String ifMatch,
            @QueryParam("reason") @Parameter(required = true, description = "Why, for the audit log",
                    example = "Creditor policy CP-7 withdrawn") String reason) {
        if (reason == null || reason.isBlank() || reason.length() > 500) {
            throw ProblemException.invalidField("reason", "is required (at most 500 characters)");
        }
        return overrides.delete(packId, Identifiers.require("creditorId", creditorId), ETags.expectedVersion(ifMatch), reason, principal.name())
                .map(done -> RestResponse.noContent());
    }
}
