package org.collections.commons.http;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.collections.commons.problem.ProblemException;

/**
 * Opaque keyset cursors: the sort key values of the last item of a page, base64url-encoded. A cursor carries no
 * access rights (every page is filtered by the caller's scope again), so tampering only moves within what the caller
 * may see; anything that does not decode is a 422 on {@code cursor}.
 */
public final class Cursors {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;
    /** The page size parameter of every list. */
    public static final String LIMIT = "limit";
    public static final String LIMIT_RULE = "must be a whole number between 1 and " + MAX_LIMIT;
    private static final int MAX_CURSOR_LENGTH = 512;
    private static final char SEPARATOR = '\u001f';

    private Cursors() {
    }

    /** The page size asked for: {@value #DEFAULT_LIMIT} when absent, 1 to {@value #MAX_LIMIT}, else a 422 on limit. */
    public static int limit(Integer requested) {
        if (requested == null) {
            return DEFAULT_LIMIT;
        }
        if (requested < 1 || requested > MAX_LIMIT) {
            throw ProblemException.invalidField(LIMIT, LIMIT_RULE);
        }
        return requested;
    }

    /** The cursor of an item whose sort key is {@code keys}, in order. */
    public static String encode(String... keys) {
        String joined = String.join(String.valueOf(SEPARATOR), keys);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(joined.getBytes(StandardCharsets.UTF_8));
    }

    /** The sort key values of {@code cursor} ({@code null} for the first page); exactly {@code arity} of them. */
    public static List<String> decode(String cursor, int arity) {
        if (cursor == null || cursor.isEmpty()) {
            return null;
        }
        try {
            if (cursor.length() > MAX_CURSOR_LENGTH) {
                throw new IllegalArgumentException();
            }
            String joined = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            List<String> keys = List.of(joined.split(String.valueOf(SEPARATOR), -1));
            if (keys.size() != arity) {
                throw new IllegalArgumentException();
            }
            return keys;
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("cursor", "is not a cursor this API returned; start again without it");
        }
    }
}
