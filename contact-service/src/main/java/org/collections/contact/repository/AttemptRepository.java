package org.collections.contact.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.collections.contact.model.Attempt;
import org.collections.contact.compliance.Outcome;
import org.collections.contact.compliance.PersonRole;

@ApplicationScoped
public class AttemptRepository implements PanacheRepositoryBase<Attempt, Long> {

    private static final List<Outcome> COMMUNICATED = Arrays.stream(Outcome.values()).filter(Outcome::communicated)
            .toList();

    /**
     * What the rules need to judge a contact on a case: the debtor's attempts since {@code since} (all cases, the
     * lender and all agencies), plus, however old, the case's first communication with the debtor and its attempts
     * with a purpose (validation notices).
     */
    public Uni<List<Attempt>> forRules(UUID debtorId, UUID caseId, Instant since) {
        return list("""
                debtorId = ?1 and (at >= ?2 or (caseId = ?3 and (purpose is not null
                    or (person = ?4 and outcome in ?5 and at = (select min(b.at) from Attempt b
                        where b.caseId = ?3 and b.person = ?4 and b.outcome in ?5)))))
                """, debtorId, since, caseId, PersonRole.DEBTOR, COMMUNICATED);
    }
}
