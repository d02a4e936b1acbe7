package org.collections.cases.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** What a case search asks for; null means "any". */
public record CaseCriteria(CaseStatus status, String bucket, String creditorId, String agencyId, String collector,
        BigDecimal minBalance, Integer dpdMin, Integer dpdMax, List<UUID> debtorIds) {

    public CaseCriteria withAgency(String agency) {
        return new CaseCriteria(status, bucket, creditorId, agency, collector, minBalance, dpdMin, dpdMax, debtorIds);
    }

    public CaseCriteria withDebtors(List<UUID> ids) {
        return new CaseCriteria(status, bucket, creditorId, agencyId, collector, minBalance, dpdMin, dpdMax, ids);
    }
}
