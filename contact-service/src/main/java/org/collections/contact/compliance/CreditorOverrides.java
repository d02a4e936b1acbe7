package org.collections.contact.compliance;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import org.collections.commons.rules.RuleViolation;

/**
 * The one way a case's rule pack is resolved: the pack its creditor chose for the case's jurisdiction (by default
 * the pack covering the jurisdiction), in the version in force at the contact's time, tightened by the creditor's
 * stored override of that pack.
 */
public final class CreditorOverrides {

    /** A creditor's override of one pack. */
    public record Key(String packId, String creditorId) {
    }

    /** A creditor's choice of pack for one jurisdiction (a country code, upper case). */
    public record Choice(String creditorId, String jurisdiction) {

        public Choice {
            jurisdiction = jurisdiction == null ? null : jurisdiction.trim().toUpperCase(Locale.ROOT);
        }
    }

    private final RulePackCatalog catalog;
    private final Map<Key, RuleOverride> overrides;
    private final Map<Choice, String> choices;

    private CreditorOverrides(RulePackCatalog catalog, Map<Key, RuleOverride> overrides, Map<Choice, String> choices) {
        this.catalog = catalog;
        this.overrides = Map.copyOf(overrides);
        this.choices = Map.copyOf(choices);
    }

    public static CreditorOverrides of(RulePackCatalog catalog, Map<Key, RuleOverride> overrides,
            Map<Choice, String> choices) {
        return new CreditorOverrides(catalog, overrides, choices);
    }

    public static CreditorOverrides none(RulePackCatalog catalog) {
        return new CreditorOverrides(catalog, Map.of(), Map.of());
    }

    /**
     * The pack for a contact at {@code at} on a case of {@code creditorId} in {@code jurisdiction}.
     *
     * @throws IllegalArgumentException when no pack covers the jurisdiction
     * @throws RuleViolation            when a stored override has become more lenient than its pack (the pack was
     *                                  tightened since): contact then stays blocked until the override is
     *                                  corrected, never judged more leniently
     */
    public RulePack packFor(String jurisdiction, String creditorId, Instant at) {
        return packFor(catalog.inForce(packIdFor(jurisdiction, creditorId), at), creditorId);
    }

    /** The id of the pack the creditor chose for the jurisdiction, or the one covering it. */
    public String packIdFor(String jurisdiction, String creditorId) {
        String chosen = creditorId == null || jurisdiction == null ? null
                : choices.get(new Choice(creditorId, jurisdiction));
        return chosen != null && catalog.has(chosen) ? chosen : catalog.packIdFor(jurisdiction);
    }

    /** {@code pack} tightened by the creditor's override of it, if any. */
    public RulePack packFor(RulePack pack, String creditorId) {
        RuleOverride override = creditorId == null ? null : overrides.get(new Key(pack.id(), creditorId));
        return override == null ? pack : pack.withOverride(override);
    }
}
