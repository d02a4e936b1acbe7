package org.collections.plans.client;

import io.smallrye.faulttolerance.api.CircuitBreakerName;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.collections.commons.client.DependencyAnswers;
import org.collections.commons.client.ServiceAuthorization;
import org.collections.commons.http.Cursors;
import org.collections.commons.problem.DependencyUnavailableException;
import org.collections.commons.problem.ProblemException;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Reads case-service's case ledgers for the reconciliation: with the caller's token on demand, with plan-service's own
 * token in the nightly job. A page may be large, so each attempt has 10 s (override with
 * {@code quarkus.fault-tolerance."org.collections.plans.client.CaseLedgers/after".timeout.value}, in ms); failed attempts
 * are retried twice, and a breaker stops calling a failing case-service for 5 s. Outages are a 503 with
 * {@code Retry-After} (the run stops and continues from its last batch); a 4xx is case-service's answer, never retried.
 */
@ApplicationScoped
public class CaseLedgers {

    static final String BREAKER = "case-service-ledgers";

    @RestClient
    CaseLedgerClient client;

    /**
     * The page of ledgers of the cases after {@code after} in case id order, at most {@code limit} of them, and never
     * more than case-service serves in one page ({@value Cursors#MAX_LIMIT}).
     */
    @Timeout(10_000)
    @Retry(maxRetries = 2, delay = 200, jitter = 100, abortOn = {ProblemException.class, CircuitBreakerOpenException.class})
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = CaseDirectory.RETRY_AFTER_SECONDS,
            delayUnit = ChronoUnit.SECONDS, skipOn = ProblemException.class)
    @CircuitBreakerName(BREAKER)
    @Fallback(fallbackMethod = "unavailable", skipOn = ProblemException.class)
    public Uni<CaseLedgerPage> after(UUID after, int limit) {
        int size = Math.min(limit, Cursors.MAX_LIMIT);
        return ServiceAuthorization.refreshedOnRefusal(() -> client.page(Cursors.encode(after.toString()), size))
                .onFailure(DependencyAnswers::isRejection)
                .transform(e -> DependencyAnswers.rejected(CaseDirectory.BREAKER, e));
    }

    Uni<CaseLedgerPage> unavailable(UUID after, int limit, Throwable cause) {
        return Uni.createFrom().failure(new DependencyUnavailableException(CaseDirectory.BREAKER,
                CaseDirectory.RETRY_AFTER_SECONDS, cause));
    }
}
