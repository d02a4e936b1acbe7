package org.collections.commons.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.collections.commons.idempotency.IdempotencyScope;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who is acting: the token's subject, its roles and, for partner agencies, the agency it speaks for. */
@RequestScoped
public class CurrentPrincipal {

    public static final String AGENCY_CLAIM = "agency_id";

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    public String name() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    /** A principal acting for a partner agency sees only that agency's placed cases, with PII masked. */
    public boolean isAgency() {
        return identity.hasRole(Roles.AGENCY) && !identity.hasRole(Roles.ADMIN);
    }

    /** A service of the platform acting on its own: sees only what its calls need, acts on nothing. */
    public boolean isService() {
        return identity.hasRole(Roles.SERVICE);
    }

    public Optional<String> agencyId() {
        if (!isAgency()) {
            return Optional.empty();
        }
        Object claim = token.getClaim(AGENCY_CLAIM);
        return Optional.ofNullable(claim).map(Object::toString).filter(s -> !s.isBlank());
    }

    /** Whom an Idempotency-Key belongs to: subject, roles and agency. */
    public IdempotencyScope idempotencyScope() {
        return new IdempotencyScope(name(), identity.getRoles(), agencyId().orElse(null));
    }

    /** The agency an agency principal acts for; an agency token without the claim sees nothing. */
    public String requiredAgencyId() {
        return agencyId().orElse("\u0000no-agency");
    }
}
