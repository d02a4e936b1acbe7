package org.collections.contact.compliance;

import java.util.Map;

/**
 * Creditors' stored overrides, by pack and creditor, and the one way a case's rule pack is resolved: the pack of
 * its jurisdiction, tightened by its creditor's override of that pack.
 */
public final class CreditorOverrides {

    /** A creditor's override of one pack. */
    public record Key(String packId, String creditorId) {
    }

    private final Map<Key, RuleOverride> overrides;

    private CreditorOverrides(Map<Key, RuleOverride> overrides) {
        this.overrides = Map.copyOf(overrides);
    }

    public static CreditorOverrides of(Map<Key, RuleOverride> overrides) {
        return new CreditorOverrides(overrides);
    }

    public static CreditorOverrides none() {
        return new CreditorOverrides(Map.of());
    }

    /**
     * The pack for a case of {@code creditorId} in {@code jurisdiction}.
     *
     * @throws IllegalArgumentException when no pack covers the jurisdiction, or a stored override has become more
     *                                  lenient than its pack (the pack was tightened since): contact then stays
     *                                  blocked until the override is corrected, never judged more leniently
     */
    public RulePack packFor(String jurisdiction, String creditorId) {
        return packFor(RulePacks.forJurisdiction(jurisdiction), creditorId);
    }

    /** {@code pack} tightened by the creditor's override of it, if any. */
    public RulePack packFor(RulePack pack, String creditorId) {
        RuleOverride override = creditorId == null ? null : overrides.get(new Key(pack.id(), creditorId));
        return override == null ? pack : pack.withOverride(override);
    }
}
