package org.collections.contact.api;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import org.collections.commons.http.CursorPage;
import org.collections.commons.http.ETags;
import org.collections.commons.ids.Identifiers;
import org.collections.commons.security.CurrentPrincipal;
import org.collections.commons.security.Roles;
import org.collections.contact.service.PackChoiceService.PackChoice;
import org.collections.contact.service.PackChoiceService;
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

/** Which rule pack judges a creditor's cases in a jurisdiction: the creditor's choice, by default the pack covering it. */
@Path("/api/v1/creditors/{creditorId}/rule-pack-choices")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "SecurityScheme")
@Tag(name = ApiTags.RULE_PACKS, description = ApiTags.RULE_PACKS_TEXT)
public class RulePackChoiceResource {

    static final String CHOICE_EXAMPLE = """
            {"creditorId": "ACME", "jurisdiction": "US", "packId": "US_REGF", "versionInForce": "US_REGF@2021-11-30",
             "chosen": true, "version": 0, "updatedBy": "admin-user", "updatedAt": "2026-11-23T10:00:00Z"}
            """;

    @Schema(description = "The pack a creditor chooses for its cases in a jurisdiction; its override of that pack"
            + " still applies")
    public record ChoiceRequest(@NotBlank @Schema(description = "The pack: US_REGF, CN or UK_CONC", examples = "US_REGF")
    String packId,
            @NotBlank @Size(max = 500) @Schema(description = "Why, for the audit log",
                    examples = "Creditor policy CP-9") String reason) {
    }

    @Inject
    PackChoiceService choices;

    @Inject
    CurrentPrincipal principal;

    @GET
    @RolesAllowed(Roles.STAFF_AND_AUDITORS)
    @Operation(operationId = "listRulePackChoices", summary = "A creditor's stored choices of rule pack",
            description = "Lists the creditor's stored choices of rule pack, one per jurisdiction it chose a pack "
                    + "for, ordered by jurisdiction, in cursor pages. Admin, supervisor, collector and auditor; not "
                    + "agencies.")
    public Uni<CursorPage<PackChoice>> list(@PathParam("creditorId") @Parameter(example = "ACME") String creditorId,
            @QueryParam("limit") @Parameter(description = ListPages.LIMIT) Integer limit,
            @QueryParam("cursor") @Parameter(description = ListPages.CURSOR) String cursor) {
        ListPages.Request page = ListPages.Request.of(limit, cursor);
        return choices.ofCreditor(Identifiers.require("creditorId", creditorId))
                .map(all -> ListPages.page(all, page, PackChoice::jurisdiction));
    }

    @GET
    @Path("/{jurisdiction}")
    @RolesAllowed(Roles.STAFF_AND_AUDITORS)
    @Operation(operationId = "getRulePackChoice",
            summary = "The rule pack judging a creditor's cases in a jurisdiction",
            description = "Returns the rule pack judging a creditor's cases in a jurisdiction: the creditor's choice, "
                    + "or (chosen false) the pack covering the jurisdiction, with the version in force now; the ETag "
                    + "is the choice's version, for If-Match. Admin, supervisor, collector and auditor; not "
                    + "agencies.")
    @APIResponse(responseCode = "200", description = "The pack", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PackChoice.class),
            examples = @ExampleObject(name = "ACME in the US", value = CHOICE_EXAMPLE)))
    public Uni<PackChoice> get(@PathParam("creditorId") @Parameter(example = "ACME") String creditorId,
            @PathParam("jurisdiction") @Parameter(example = "US") String jurisdiction) {
        return choices.get(Identifiers.require("creditorId", creditorId), jurisdiction);
    }

    @PUT
    @Path("/{jurisdiction}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "chooseRulePack",
            summary = "Choose the rule pack for a creditor's cases in a jurisdiction",
            description = "Chooses the rule pack for a creditor's cases in a jurisdiction (201 when it is the first "
                    + "choice), applied to the creditor's next decisions at once in the version of the pack in force "
                    + "at each contact's time; the creditor's override of the chosen pack still tightens it. Admin "
                    + "only. If-Match guards against concurrent changes (412 when stale); audited (RULE_PACK_CHOSEN) "
                    + "with the reason.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ChoiceRequest.class), examples = @ExampleObject(name = "US_REGF",
                    value = "{\"packId\": \"US_REGF\", \"reason\": \"Creditor policy CP-9\"}")))
    @APIResponse(responseCode = "200", description = "Updated; ETag header", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PackChoice.class),
            examples = @ExampleObject(name = "ACME in the US", value = CHOICE_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Created; ETag header, Location names the choice",
            headers = @Header(name = "Location", description = "The choice", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PackChoice.class)))
    @APIResponse(responseCode = "422", description = "Unknown pack (field error names packId)")
    public Uni<RestResponse<PackChoice>> put(@PathParam("creditorId") @Parameter(example = "ACME") String creditorId,
            @PathParam("jurisdiction") @Parameter(example = "US") String jurisdiction,
            @HeaderParam("If-Match") String ifMatch, @NotNull @Valid ChoiceRequest request) {
        return choices.put(Identifiers.require("creditorId", creditorId), jurisdiction, request.packId(), ETags.expectedVersion(ifMatch),
                request.reason(), principal.name())
                .map(saved -> Resources.putAnswer(saved.created(), saved.choice(), saved.choice().version(),
                        "/api/v1/creditors/" + saved.choice().creditorId() + "/rule-pack-choices/"
                                + saved.choice().jurisdiction()));
    }

    @DELETE
    @Path("/{jurisdiction}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "deleteRulePackChoice", summary = "Remove a creditor's choice of rule pack",
            description = "Removes a creditor's choice: its cases in the jurisdiction are judged by the pack covering "
                    + "it again. Admin only. If-Match guards against concurrent changes (412 when stale); audited "
                    + "(RULE_PACK_CHOICE_DELETED) with the reason.")
    @APIResponse(responseCode = "204", description = "Removed")
    public Uni<RestResponse<Void>> delete(@PathParam("creditorId") @Parameter(example = "ACME") String creditorId,
            @PathParam("jurisdiction") @Parameter(example = "US") String jurisdiction,
            @HeaderParam("If-Match") String ifMatch,
            @QueryParam("reason") @Parameter(required = true, description = "Why, for the audit log",
                    example = "Creditor policy CP-9 withdrawn") String reason) {
        return choices.delete(Identifiers.require("creditorId", creditorId), jurisdiction, ETags.expectedVersion(ifMatch),
                        Resources.requiredReason(reason), principal.name())
                .map(done -> RestResponse.noContent());
    }
}
