package org.collections.benchmarks;

import java.time.Instant;
import org.collections.contact.compliance.CreditorOverrides;
import org.collections.contact.compliance.RulePack;
import org.collections.contact.compliance.RulePackCatalog;
import org.collections.contact.config.RulePackFiles;

/** contact-service's rule pack documents (its resources' rule-packs/), read and resolved as the service does. */
final class ShippedRulePacks {

    private static final RulePackCatalog CATALOG =
            RulePackFiles.load(ShippedRulePacks.class.getClassLoader(), "rule-packs");

    private ShippedRulePacks() {
    }

    /** The pack in force at {@code at} for a case in {@code jurisdiction} of a creditor without overrides. */
    static RulePack forJurisdiction(String jurisdiction, Instant at) {
        return CreditorOverrides.none(CATALOG).packFor(jurisdiction, null, at);
    }
}
