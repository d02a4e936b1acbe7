package org.collections.contact.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * One entry of the attempt ledger, as the rules see it.
 *
 * @param caseId         the case (one debt per case for the per-debt rules)
 * @param debtorId       the debtor the case belongs to (per-debtor caps count across cases, lender and agencies)
 * @param contactPointId the phone number, address, … used (per-method caps)
 * @param agencyId       the agency that made it, or null for the lender itself
 */
public record AttemptRecord(UUID caseId, UUID debtorId, Channel channel, Direction direction, PersonRole person,
        String contactPointId, Instant at, Outcome outcome, String agencyId) {
}
