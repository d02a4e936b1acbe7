package org.collections.contact.compliance;

import java.time.Instant;
import java.util.Optional;

/** Home visits need a minimum number of collectors. */
final class VisitCollectorsRule implements Rule {

    @Override
    public String name() {
        return "VISIT_COLLECTORS";
    }

    @Override
    public Optional<Violation> check(RulePack pack, ProposedContact contact, ContactSituation situation) {
        if (contact.channel() != Channel.VISIT || contact.collectors() >= pack.minVisitCollectors()) {
            return Optional.empty();
        }
        return Optional.of(violation(pack, "a visit needs at least " + pack.minVisitCollectors()
                + " collectors, " + contact.collectors() + " planned"));
    }

    @Override
    public Instant earliestSatisfied(RulePack pack, ProposedContact contact, ContactSituation situation) {
        return null;
    }
}
