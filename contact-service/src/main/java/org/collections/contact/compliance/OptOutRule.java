package org.collections.contact.compliance;

import java.time.Instant;
import java.util.Optional;

/** Channel and contact-point opt-outs are honoured at once and for good. */
final class OptOutRule implements Rule {

    @Override
    public String name() {
        return "OPT_OUT";
    }

    @Override
    public Optional<Violation> check(RulePack pack, ProposedContact contact, ContactSituation situation) {
        if (situation.optedOutChannels().contains(contact.channel())) {
            return Optional.of(violation(pack, "the debtor opted out of " + contact.channel() + ""));
        }
        if (situation.contactPointStatus() == ContactPointStatus.OPTED_OUT) {
            return Optional.of(violation(pack, "contact point " + contact.contactPointId() + " is opted out"));
        }
        return Optional.empty();
    }

    @Override
    public Instant earliestSatisfied(RulePack pack, ProposedContact contact, ContactSituation situation) {
        return null;
    }
}
