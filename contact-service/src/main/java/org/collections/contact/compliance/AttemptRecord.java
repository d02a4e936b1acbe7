package org.collections.contact.compliance;

import java.time.Instant;
import java.util.UUID;

/**
 * One entry of the attempt ledger, as the rules see it.
 *
 * @param caseId         the case (one debt per case for the per-debt rules)
 * @param debtorId       the debtor the case belongs to (per-debtor caps count across cases, lender and agencies)
 * @param contactPointId the phone number, address, … used (per-method caps)
 * @param agencyId       the agency that made it, or null for the lender itself
 * @param purpose        why it was made when that matters to a rule (e.g. the validation notice), else null
 */
public record AttemptRecord(UUID caseId, UUID debtorId, Channel channel, Direction direction, PersonRole person,
        String contactPointId, Instant at, Outcome outcome, String agencyId, AttemptPurpose purpose) {

    /** An attempt without a particular purpose. */
    public AttemptRecord(UUID caseId, UUID debtorId, Channel channel, Direction direction, PersonRole person,
            String contactPointId, Instant at, Outcome outcome, String agencyId) {
        this(caseId, debtorId, channel, direction, person, contactPointId, at, outcome, agencyId, null);
    }
}
