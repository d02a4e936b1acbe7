package org.collections.commons.client;

import jakarta.ws.rs.WebApplicationException;
import org.collections.commons.problem.ProblemException;

/**
 * Tells a dependency's answers apart from its outages. A 4xx is an answer: it is passed on to the caller and must
 * neither be retried nor trip a circuit breaker; anything else is an outage for fault tolerance to handle.
 */
public final class DependencyAnswers {

    private DependencyAnswers() {
    }

    public static boolean isNotFound(Throwable e) {
        return statusOf(e) == 404;
    }

    public static boolean isRejection(Throwable e) {
        int status = statusOf(e);
        return status >= 400 && status < 500;
    }

    /** The rejection as this service's own problem: 401 and 403 pass through, other 4xx become a 502. */
    public static ProblemException rejected(String dependency, Throwable e) {
        int status = statusOf(e);
        return switch (status) {
            case 401 -> new ProblemException(401, "unauthorized", "Unauthorized",
                    dependency + " did not accept the caller's token");
            case 403 -> ProblemException.forbidden(dependency + " does not let the caller do this");
            default -> new ProblemException(502, "dependency-error", "Bad gateway",
                    dependency + " rejected the request (HTTP " + status + ")");
        };
    }

    private static int statusOf(Throwable e) {
        return e instanceof WebApplicationException w && w.getResponse() != null ? w.getResponse().getStatus() : 0;
    }
}
