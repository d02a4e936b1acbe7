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
import java.util.List;
import org.collections.commons.http.CursorPage;
import org.collections.commons.http.Cursors;
import org.collections.commons.http.ETags;
import org.collections.commons.ids.Identifiers;
import org.collections.commons.security.CurrentPrincipal;
import org.collections.commons.security.Roles;
import org.collections.contact.api.RulePackRequests.OverrideRequest;
import org.collections.contact.api.RulePackRequests.OverrideView;
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

/** Creditors' stricter-only overrides of a jurisdiction rule pack. */
@Path("/api/v1/rule-packs/{packId}/overrides")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "SecurityScheme")
@Tag(name = ApiTags.RULE_PACKS, description = ApiTags.RULE_PACKS_TEXT)
public class RuleOverrideResource {

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
    @RolesAllowed(Roles.STAFF_AND_AUDITORS)
    @Operation(operationId = "listRuleOverrides", summary = "Creditors' overrides of a pack",
            description = "Lists the creditors' overrides of a pack, ordered by creditor id, in cursor pages. Admin, "
                    + "supervisor, collector and auditor; not agencies.")
    public Uni<CursorPage<OverrideView>> list(@PathParam("packId") @Parameter(example = "US_REGF") String packId,
            @QueryParam("limit") @Parameter(description = ListPages.LIMIT) Integer limit,
            @QueryParam("cursor") @Parameter(description = ListPages.CURSOR) String cursor) {
        int size = Cursors.limit(limit);
        List<String> after = Cursors.decode(cursor, 1);
        return overrides.list(packId, after == null ? null : after.get(0), size)
                .map(fetched -> CursorPage.of(fetched.stream().map(OverrideView::of).toList(), size,
                        v -> Cursors.encode(v.creditorId())));
    }

    @GET
    @Path("/{creditorId}")
    @RolesAllowed(Roles.STAFF_AND_AUDITORS)
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
    @Path("/{creditorId}")
    @RolesAllowed(Roles.ADMIN)
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
                    return Resources.putAnswer(saved.created(), view, view.version(),
                            "/api/v1/rule-packs/" + packId + "/overrides/" + view.creditorId());
                });
    }

    @DELETE
    @Path("/{creditorId}")
    @RolesAllowed(Roles.ADMIN)
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
        return overrides.delete(packId, Identifiers.require("creditorId", creditorId), ETags.expectedVersion(ifMatch),
                        Resources.requiredReason(reason), principal.name())
                .map(done -> RestResponse.noContent());
    }
}
