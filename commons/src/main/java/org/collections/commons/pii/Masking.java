package org.collections.commons.pii;

/** Masks personal data for principals that may not see it: all but the last four characters are hidden. */
public final class Masking {

    private Masking() {
    }

    public static String mask(String value) {
        if (value == null) {
            return null;
        }
        int visible = Math.min(4, value.length() / 3);
        return "*".repeat(value.length() - visible) + value.substring(value.length() - visible);
    }

    public static String maskEmail(String email) {
        if (email == null) {
            return null;
        }
        int at = email.indexOf('@');
        return at <= 0 ? mask(email) : email.charAt(0) + "***" + email.substring(at);
    }
}
