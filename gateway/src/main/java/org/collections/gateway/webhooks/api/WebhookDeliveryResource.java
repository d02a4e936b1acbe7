package org.collections.gateway.webhooks.api;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.collections.commons.http.CursorPage;
import org.collections.commons.problem.ProblemException;
import org.collections.commons.security.CurrentPrincipal;
import org.collections.commons.security.Roles;
import org.collections.gateway.webhooks.api.WebhookViews.DeliveryView;
import org.collections.gateway.webhooks.api.WebhookViews.ReplayRequest;
import org.collections.gateway.webhooks.service.DeliveryAdmin;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Admins inspect webhook deliveries (the dead-letter list is status=DEAD) and replay dead ones. */
@Path("/api/v1/webhook-deliveries")
@Tag(name = "Webhooks")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class WebhookDeliveryResource {

    @Inject
    DeliveryAdmin admin;

    @Inject
    CurrentPrincipal principal;

    @GET
    @Operation(operationId = "listWebhookDeliveries", summary = "List webhook deliveries",
            description = "Lists webhook deliveries, oldest first, in cursor pages, optionally of one status: "
                    + "status=DEAD is the dead-letter list, the messages not delivered within the retry window (24 "
                    + "hours by default). Admin only.")
    @APIResponse(responseCode = "200", description = "A page of deliveries",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeliveryPage.class)))
    public Uni<CursorPage<DeliveryView>> list(@QueryParam("status") String status, @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor) {
        return admin.list(status, limit, cursor).map(page -> page.map(DeliveryView::of));
    }

    @POST
    @Path("/{id}/replays")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replayWebhookDelivery", summary = "Replay a dead webhook delivery",
            description = "Queues a DEAD delivery again with a fresh retry window and the same webhook-id, so the "
                    + "receiver can still drop a duplicate; a delivery that is not DEAD, or whose endpoint is no "
                    + "longer ACTIVE, is a 409. Admin only; audited (WEBHOOK_DELIVERY_REPLAYED) with the reason.")
    @APIResponse(responseCode = "202", description = "Queued again",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeliveryView.class)))
    public Uni<Response> replay(@PathParam("id") String id, @Valid ReplayRequest request) {
        long deliveryId;
        try {
            deliveryId = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw ProblemException.invalidField("id", "must be a delivery id");
        }
        String reason = request == null || request.reason() == null ? "replayed by an admin" : request.reason();
        return admin.replay(principal.name(), deliveryId, reason)
                .map(d -> Response.accepted(DeliveryView.of(d)).build());
    }

    @Schema(name = "WebhookDeliveryPage")
    public record DeliveryPage(@Schema(required = true, description = CursorPage.ITEMS) java.util.List<DeliveryView> items,
            @Schema(description = CursorPage.NEXT_CURSOR) String nextCursor,
            @Schema(required = true, description = CursorPage.LIMIT) int limit) {
    }
}
