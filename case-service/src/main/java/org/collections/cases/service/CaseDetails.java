package org.collections.cases.service;

import java.util.List;
import org.collections.cases.domain.CollectionCase;
import org.collections.cases.domain.Debt;

/** A case as the caller may see it, fully loaded: the case, its debts in creation order and its debtor (null when absent). */
public record CaseDetails(CollectionCase caseEntity, DebtorDetails debtor, List<Debt> debts) {
}
