package org.collections.contact.compliance;

import java.time.Instant;
import java.util.UUID;

/**
 * A dispatch lease that is out (slot LEASED, lease not expired): a contact that may be happening right now. The
 * frequency and daily caps count it as an attempt made when it was leased, so that leases out at once can never
 * add up to more contacts than the caps leave.
 */
public record LeaseInFlight(UUID caseId, UUID debtorId, Channel channel, PersonRole person, String contactPointId,
        Instant leasedAt) {
}
