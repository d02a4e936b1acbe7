package org.collections.contact.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Objects;
import java.util.UUID;
import org.collections.commons.problem.ProblemException;
import org.collections.commons.security.CurrentPrincipal;
import org.collections.contact.model.Contactability;
import org.collections.contact.repository.ContactabilityRepository;

/** Cases and debtors as the caller may see them: an agency only those of cases placed with it. */
@ApplicationScoped
public class ContactAccess {

    @Inject
    ContactabilityRepository replica;

    @Inject
    CurrentPrincipal principal;

    @Inject
    UnseenCases unseen;

    /** A case the replica has not seen yet is asked of case-service (404 when it does not know it either). */
    public Uni<Contactability> requireCase(UUID caseId) {
        return replica.findById(caseId).chain(c -> c != null ? Uni.createFrom().item(c) : unseen.fetch(caseId)).map(c -> {
            if (c == null || !visible(c)) {
                throw ProblemException.notFound("Case", caseId);
            }
            return c;
        });
    }

    public Uni<Void> requireDebtor(UUID debtorId) {
        return replica.list("debtorId", debtorId).map(cases -> {
            if (cases.isEmpty() || cases.stream().noneMatch(this::visible)) {
                throw ProblemException.notFound("Debtor", debtorId);
            }
            return null;
        });
    }

    public boolean masked() {
        return principal.isAgency();
    }

    private boolean visible(Contactability c) {
        return !principal.isAgency() || Objects.equals(c.agencyId, principal.requiredAgencyId());
    }
}
