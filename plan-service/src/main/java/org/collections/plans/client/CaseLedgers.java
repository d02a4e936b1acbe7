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
 * token in the nightly job. A page may be large, so each attempt has 10 s; failures are retried twice, and an outage
 * is a 503 (the run stops and continues from its last batch).
 */
@ApplicationScoped
public class CaseLedgers {

    @RestClient
    CaseLedgerClient client;

    @Timeout(10_000)
    @Retry(maxRetries = 2, delay = 200, jitter = 100, abortOn = {ProblemException.class, CircuitBreakerOpenException.class})
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = CaseDirectory.RETRY_AFTER_SECONDS,
            delayUnit = ChronoUnit.SECONDS, skipOn = ProblemException.class)
    @CircuitBreakerName("case-service-ledgers")
    @Fallback(fallbackMethod = "unavailable", skipOn = ProblemException.class)
    public Uni<CaseLedgerPage> after(UUID after, int limit) {
        return ServiceAuthorization.refreshedOnRefusal(() -> client.page(Cursors.encode(after.toString()), limit))
                .onFailure(DependencyAnswers::isRejection)
                .transform(e -> DependencyAnswers.rejected(CaseDirectory.BREAKER, e));
    }

    Uni<CaseLedgerPage> unavailable(UUID after, int limit, Throwable cause) {
        return Uni.createFrom().failure(new DependencyUnavailableException(CaseDirectory.BREAKER,
                CaseDirectory.RETRY_AFTER_SECONDS, cause));
    }
}
