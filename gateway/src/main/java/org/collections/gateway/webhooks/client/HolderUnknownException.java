package org.collections.gateway.webhooks.client;

import java.util.UUID;
import org.collections.commons.problem.DependencyUnavailableException;

/** case-service could not say who holds a case: the event that asked is refused (503) and its relay retries later. */
public class HolderUnknownException extends DependencyUnavailableException {

    static final int RETRY_AFTER_SECONDS = 5;

    public HolderUnknownException(UUID caseId, String why) {
        super("case-service", RETRY_AFTER_SECONDS,
                new IllegalStateException("cannot confirm who holds case " + caseId + ": " + why));
    }
}
