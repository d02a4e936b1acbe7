package org.collections.contact.client;

import io.smallrye.faulttolerance.api.CircuitBreakerName;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import org.collections.commons.client.DependencyAnswers;
import org.collections.commons.client.ServiceAuthorization;
import org.collections.commons.problem.DependencyUnavailableException;
import org.collections.commons.problem.ProblemException;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * Asks case-service about cases, with the caller's token, or contact-service's own outside a request (contact steps
 * from events and the drain). Each attempt times out after 2 s (override with
 * {@code quarkus.fault-tolerance."org.collections.contact.client.CaseDirectory/find".timeout.value}, in ms); failed
 * attempts are retried twice; a breaker stops calling a failing case-service for 5 s. An absent case and other 4xx
 * answers are answers, not outages: they are never retried and never trip the breaker. Outages become a 503 with
 * {@code Retry-After}.
 */
@ApplicationScoped
public class CaseDirectory {

    public static final String BREAKER = "case-service";
    static final int RETRY_AFTER_SECONDS = 5;
    private static final Logger LOG = Logger.getLogger(CaseDirectory.class);

    @RestClient
    CaseServiceClient client;

    /** The case, or empty when it does not exist or the caller may not see it. */
    @Timeout(2000)
    @Retry(maxRetries = 2, delay = 100, jitter = 50, abortOn = {ProblemException.class, CircuitBreakerOpenException.class})
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = RETRY_AFTER_SECONDS,
            delayUnit = ChronoUnit.SECONDS, skipOn = ProblemException.class)
    @CircuitBreakerName(BREAKER)
    @Fallback(fallbackMethod = "unavailable", skipOn = ProblemException.class)
    public Uni<Optional<CaseSnapshot>> find(UUID caseId) {
        return ServiceAuthorization.refreshedOnRefusal(() -> client.get(caseId))
                .map(Optional::of)
                .onFailure(DependencyAnswers::isNotFound).recoverWithItem(Optional.empty())
                .onFailure(DependencyAnswers::isRejection).transform(e -> DependencyAnswers.rejected(BREAKER, e));
    }

    /** The case; 404 when it does not exist or the caller may not see it. */
    public Uni<CaseSnapshot> require(UUID caseId) {
        return find(caseId).map(found -> found.orElseThrow(() -> ProblemException.notFound("Case", caseId)));
    }

    Uni<Optional<CaseSnapshot>> unavailable(UUID caseId, Throwable cause) {
        LOG.warnf("case-service unavailable (case %s): %s", caseId, cause.toString());
        return Uni.createFrom().failure(new DependencyUnavailableException(BREAKER, RETRY_AFTER_SECONDS, cause));
    }
}
