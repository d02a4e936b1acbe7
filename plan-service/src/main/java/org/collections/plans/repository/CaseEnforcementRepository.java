package org.collections.plans.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.collections.plans.domain.CaseEnforcement;

@ApplicationScoped
public class CaseEnforcementRepository implements PanacheRepositoryBase<CaseEnforcement, UUID> {

    /** An HQL condition on the case id {@code caseIdPath}: no enforcement hold is in force for that case. */
    public static String notHeld(String caseIdPath) {
        return "not exists (select 1 from CaseEnforcement e where e.caseId = " + caseIdPath + " and e.heldSince is not null)";
    }
}
