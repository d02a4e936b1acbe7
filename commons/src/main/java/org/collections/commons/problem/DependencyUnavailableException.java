package org.collections.commons.problem;

/** A service this one depends on cannot answer now: a 503 whose response says when to retry. */
public class DependencyUnavailableException extends ProblemException {

    private final int retryAfterSeconds;

    public DependencyUnavailableException(String dependency, int retryAfterSeconds, Throwable cause) {
        super(503, "dependency-unavailable", "Service unavailable", dependency + " is unavailable; retry later");
        this.retryAfterSeconds = retryAfterSeconds;
        if (cause != null) {
            initCause(cause);
        }
    }

    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
