package org.collections.cases.api;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.collections.commons.http.CursorPage;
import org.collections.commons.http.Cursors;
import org.collections.commons.problem.ProblemException;

/**
 * The cursor envelope over a small, bounded list read whole (a case's placements, disputes, notes, Breathing
 * Spaces): the cursor is the id of the last item, so a page continues after it in the list's natural order. One item
 * of such a list is found by its id.
 */
final class BoundedPages {

    private BoundedPages() {
    }

    static <T> CursorPage<T> page(List<T> all, Function<T, ?> id, Integer requestedLimit, String cursor) {
        int limit = Cursors.limit(requestedLimit);
        List<String> after = Cursors.decode(cursor, 1);
        int start = 0;
        if (after != null) {
            start = -1;
            for (int i = 0; i < all.size() && start < 0; i++) {
                if (String.valueOf(id.apply(all.get(i))).equals(after.get(0))) {
                    start = i + 1;
                }
            }
            if (start < 0) {
                throw ProblemException.invalidField("cursor", "is not a cursor this API returned; start again without it");
            }
        }
        List<T> rest = all.subList(start, Math.min(all.size(), start + limit + 1));
        return CursorPage.of(rest, limit, item -> Cursors.encode(String.valueOf(id.apply(item))));
    }

    /** The item of {@code all} whose id is {@code wanted}; a 404 naming {@code what} when there is none. */
    static <T> T one(List<T> all, Function<T, UUID> id, UUID wanted, String what) {
        return all.stream().filter(item -> id.apply(item).equals(wanted)).findFirst()
                .orElseThrow(() -> ProblemException.notFound(what, wanted));
    }
}
