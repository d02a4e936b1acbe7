package org.collections.gateway.webhooks.api;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.UUID;
import org.collections.commons.http.CursorPage;
import org.collections.commons.idempotency.IdempotencyKeys;
import org.collections.commons.idempotency.IdempotentResponse;
import org.collections.commons.idempotency.ReplayAccessCheck;
import org.collections.commons.problem.ProblemException;
import org.collections.commons.security.CurrentPrincipal;
import org.collections.commons.security.Roles;
import org.collections.gateway.webhooks.api.WebhookViews.EndpointRequest;
import org.collections.gateway.webhooks.api.WebhookViews.EndpointView;
import org.collections.gateway.webhooks.api.WebhookViews.EndpointWithSecret;
import org.collections.gateway.webhooks.service.EndpointService;
import org.collections.gateway.webhooks.service.EndpointService.Caller;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Partner agencies register the HTTPS endpoints their webhooks go to; admins may list and delete any. */
@Path("/api/v1/webhook-endpoints")
@Tag(name = "Webhooks", description = "Signed partner webhooks (Standard Webhooks): endpoints and deliveries")
@Produces(MediaType.APPLICATION_JSON)
public class WebhookEndpointResource {

    @Inject
    EndpointService service;

    @Inject
    CurrentPrincipal principal;

    @Inject
    IdempotencyKeys idempotency;

    @POST
    @RolesAllowed(Roles.AGENCY)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "registerWebhookEndpoint", summary = "Register a webhook endpoint",
            description = "Registers an HTTPS endpoint for the calling agency's webhooks of the given event types; "
                    + "the signing secret is in this response and never shown again. Agencies only, at most 10 live "
                    + "endpoints each (409). Audited (WEBHOOK_ENDPOINT_REGISTERED); send an Idempotency-Key to make "
                    + "retries safe: the same key replays the first response for 24 hours.")
    @APIResponse(responseCode = "201", description = "Registered",
            headers = @org.eclipse.microprofile.openapi.annotations.headers.Header(name = "Location", description = "The endpoint", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "uri-reference")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EndpointWithSecret.class)))
    public Uni<Response> register(
            @Parameter(description = "Makes the request safe to retry") @HeaderParam(IdempotencyKeys.HEADER) String key,
            @Valid @NotNull EndpointRequest request) {
        Caller caller = caller();
        return idempotency.run(key, principal.idempotencyScope(), Map.of("op", "register-webhook-endpoint", "body", request),
                () -> service.register(caller, new EndpointService.Registration(request.url(), request.eventTypes()))
                        .map(r -> IdempotentResponse.created(EndpointWithSecret.of(r.endpoint(), r.secret()),
                                "/api/v1/webhook-endpoints/" + r.endpoint().id, null)),
                location -> service.get(caller, uuid(ReplayAccessCheck.lastSegment(location))));
    }

    @GET
    @RolesAllowed({Roles.AGENCY, Roles.ADMIN})
    @Operation(operationId = "listWebhookEndpoints", summary = "List webhook endpoints",
            description = "Lists webhook endpoints, oldest first, in cursor pages; deleted ones are left out. An "
                    + "agency sees its own; an admin sees all, or one agency's with agencyId.")
    @APIResponse(responseCode = "200", description = "A page of endpoints",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EndpointPage.class)))
    public Uni<CursorPage<EndpointView>> list(@QueryParam("agencyId") String agencyId, @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor) {
        return service.list(caller(), agencyId, limit, cursor).map(page -> page.map(EndpointView::of));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.AGENCY, Roles.ADMIN})
    @Operation(operationId = "getWebhookEndpoint", summary = "Get a webhook endpoint",
            description = "Returns one webhook endpoint, without its secret. An agency only its own, an admin any "
                    + "(404 otherwise, and for a deleted one).")
    public Uni<EndpointView> get(@PathParam("id") String id) {
        return service.get(caller(), uuid(id)).map(EndpointView::of);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Roles.AGENCY, Roles.ADMIN})
    @Operation(operationId = "deleteWebhookEndpoint", summary = "Delete a webhook endpoint",
            description = "Deletes a webhook endpoint: its pending messages are cancelled and no more are queued for "
                    + "it. An agency its own, an admin any. Audited (WEBHOOK_ENDPOINT_DELETED).")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Uni<Response> delete(@PathParam("id") String id) {
        return service.delete(caller(), uuid(id)).replaceWith(Response.noContent().build());
    }

    @POST
    @Path("/{id}/secret-rotations")
    @RolesAllowed(Roles.AGENCY)
    @Operation(operationId = "rotateWebhookSecret", summary = "Rotate an endpoint's signing secret",
            description = "Gives an endpoint a new signing secret, returned once; the previous one keeps signing "
                    + "alongside it until previousSecretValidUntil (24 h), so receivers can switch without missing a "
                    + "message. The owning agency only. Audited (WEBHOOK_SECRET_ROTATED).")
    @APIResponse(responseCode = "200", description = "The new secret",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EndpointWithSecret.class)))
    public Uni<EndpointWithSecret> rotate(@PathParam("id") String id) {
        return service.rotateSecret(caller(), uuid(id)).map(r -> EndpointWithSecret.of(r.endpoint(), r.secret()));
    }

    private Caller caller() {
        return new Caller(principal.name(), principal.isAgency() ? principal.requiredAgencyId() : null);
    }

    static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("id", "must be a UUID");
        }
    }

    @Schema(name = "WebhookEndpointPage", type = SchemaType.OBJECT)
    public record EndpointPage(@Schema(required = true, description = CursorPage.ITEMS) java.util.List<EndpointView> items,
            @Schema(description = CursorPage.NEXT_CURSOR) String nextCursor,
            @Schema(required = true, description = CursorPage.LIMIT) int limit) {
    }
}
