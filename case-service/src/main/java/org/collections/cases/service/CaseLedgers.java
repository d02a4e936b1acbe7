package org.collections.cases.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.collections.cases.domain.CaseLedger;
import org.collections.cases.repository.CaseLedgerRepository;

/** The cases' ledgers in case id order, for the reconciliation of money with plan-service. */
@ApplicationScoped
public class CaseLedgers {

    @Inject
    CaseLedgerRepository repository;

    /** Up to {@code limit} ledgers of cases with money applied, after the case {@code after}. */
    public Uni<List<CaseLedger>> after(UUID after, int limit) {
        return repository.after(after, limit);
    }
}
