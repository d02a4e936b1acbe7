package org.collections.commons.input;

/** Text that no service can store: NUL (PostgreSQL rejects it in text columns) and unpaired UTF-16 surrogates. */
public final class Texts {

    private Texts() {
    }

    /** Why {@code text} cannot be accepted, or null when it can. */
    public static String violation(CharSequence text) {
        if (text == null) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                return "must not contain NUL characters";
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else {
                    return "must not contain unpaired surrogates";
                }
            } else if (Character.isLowSurrogate(c)) {
                return "must not contain unpaired surrogates";
            }
        }
        return null;
    }
}
