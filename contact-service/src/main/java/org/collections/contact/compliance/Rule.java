package org.collections.contact.compliance;

import java.time.Instant;
import java.util.Optional;

/** One compliance rule of a pack; stateless, its parameters come from the {@link RulePack}. */
interface Rule {

    /** The rule's name within a pack, e.g. CALL_FREQUENCY (the id is {@code <PACK>.<name>}). */
    String name();

    Optional<Violation> check(RulePack pack, ProposedContact contact, ContactSituation situation);

    /**
     * A lower bound for the earliest instant at or after {@code contact.at()} at which this rule alone could be
     * satisfied (no instant before it satisfies the rule); {@code null} when no time ever will. Only asked when
     * {@link #check} found a violation at {@code contact.at()}, and must then be later than it.
     */
    Instant earliestSatisfied(RulePack pack, ProposedContact contact, ContactSituation situation);

    default Violation violation(RulePack pack, String reason) {
        return new Violation(pack.id() + "." + name(), reason);
    }
}
