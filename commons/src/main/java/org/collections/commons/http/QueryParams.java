package org.collections.commons.http;

import java.util.Arrays;
import org.collections.commons.problem.ProblemException;

/** Parses query parameters with a 422 naming the parameter (not the JAX-RS default 404) when a value does not fit. */
public final class QueryParams {

    private QueryParams() {
    }

    /** The deepest row a page may start at: deeper pages are refused before any offset is computed. */
    public static final long MAX_OFFSET = 1_000_000;

    /** Checks that {@code page} of {@code size} starts within {@link #MAX_OFFSET}: a 422 on {@code page} otherwise. */
    public static int page(int page, int size) {
        if ((long) page * size > MAX_OFFSET) {
            throw ProblemException.unprocessableField("validation", "Validation failed", "page",
                    "must be at most " + MAX_OFFSET / Math.max(size, 1) + " for page size " + size);
        }
        return page;
    }

    public static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField(name, "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }
}
