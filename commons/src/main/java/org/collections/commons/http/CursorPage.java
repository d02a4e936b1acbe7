package org.collections.commons.http;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The one envelope of every list the API returns: at most {@code limit} items, and the opaque cursor that fetches the
 * next page ({@code null} on the last page). Send it back unchanged as {@code ?cursor=}.
 */
public record CursorPage<T>(
        @Schema(required = true) List<T> items,
        @Schema(description = "Pass as ?cursor= to get the next page; absent on the last page",
                examples = "eyJrIjpbIjIwMjYtMTItMDFUMTU6MDA6MDBaIl19") String nextCursor,
        @Schema(required = true, description = "The page size this page was cut to", examples = "50") int limit) {

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
