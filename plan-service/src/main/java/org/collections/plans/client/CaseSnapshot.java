package org.collections.plans.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.util.UUID;

/** What plan-service needs to know of a case, as case-service reports it now; other fields are ignored. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CaseSnapshot(UUID id, Status status, String currency, BigDecimal balance, String agencyId,
        String creditorId, UUID debtorId, int version) {

    /** case-service's case lifecycle states. */
    public enum Status {
        NEW, ACTIVE, PROMISE_TO_PAY, IN_PLAN, DISPUTED, PAUSED, LEGAL, CLOSED
    }

    /** A closed or disputed case may not get a repayment plan. */
    public boolean plannable() {
        return status != Status.CLOSED && status != Status.DISPUTED;
    }
}
