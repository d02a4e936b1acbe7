package org.collections.commons.ids;

import java.text.Normalizer;
import java.util.regex.Pattern;
import org.collections.commons.problem.ProblemException;

/**
 * The one definition of what an identifier (creditorId, agencyId) and a creditor's reference (externalRef) may be.
 * An input is NFKC-normalised and stripped; an identifier is also upper-cased (ASCII only). Whatever then falls outside
 * the charset is rejected, never silently changed: a zero-width space or a Cyrillic look-alike is a 422, not a new
 * creditor.
 */
public final class Identifiers {

    /** Upper-case ASCII letters and digits, then also '.', '_' and '-'; 1 to 64 characters. */
    public static final String PATTERN = "[A-Z0-9][A-Z0-9._-]{0,63}";
    public static final String MESSAGE = "must be 1 to 64 of A-Z, 0-9, '.', '_', '-' (starting with a letter or digit)";

    /** A creditor's own reference keeps its case: printable ASCII letters, digits and . _ - / : ; 1 to 128 characters. */
    public static final String REFERENCE_PATTERN = "[A-Za-z0-9][A-Za-z0-9._/:-]{0,127}";
    public static final String REFERENCE_MESSAGE = "must be 1 to 128 of A-Z, a-z, 0-9, '.', '_', '/', ':', '-' "
            + "(starting with a letter or digit)";

    private static final Pattern ID = Pattern.compile(PATTERN);
    private static final Pattern REFERENCE = Pattern.compile(REFERENCE_PATTERN);

    private Identifiers() {
    }

    /**
     * The canonical form of an identifier when it has one; otherwise the input unchanged (check it with
     * {@link #isCanonical}, or use {@link #require}).
     */
    public static String canonical(String raw) {
        if (raw == null) {
            return null;
        }
        String candidate = upperAscii(Normalizer.normalize(raw, Normalizer.Form.NFKC).strip());
        return ID.matcher(candidate).matches() ? candidate : raw;
    }

    /** The canonical form of a creditor's reference when it has one, otherwise the input unchanged. */
    public static String reference(String raw) {
        if (raw == null) {
            return null;
        }
        String candidate = Normalizer.normalize(raw, Normalizer.Form.NFKC).strip();
        return REFERENCE.matcher(candidate).matches() ? candidate : raw;
    }

    public static boolean isCanonical(String id) {
        return id != null && ID.matcher(id).matches();
    }

    public static boolean isReference(String reference) {
        return reference != null && REFERENCE.matcher(reference).matches();
    }

    /** For path and query parameters: the canonical id, or a 422 naming the parameter. Null stays null. */
    public static String require(String field, String raw) {
        if (raw == null) {
            return null;
        }
        String id = canonical(raw);
        if (!isCanonical(id)) {
            throw ProblemException.unprocessableField("validation", "Validation failed", field, MESSAGE);
        }
        return id;
    }

    private static String upperAscii(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            out.append(c >= 'a' && c <= 'z' ? (char) (c - 'a' + 'A') : c);
        }
        return out.toString();
    }
}
