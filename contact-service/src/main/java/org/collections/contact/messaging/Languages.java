package org.collections.contact.messaging;

import java.util.Collection;
import java.util.Comparator;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Optional;
import org.collections.commons.rules.RuleViolation;

/** BCP 47 language tags of templates, and which template language serves a debtor best. */
public final class Languages {

    public static final String DEFAULT = "en";

    private Languages() {
    }

    /** The canonical form of a language tag ({@code zh-cn} → {@code zh-CN}); a RuleViolation of {@code language} if none. */
    public static String normalize(String tag) {
        if (tag == null || !tag.strip().matches("(?i)[a-z]{2,3}(-[a-z]{2}|-[0-9]{3})?")) {
            throw new RuleViolation("language", "must be a language tag like en or zh-CN");
        }
        try {
            return new Locale.Builder().setLanguageTag(tag.strip()).build().toLanguageTag();
        } catch (IllformedLocaleException e) {
            throw new RuleViolation("language", "must be a language tag like en or zh-CN");
        }
    }

    /**
     * The best of {@code available} for someone who reads {@code wanted}: the same tag; else the same language
     * (bare {@code zh} before {@code zh-CN} before other regions, alphabetically); else English; else nothing.
     */
    public static Optional<String> bestMatch(String wanted, Collection<String> available) {
        String tag = wanted == null ? DEFAULT : safeNormalize(wanted);
        Optional<String> match = sameLanguage(tag, available);
        return match.isPresent() ? match : sameLanguage(DEFAULT, available);
    }

    private static Optional<String> sameLanguage(String tag, Collection<String> available) {
        if (available.contains(tag)) {
            return Optional.of(tag);
        }
        String language = language(tag);
        return available.stream().filter(a -> language(a).equals(language))
                .min(Comparator.comparing((String a) -> !a.equals(language))
                        .thenComparing(a -> !a.equals(language + "-" + defaultRegion(language)))
                        .thenComparing(Comparator.naturalOrder()));
    }

    public static Locale locale(String tag) {
        return Locale.forLanguageTag(tag);
    }

    private static String language(String tag) {
        int dash = tag.indexOf('-');
        return dash < 0 ? tag : tag.substring(0, dash);
    }

    private static String defaultRegion(String language) {
        return switch (language) {
            case "zh" -> "CN";
            case "en" -> "US";
            default -> language.toUpperCase(Locale.ROOT);
        };
    }

    private static String safeNormalize(String tag) {
        try {
            return normalize(tag);
        } catch (RuleViolation e) {
            return DEFAULT;
        }
    }
}
