package org.collections.contact.api;

import java.util.List;
import java.util.function.Function;
import org.collections.commons.http.CursorPage;
import org.collections.commons.http.Cursors;
import org.collections.commons.problem.ProblemException;

/**
 * Pages of the small bounded lists (a case's attempts, a debtor's consents, the rule packs...), read whole in their
 * natural order: the cursor names the last item's unique key, and the next page starts after that item.
 */
final class ListPages {

    static final String LIMIT = "Page size, 1 to 200; default 50";
    static final String CURSOR = "The nextCursor of the previous page; absent for the first page";

    private ListPages() {
    }

    /** The page size and the key after which the page starts ({@code null} for the first): both checked up front. */
    record Request(int limit, String after) {

        static Request of(Integer limit, String cursor) {
            int size = Cursors.limit(limit);
            List<String> keys = Cursors.decode(cursor, 1);
            return new Request(size, keys == null ? null : keys.get(0));
        }
    }

    static <T> CursorPage<T> page(List<T> all, Request request, Function<T, String> key) {
        int start = 0;
        if (request.after() != null) {
            int last = -1;
            for (int i = 0; i < all.size() && last < 0; i++) {
                if (request.after().equals(key.apply(all.get(i)))) {
                    last = i;
                }
            }
            if (last < 0) {
                throw ProblemException.invalidField("cursor", "is not a cursor this API returned; start again without it");
            }
            start = last + 1;
        }
        List<T> fetched = all.subList(start, Math.min(all.size(), start + request.limit() + 1));
        return CursorPage.of(fetched, request.limit(), item -> Cursors.encode(key.apply(item)));
    }
}
