package org.collections.contact.api;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.collections.commons.http.ETags;
import org.collections.commons.security.CurrentPrincipal;
import org.collections.commons.security.Roles;
import org.collections.contact.api.ContactProfileRequests.ContactProfileUpdate;
import org.collections.contact.api.ContactProfileRequests.ContactProfileView;
import org.collections.contact.service.ContactProfileService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** A debtor's contact profile: possible time zones and stated contact times and channels. */
@Path("/api/v1/debtors/{debtorId}/contact-profile")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "SecurityScheme")
@Tag(name = ApiTags.PROFILES, description = ApiTags.PROFILES_TEXT)
public class ContactProfileResource {

    static final String PROFILE_EXAMPLE = """
            {"debtorId": "5f0c6a1e-2b1d-4f7a-9a52-0d6f3c2b9e11", "extraZones": ["America/Los_Angeles"],
             "statedNotBefore": "18:00", "statedNotAfter": "20:00", "statedChannels": ["EMAIL", "SMS"], "version": 3}
            """;

    static final String UPDATE_EXAMPLE = """
            {"extraZones": ["America/Los_Angeles"], "statedNotBefore": "18:00", "statedNotAfter": "20:00",
             "statedChannels": ["EMAIL", "SMS"], "reason": "Debtor works days; asked on the phone for evening e-mails"}
            """;

    @Inject
    ContactProfileService profiles;

    @Inject
    CurrentPrincipal principal;

    @GET
    @RolesAllowed(Roles.EVERYONE)
    @Operation(operationId = "getContactProfile", summary = "A debtor's contact profile",
            description = "Returns the debtor's extra possible time zones and stated contact times and channels; the "
                    + "ETag is its version. Every role may read; an agency only for the debtors of cases placed with "
                    + "it (404 otherwise). Night-contact consent and opt-outs are in /api/v1/consents.")
    @APIResponse(responseCode = "200", description = "The profile; ETag header", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ContactProfileView.class),
            examples = @ExampleObject(name = "evening e-mails", value = PROFILE_EXAMPLE)))
    public Uni<RestResponse<ContactProfileView>> get(@PathParam("debtorId") UUID debtorId) {
        return profiles.get(debtorId).map(ContactProfileView::of).map(v -> ETags.tagged(v, v.version()));
    }

    @PUT
    @RolesAllowed(Roles.CASE_WORKERS)
    @Operation(operationId = "updateContactProfile",
            summary = "Set a debtor's possible zones and stated contact times and channels",
            description = "Sets the debtor's possible zones and stated contact times and channels, applied to the "
                    + "debtor's next decisions at once: a time is permitted only if it is permitted in every zone, "
                    + "and where the rule pack honours stated times (UK_CONC, or a creditor's override) only within "
                    + "the stated times and by the stated channels. Admin, supervisor, collector, and an agency for "
                    + "the debtors of cases placed with it (404 otherwise). An unknown zone id, or stated times that "
                    + "end before they start, is a 422 naming the field; send If-Match with the profile's ETag (412 "
                    + "when stale). Audited (CONTACT_PROFILE_CHANGED) with the reason.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ContactProfileUpdate.class),
            examples = @ExampleObject(name = "evening e-mails", value = UPDATE_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The updated profile; ETag header", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ContactProfileView.class),
            examples = @ExampleObject(name = "evening e-mails", value = PROFILE_EXAMPLE)))
    @APIResponse(responseCode = "422", description = "Unknown time zone, or stated times that do not start before"
            + " they end (field error names it)")
    public Uni<RestResponse<ContactProfileView>> put(@PathParam("debtorId") UUID debtorId,
            @HeaderParam("If-Match") String ifMatch, @NotNull @Valid ContactProfileUpdate update) {
        Integer expectedVersion = ETags.expectedVersion(ifMatch);
        return profiles.put(debtorId, update.toCommand(), expectedVersion, principal.name())
                .map(ContactProfileView::of).map(v -> ETags.tagged(v, v.version()));
    }
}
