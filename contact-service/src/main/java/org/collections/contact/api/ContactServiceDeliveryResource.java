package org.collections.contact.api;

import jakarta.ws.rs.Path;
import org.collections.commons.outbox.OutboxDeliveryResource;

/** The admin API over contact-service's event deliveries (parked ones replayed or skipped). */
@Path("/api/v1/outboxes/contact-service/deliveries")
public class ContactServiceDeliveryResource extends OutboxDeliveryResource {
}
