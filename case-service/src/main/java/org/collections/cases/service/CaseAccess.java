package org.collections.cases.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Objects;
import java.util.UUID;
import org.collections.cases.domain.CollectionCase;
import org.collections.cases.repository.CaseRepository;
import org.collections.commons.problem.ProblemException;
import org.collections.commons.security.CurrentPrincipal;

/**
 * Loads cases as the current principal may see them. An agency principal sees only cases currently placed
 * with its agency; any other case is reported as absent (404), never as forbidden, so its existence leaks not. A
 * service of the platform (contact-service learning of a case) sees every case, masked, without the debtor's name:
 * what it needs is the case's state, the debtor's id, jurisdiction and time zone.
 */
@ApplicationScoped
public class CaseAccess {

    @Inject
    CaseRepository cases;

    @Inject
    CurrentPrincipal principal;

    public Uni<CollectionCase> load(UUID id) {
        return cases.findById(id).map(found -> {
            if (found == null || !visible(found)) {
                throw ProblemException.notFound("Case", id);
            }
            return found;
        });
    }

    /** Loads for a change guarded by {@code If-Match}: a stale version is a 412. */
    public Uni<CollectionCase> loadForUpdate(UUID id, Integer expectedVersion) {
        return load(id).invoke(found -> {
            if (expectedVersion != null && found.version != expectedVersion) {
                throw ProblemException.preconditionFailed("Case " + id + " is at version " + found.version
                        + ", not " + expectedVersion + "; reload it and retry");
            }
        });
    }

    public boolean visible(CollectionCase found) {
        return !principal.isAgency() || Objects.equals(found.agencyId, principal.requiredAgencyId());
    }

    public boolean masked() {
        return principal.isAgency() || principal.isService();
    }

    /** Whether the debtor's name is hidden too: from a service, which contacts nobody by name on its own. */
    public boolean nameHidden() {
        return principal.isService();
    }
}
