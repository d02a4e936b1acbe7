package org.collections.contact.compliance;

import java.util.List;
import org.collections.contact.config.RulePackFiles;

/** The packs of the service's documents (src/main/resources/rule-packs), in their latest versions, for tests. */
public final class RulePacks {

    public static final RulePackCatalog CATALOG = RulePackFiles.load(RulePacks.class.getClassLoader(), "rule-packs");

    /** 12 CFR 1006 (Regulation F). */
    public static final RulePack US_REGF = latest("US_REGF");

    /** National standard on post-loan collection 2025 / CBA consumer-loan collection guideline 2026. */
    public static final RulePack CN = latest("CN");

    /** FCA CONC 7 and the Breathing Space regulations. */
    public static final RulePack UK_CONC = latest("UK_CONC");

    private RulePacks() {
    }

    /** US → US_REGF, CN → CN, UK or GB → UK_CONC (case-insensitive); IllegalArgumentException otherwise. */
    public static RulePack forJurisdiction(String countryCode) {
        return latest(CATALOG.packIdFor(countryCode));
    }

    /** The pack with that id (US_REGF, CN, UK_CONC); IllegalArgumentException otherwise. */
    public static RulePack byId(String id) {
        return latest(id);
    }

    public static List<RulePack> all() {
        return List.of(US_REGF, CN, UK_CONC);
    }

    private static RulePack latest(String id) {
        List<RulePack> versions = CATALOG.versions(id);
        return versions.get(versions.size() - 1);
    }
}
