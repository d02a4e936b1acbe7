package org.collections.commons.outbox;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.collections.commons.http.CursorPage;
import org.collections.commons.outbox.OutboxDeliveries.Delivery;
import org.collections.commons.security.CurrentPrincipal;
import org.collections.commons.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The admin API over a service's outbox deliveries: list them (the parked ones above all), replay or skip a parked
 * one. Each service serves it under its own path, {@code /api/v1/outboxes/<service>/deliveries}, with a subclass that
 * only names the path (roles and security requirement are on the methods, where the OpenAPI scan of a subclass finds them);
 * {@link OutboxOperationIds} gives its operations ids of that service.
 */
@Tag(name = "Event deliveries", description = "Events each service sends to the others: parked deliveries and what an "
        + "admin decides about them")
@Produces(MediaType.APPLICATION_JSON)
public abstract class OutboxDeliveryResource {

    @Inject
    OutboxDeliveries deliveries;

    @Inject
    CurrentPrincipal principal;

    @RolesAllowed(Roles.ADMIN)
    @SecurityRequirement(name = "SecurityScheme")
    @GET
    @Operation(operationId = "listDeliveries", summary = "List the service's event deliveries",
            description = "Deliveries of this service's events to its subscribers, oldest first, in cursor pages. "
                    + "status=PARKED lists the deliveries the subscriber refused for good (or too often); each holds "
                    + "back the later events of its aggregate (heldBack) until an admin replays or skips it. Admin only.")
    @APIResponse(responseCode = "200", description = "A page of deliveries",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeliveryPage.class)))
    public Uni<CursorPage<DeliveryView>> list(
            @Parameter(description = "Only deliveries in this status",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"PENDING", "PARKED", "DELIVERED", "SKIPPED"}))
            @QueryParam("status") String status,
            @Parameter(description = "Only deliveries to this subscriber (as configured, e.g. contact)")
            @QueryParam("subscriber") String subscriber,
            @Parameter(description = "Only deliveries of this aggregate's events (e.g. a case id)")
            @QueryParam("aggregateId") String aggregateId,
            @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        return deliveries.list(status, subscriber, aggregateId, limit, cursor).map(page -> page.map(DeliveryView::of));
    }

    @RolesAllowed(Roles.ADMIN)
    @SecurityRequirement(name = "SecurityScheme")
    @GET
    @Path("/{id}")
    @Operation(operationId = "getDelivery", summary = "One event delivery",
            description = "A delivery whatever its status, e.g. to see a replayed one DELIVERED. Admin only.")
    public Uni<DeliveryView> get(@PathParam("id") String id) {
        return deliveries.get(OutboxDeliveries.deliveryId(id)).map(DeliveryView::of);
    }

    @RolesAllowed(Roles.ADMIN)
    @SecurityRequirement(name = "SecurityScheme")
    @POST
    @Path("/{id}/replays")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replayDelivery", summary = "Replay a parked delivery",
            description = "Queues a PARKED delivery again: the relay sends it at once, freshly signed, and its refusals "
                    + "count from zero; the subscriber's inbox drops it if it had applied it. Anything but PARKED is a "
                    + "409 delivery-not-parked. Admin only; audited (OUTBOX_DELIVERY_REPLAYED) with the reason.")
    @APIResponse(responseCode = "202", description = "Queued again",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeliveryView.class)))
    public Uni<Response> replay(@PathParam("id") String id, @Valid @NotNull DecisionRequest request) {
        return deliveries.replay(principal.name(), OutboxDeliveries.deliveryId(id), request.reason())
                .map(d -> Response.accepted(DeliveryView.of(d)).build());
    }

    @RolesAllowed(Roles.ADMIN)
    @SecurityRequirement(name = "SecurityScheme")
    @POST
    @Path("/{id}/skips")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "skipDelivery", summary = "Skip a parked delivery",
            description = "Gives up a PARKED delivery: the subscriber never receives this event, and the later events "
                    + "of its aggregate that waited behind it go on. Anything but PARKED is a 409 delivery-not-parked. "
                    + "Admin only; audited (OUTBOX_DELIVERY_SKIPPED) with the reason.")
    @APIResponse(responseCode = "200", description = "Skipped",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeliveryView.class)))
    public Uni<DeliveryView> skip(@PathParam("id") String id, @Valid @NotNull DecisionRequest request) {
        return deliveries.skip(principal.name(), OutboxDeliveries.deliveryId(id), request.reason()).map(DeliveryView::of);
    }

    @Schema(name = "DeliveryDecision")
    public record DecisionRequest(@NotBlank @Size(max = 500) @Schema(required = true,
            description = "Why, up to 500 characters; audited", examples = "Template fixed in contact-service (ticket 4711)")
            String reason) {
    }

    @Schema(name = "EventDelivery")
    public record DeliveryView(
            @Schema(required = true, description = "The delivery's id") long id,
            @Schema(required = true, description = "The event's id; the subscriber de-duplicates by it") UUID eventId,
            @Schema(required = true, description = "The event's type", examples = "ContactStepRequested") String eventType,
            @Schema(required = true, description = "What the event is about (a case, plan, ... id); the events of one "
                    + "aggregate reach a subscriber in order") String aggregateId,
            @Schema(required = true, description = "The subscriber, as configured", examples = "contact") String subscriber,
            @Schema(required = true, description = "PENDING: to be sent (or retried); PARKED: refused, waiting for an "
                    + "admin; DELIVERED; SKIPPED: given up by an admin",
                    enumeration = {"PENDING", "PARKED", "DELIVERED", "SKIPPED"}) String status,
            @Schema(required = true, description = "Attempts made so far") int attempts,
            @Schema(required = true, description = "Attempts the subscriber answered with a refusal (outages not counted)")
            int refusals,
            @Schema(description = "The last failure: the subscriber's status and answer, or why it gave none") String lastError,
            @Schema(required = true, description = "When the event happened") Instant occurredAt,
            @Schema(description = "When the delivery was parked") Instant parkedAt,
            @Schema(description = "When the subscriber accepted it") Instant deliveredAt,
            @Schema(required = true, description = "Later deliveries of the same aggregate to the same subscriber "
                    + "waiting behind this parked one") long heldBack) {

        static DeliveryView of(Delivery d) {
            return new DeliveryView(d.id(), d.eventId(), d.eventType(), d.aggregateId(), d.subscriber(), d.status(),
                    d.attempts(), d.refusals(), d.lastError(), d.occurredAt(), d.parkedAt(), d.deliveredAt(), d.heldBack());
        }
    }

    @Schema(name = "EventDeliveryPage")
    public record DeliveryPage(@Schema(required = true, description = CursorPage.ITEMS) List<DeliveryView> items,
            @Schema(description = CursorPage.NEXT_CURSOR) String nextCursor,
            @Schema(required = true, description = CursorPage.LIMIT) int limit) {
    }
}
