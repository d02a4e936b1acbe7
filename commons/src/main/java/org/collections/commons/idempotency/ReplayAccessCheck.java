package org.collections.commons.idempotency;

import io.smallrye.mutiny.Uni;

/**
 * Re-checks, before a stored response is replayed, that the caller may still see what it describes (a recalled
 * agency no longer sees the plan it proposed). Fails (typically with a 404 problem) when it may not.
 */
@FunctionalInterface
public interface ReplayAccessCheck {

    /** @param location the stored response's Location, or null when it had none */
    Uni<?> check(String location);

    /** For operations whose resource is named by the request path and checked by the operation itself. */
    static ReplayAccessCheck of(java.util.function.Supplier<Uni<?>> check) {
        return location -> check.get();
    }

    /** The last path segment of a Location such as {@code /api/v1/cases/<id>}. */
    static String lastSegment(String location) {
        if (location == null) {
            return null;
        }
        String path = location.contains("?") ? location.substring(0, location.indexOf('?')) : location;
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
