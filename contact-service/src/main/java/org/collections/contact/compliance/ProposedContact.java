package org.collections.contact.compliance;

import java.time.Instant;
import java.util.UUID;

/**
 * A contact someone wants to make, to be judged by the rules.
 *
 * @param contactPointId  the number/address to use (null for a VISIT or a LETTER to the postal address)
 * @param collectors      how many collectors take part (VISIT rules)
 * @param permittedNotice a notice the law allows even under cease-communication (e.g. the validation notice)
 * @param at              when it would happen
 */
public record ProposedContact(UUID caseId, UUID debtorId, Channel channel, PersonRole person, String contactPointId,
        int collectors, boolean permittedNotice, Instant at) {
}
