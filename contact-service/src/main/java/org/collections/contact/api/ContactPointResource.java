package org.collections.contact.api;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.collections.commons.http.CursorPage;
import org.collections.commons.security.CurrentPrincipal;
import org.collections.commons.security.Roles;
import org.collections.contact.api.ContactRequests.ContactPointView;
import org.collections.contact.service.ContactPointService;
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

/** A debtor's phone numbers, e-mails and postal addresses, and whether each may be used. */
@Path("/api/v1/contact-points")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "SecurityScheme")
public class ContactPointResource {

    @Inject
    ContactPointService points;

    @Inject
    CurrentPrincipal principal;

    @POST
    @RolesAllowed(Roles.STAFF)
    @Tag(name = ApiTags.CONTACT_POINTS, description = ApiTags.CONTACT_POINTS_TEXT)
    @Operation(operationId = "addContactPoint", summary = "Add a phone number, e-mail or postal address of a debtor",
            description = "Adds a phone number (stored in E.164), e-mail or postal address to a debtor the platform "
                    + "has a case for, as VALID. Admin, supervisor and collector. Stored encrypted and masked for "
                    + "agencies; a value the debtor already has is a 409. Audited (CONTACT_POINT_ADDED) without the "
                    + "value.")
    @APIResponse(responseCode = "201", description = "Added; Location lists the debtor's contact points",
            headers = @Header(name = "Location", description = "The debtor's contact points",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ContactPointView.class)))
    public Uni<RestResponse<ContactPointView>> addPoint(
            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    examples = @ExampleObject(name = "mobile number", value = ApiExamples.CONTACT_POINT)))
            @NotNull @Valid ContactRequests.NewContactPoint request) {
        return points.add(request.toCommand(), principal.name()).map(ContactPointView::of)
                .map(v -> Resources.created(v, "/api/v1/contact-points?debtorId=" + v.debtorId()));
    }

    @GET
    @RolesAllowed(Roles.EVERYONE)
    @Tag(name = ApiTags.CONTACT_POINTS, description = ApiTags.CONTACT_POINTS_TEXT)
    @Operation(operationId = "listContactPoints", summary = "A debtor's contact points",
            description = "Lists a debtor's contact points, oldest first, in cursor pages, with whether each may be "
                    + "used. Every role may read; an agency only for the debtors of cases placed with it (404 "
                    + "otherwise), with the values masked.")
    public Uni<CursorPage<ContactPointView>> points(@QueryParam("debtorId") @Parameter(required = true) UUID debtorId,
            @QueryParam("limit") @Parameter(description = ListPages.LIMIT) Integer limit,
            @QueryParam("cursor") @Parameter(description = ListPages.CURSOR) String cursor) {
        ListPages.Request page = ListPages.Request.of(limit, cursor);
        return points.ofDebtor(Resources.required("debtorId", debtorId))
                .map(all -> ListPages.page(all.stream().map(ContactPointView::of).toList(), page, v -> v.id().toString()));
    }

    @PUT
    @Path("/{id}/status")
    @RolesAllowed(Roles.STAFF)
    @Tag(name = ApiTags.CONTACT_POINTS, description = ApiTags.CONTACT_POINTS_TEXT)
    @Operation(operationId = "changeContactPointStatus", summary = "Mark a contact point valid, invalid or opted out",
            description = "Marks a contact point VALID, INVALID or OPTED_OUT; the next decisions and leases judge it "
                    + "at once (an INVALID or OPTED_OUT point is not used). Admin, supervisor and collector. Audited "
                    + "(CONTACT_POINT_STATUS) with the reason.")
    public Uni<ContactPointView> status(@PathParam("id") UUID id, @NotNull @Valid ContactRequests.StatusChange change) {
        return points.changeStatus(id, change.status(), change.reason(), principal.name()).map(ContactPointView::of);
    }
}
