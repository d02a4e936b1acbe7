package org.collections.cases.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import org.collections.commons.money.Money;
import org.collections.commons.security.CurrentPrincipal;

/** Portfolio figures computed in the database; an agency sees the figures of its own placed cases only. */
@ApplicationScoped
public class KpiService {

    /** Cases and balances grouped by delinquency bucket, by status and in total (key ALL), per currency. */
    public record Portfolio(List<Group> byBucket, List<Group> byStatus, List<Group> totals) {
    }

    /** The cases of one group in one currency and their outstanding balance, at the currency's scale. */
    public record Group(String key, String currency, long cases, BigDecimal balance) {
    }

    @Inject
    CurrentPrincipal principal;

    @WithSession
    public Uni<Portfolio> portfolio(String creditorId) {
        String agency = principal.isAgency() ? principal.requiredAgencyId() : null;
        return group("c.bucket", creditorId, agency)
                .chain(byBucket -> group("str(c.status)", creditorId, agency)
                        .chain(byStatus -> group("'ALL'", creditorId, agency)
                                .map(totals -> new Portfolio(byBucket, byStatus, totals))));
    }

    private Uni<List<Group>> group(String key, String creditorId, String agency) {
        String hql = "select " + key + ", c.currency, count(c), sum(c.totalDebt - c.paymentsReceived - c.writtenOff) "
                + "from CollectionCase c where (:creditor is null or c.creditorId = :creditor) "
                + "and (:agency is null or c.agencyId = :agency) "
                + "group by " + key + ", c.currency order by 1, 2";
        return Panache.getSession().chain(s -> s.createQuery(hql, Object[].class)
                .setParameter("creditor", creditorId)
                .setParameter("agency", agency)
                .getResultList())
                .map(rows -> rows.stream().map(r -> new Group(String.valueOf(r[0]), (String) r[1], ((Number) r[2]).longValue(),
                        Money.scaled("balance", (BigDecimal) r[3], (String) r[1]))).toList());
    }
}
