package org.collections.cases.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.collections.cases.domain.CaseTreatment;
import org.collections.cases.domain.TreatmentStep;

/** A case's treatment history: every time on a path, newest first, with the steps taken on it. */
@ApplicationScoped
public class TreatmentQueries {

    public record CaseTreatmentHistory(CaseTreatment treatment, List<TreatmentStep> steps) {
    }

    @Inject
    CaseAccess access;

    @WithSession
    public Uni<List<CaseTreatmentHistory>> ofCase(UUID caseId) {
        return access.load(caseId)
                .chain(c -> CaseTreatment.<CaseTreatment>list(
                        "caseId = ?1 order by enteredAt desc, stoppedAt desc nulls first", caseId))
                .chain(treatments -> TreatmentStep.<TreatmentStep>list("caseId = ?1 order by stepIndex", caseId)
                        .map(steps -> {
                            Map<UUID, List<TreatmentStep>> byTreatment = steps.stream()
                                    .collect(Collectors.groupingBy(s -> s.treatmentId));
                            return treatments.stream().map(t -> new CaseTreatmentHistory(t,
                                    byTreatment.getOrDefault(t.id, List.of()))).toList();
                        }));
    }
}
