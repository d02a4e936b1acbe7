package org.collections.plans.service;

import java.util.UUID;
import org.collections.plans.domain.PlanOffer;

/** A plan to propose (or preview) for a case; {@code draft} stores it without submitting it for approval. */
public record NewPlan(UUID caseId, PlanOffer offer, boolean draft) {
}
