package org.collections.commons.http;

import java.util.Arrays;
import org.collections.commons.problem.ProblemException;

/** Parses query parameters with a 400 problem (not the JAX-RS default 404) when a value does not fit. */
public final class QueryParams {

    private QueryParams() {
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
