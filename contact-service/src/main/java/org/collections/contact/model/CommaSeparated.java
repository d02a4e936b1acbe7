package org.collections.contact.model;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Small sets and lists kept in one text column as comma-separated values. */
public final class CommaSeparated {

    private CommaSeparated() {
    }

    /** The stored values, stripped, in stored order; none for null or blank. */
    public static List<String> values(String stored) {
        return stored == null || stored.isBlank() ? List.of()
                : Arrays.stream(stored.split(",")).map(String::strip).toList();
    }

    public static <E extends Enum<E>> Set<E> enums(String stored, Class<E> type) {
        return values(stored).stream().map(name -> Enum.valueOf(type, name))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(type)));
    }

    /** The values sorted, so that equal sets are stored alike. */
    public static String sorted(Collection<?> values) {
        return values.stream().map(v -> v instanceof Enum<?> e ? e.name() : v.toString()).sorted()
                .collect(Collectors.joining(","));
    }
}
