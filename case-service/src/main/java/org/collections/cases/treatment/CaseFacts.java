package org.collections.cases.treatment;

import java.math.BigDecimal;
import java.util.Set;
import java.util.UUID;

/** What segments are chosen by: the case's status, delinquency bucket, balance, score (null: not scored) and placement. */
public record CaseFacts(UUID caseId, String creditorId, String status, String bucket, BigDecimal balance, Integer score,
        boolean placed) {

    /** Statuses in which a case is worked by its path; in any other (a plan, a promise, a dispute…) its path stops. */
    static final Set<String> TREATABLE = Set.of("NEW", "ACTIVE");

    public boolean treatable() {
        return TREATABLE.contains(status);
    }
}
