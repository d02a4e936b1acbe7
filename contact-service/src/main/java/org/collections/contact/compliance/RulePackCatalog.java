package org.collections.contact.compliance;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Every version of every rule pack, from their documents. A contact is judged by the version in force at its time:
 * the one with the latest {@code effectiveFrom} (a UTC day) not after it; a time before a pack's first version is
 * judged by the first version, never by no rules at all.
 */
public final class RulePackCatalog {

    private final Map<String, List<RulePack>> versions;
    private final Map<String, String> packByJurisdiction;
    private final Map<String, RulePackDocument> documents;

    private RulePackCatalog(Map<String, List<RulePack>> versions, Map<String, String> packByJurisdiction,
            Map<String, RulePackDocument> documents) {
        this.versions = versions;
        this.packByJurisdiction = packByJurisdiction;
        this.documents = documents;
    }

    /**
     * @param byFile the documents by file name, in the order their packs are listed
     * @throws InvalidRulePackException when two documents are the same version of a pack, the versions of a pack
     *                                  disagree on their jurisdictions, or two packs claim one jurisdiction
     */
    public static RulePackCatalog of(Map<String, RulePackDocument> byFile) {
        Map<String, List<RulePack>> versions = new LinkedHashMap<>();
        Map<String, String> packByJurisdiction = new HashMap<>();
        Map<String, RulePackDocument> documents = new HashMap<>();
        byFile.entrySet().forEach(entry -> {
            RulePackDocument doc = entry.getValue();
            RulePack pack = doc.pack();
            if (documents.put(pack.version(), doc) != null) {
                throw new InvalidRulePackException(entry.getKey(), "effectiveFrom", pack.version() + " is defined twice");
            }
            versions.computeIfAbsent(pack.id(), id -> new ArrayList<>()).add(pack);
            for (String code : doc.jurisdictions()) {
                String claimed = packByJurisdiction.putIfAbsent(normalise(code), pack.id());
                if (claimed != null && !claimed.equals(pack.id())) {
                    throw new InvalidRulePackException(entry.getKey(), "jurisdictions", "jurisdiction " + code
                            + " is already covered by " + claimed);
                }
            }
        });
        versions.values().forEach(list -> list.sort(Comparator.comparing(RulePack::effectiveFrom)));
        Map<String, List<RulePack>> frozen = new LinkedHashMap<>();
        versions.forEach((id, list) -> frozen.put(id, List.copyOf(list)));
        return new RulePackCatalog(frozen, Map.copyOf(packByJurisdiction), Map.copyOf(documents));
    }

    /** US_REGF, CN, UK_CONC, …: in the order of the index. */
    public List<String> packIds() {
        return List.copyOf(versions.keySet());
    }

    public boolean has(String packId) {
        return versions.containsKey(packId);
    }

    /** Every version of a pack, oldest first; IllegalArgumentException for an unknown pack. */
    public List<RulePack> versions(String packId) {
        List<RulePack> list = versions.get(packId);
        if (list == null) {
            throw new IllegalArgumentException("no rule pack " + packId);
        }
        return list;
    }

    /** The version of {@code packId} in force at {@code at}. */
    public RulePack inForce(String packId, Instant at) {
        LocalDate day = LocalDate.ofInstant(at, ZoneOffset.UTC);
        List<RulePack> list = versions(packId);
        RulePack inForce = list.get(0);
        for (RulePack version : list) {
            if (!version.effectiveFrom().isAfter(day)) {
                inForce = version;
            }
        }
        return inForce;
    }

    /** The id of the pack covering a country code (US, CN, UK, GB; any case); IllegalArgumentException if none. */
    public String packIdFor(String jurisdiction) {
        String id = jurisdiction == null ? null : packByJurisdiction.get(normalise(jurisdiction));
        if (id == null) {
            throw new IllegalArgumentException("no rule pack for jurisdiction " + jurisdiction);
        }
        return id;
    }

    /** The jurisdiction's pack in force at {@code at}. */
    public RulePack forJurisdiction(String jurisdiction, Instant at) {
        return inForce(packIdFor(jurisdiction), at);
    }

    /** The document of a version, e.g. US_REGF@2021-11-30; IllegalArgumentException for an unknown one. */
    public RulePackDocument document(String version) {
        RulePackDocument doc = documents.get(version);
        if (doc == null) {
            throw new IllegalArgumentException("no rule pack version " + version);
        }
        return doc;
    }

    private static String normalise(String code) {
        return code.trim().toUpperCase(Locale.ROOT);
    }
}
