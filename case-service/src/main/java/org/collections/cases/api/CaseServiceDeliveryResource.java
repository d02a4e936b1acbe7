package org.collections.cases.api;

import jakarta.ws.rs.Path;
import org.collections.commons.outbox.OutboxDeliveryResource;

/** The admin API over case-service's event deliveries (parked ones replayed or skipped). */
@Path("/api/v1/outboxes/case-service/deliveries")
public class CaseServiceDeliveryResource extends OutboxDeliveryResource {
}
