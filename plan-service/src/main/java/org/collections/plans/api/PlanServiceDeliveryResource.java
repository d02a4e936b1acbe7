package org.collections.plans.api;

import jakarta.ws.rs.Path;
import org.collections.commons.outbox.OutboxDeliveryResource;

/** The admin API over plan-service's event deliveries (parked ones replayed or skipped). */
@Path("/api/v1/outboxes/plan-service/deliveries")
public class PlanServiceDeliveryResource extends OutboxDeliveryResource {
}
