package org.collections.contact.compliance;

import java.time.Instant;
import java.util.Optional;

/** A contact point known to be invalid is not used. */
final class InvalidContactPointRule implements Rule {

    @Override
    public String name() {
        return "INVALID_CONTACT_POINT";
    }

    @Override
    public Optional<Violation> check(RulePack pack, ProposedContact contact, ContactSituation situation) {
        if (situation.contactPointStatus() != ContactPointStatus.INVALID) {
            return Optional.empty();
        }
        return Optional.of(violation(pack, "contact point " + contact.contactPointId() + " is invalid"));
    }

    @Override
    public Instant earliestSatisfied(RulePack pack, ProposedContact contact, ContactSituation situation) {
        return null;
    }
}
