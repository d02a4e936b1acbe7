package org.collections.plans.service;

import java.util.List;
import org.collections.plans.domain.Installment;
import org.collections.plans.domain.Plan;

/** A plan with its installments by number. */
public record PlanDetail(Plan plan, List<Installment> installments) {
}
