package org.collections.cases.scoring;

import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Attributes a score must never use, directly or through an obvious proxy: age, sex, ethnicity, religion, and location
 * finer than the jurisdiction (a time zone, postal code or address places a debtor within a country). The preferred
 * language and the name stand for ethnicity and are excluded too.
 */
public final class ProtectedAttributes {

    /** Words that, anywhere in a feature's name, mark it as protected; "_" joins words that count only together. */
    public static final List<String> EXCLUDED = List.of("AGE", "BIRTH", "BORN", "SEX", "GENDER", "ETHNIC", "ETHNICITY",
            "RACE", "RELIGION", "NATIONALITY", "LANGUAGE", "NAME", "NATIONAL_ID", "ADDRESS", "POSTAL", "POSTCODE", "ZIP",
            "CITY", "STATE", "PROVINCE", "REGION", "TIME_ZONE", "TIMEZONE", "LATITUDE", "LONGITUDE", "GEO", "PHONE",
            "EMAIL", "MARITAL", "DISABILITY", "HEALTH");

    private ProtectedAttributes() {
    }

    public static boolean isProtected(String featureName) {
        String words = "_" + String.join("_", featureName.toUpperCase(Locale.ROOT).split("[^A-Z]+")) + "_";
        return EXCLUDED.stream().anyMatch(excluded -> words.contains("_" + excluded + "_"));
    }

    /** @throws IllegalArgumentException naming the first feature that stands for a protected attribute */
    public static void check(Collection<String> featureNames) {
        featureNames.stream().filter(ProtectedAttributes::isProtected).findFirst().ifPresent(feature -> {
            throw new IllegalArgumentException("Feature " + feature + " stands for a protected attribute");
        });
    }
}
