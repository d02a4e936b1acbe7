package org.collections.commons.http;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The one envelope of every list the API returns: at most {@code limit} items, and the opaque cursor that fetches the
 * next page ({@code null} on the last page). Send it back unchanged as {@code ?cursor=}.
 */
public record CursorPage<T>(
        @Schema(required = true, description = ITEMS) List<T> items,
        @Schema(description = NEXT_CURSOR, examples = "eyJrIjpbIjIwMjYtMTItMDFUMTU6MDA6MDBaIl19") String nextCursor,
        @Schema(required = true, description = LIMIT, examples = "50") int limit) {

    /** The descriptions of the envelope's properties, for page schemas written out by hand. */
    public static final String ITEMS = "This page's items in the list's order, at most limit";
    public static final String NEXT_CURSOR = "Pass as ?cursor= to get the next page; absent on the last page";
    public static final String LIMIT = "The page size this page was cut to";

    /** A page cut from {@code fetched}, which holds up to {@code limit + 1} rows: the extra row says there is more. */
    public static <T> CursorPage<T> of(List<T> fetched, int limit, java.util.function.Function<T, String> cursorOf) {
        if (fetched.size() <= limit) {
            return new CursorPage<>(List.copyOf(fetched), null, limit);
        }
        List<T> items = List.copyOf(fetched.subList(0, limit));
        return new CursorPage<>(items, cursorOf.apply(items.get(limit - 1)), limit);
    }

    /** Maps the items, keeping the cursor: a page of entities becomes a page of views. */
    public <V> CursorPage<V> map(java.util.function.Function<T, V> mapper) {
        return new CursorPage<>(items.stream().map(mapper).toList(), nextCursor, limit);
    }
}
