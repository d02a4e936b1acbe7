package org.collections.commons.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * What a verified token must also satisfy before it is accepted (plain logic, tested on its own): a non-empty
 * subject, an issue time no later than now plus the allowed skew, a lifetime (exp − iat) within the cap, and an
 * {@code agency_id} when it speaks for a partner agency, and a service role that stands alone with a
 * {@code service:} subject. Signature, issuer, audience and expiry are checked by
 * the JWT verifier before.
 */
public record TokenRules(Duration maxLifetime, Duration clockSkew) {

    /** The subject of a service's own token: {@code service:} and the service's name. */
    public static final String SERVICE_SUBJECT_PREFIX = "service:";

    /** The claims the rules look at; epoch seconds as in the token, 0 when absent. */
    public record Claims(String subject, long issuedAt, long expiresAt, Set<String> groups, String agencyId) {
    }

    /** @return why the token is refused, or empty when it is acceptable */
    public Optional<String> violation(Claims claims, Instant now) {
        if (claims.subject() == null || claims.subject().isBlank()) {
            return Optional.of("the token has no subject");
        }
        if (claims.issuedAt() <= 0) {
            return Optional.of("the token has no issue time");
        }
        if (claims.issuedAt() > now.plus(clockSkew).getEpochSecond()) {
            return Optional.of("the token was issued in the future");
        }
        if (claims.expiresAt() <= 0 || claims.expiresAt() - claims.issuedAt() > maxLifetime.toSeconds()) {
            return Optional.of("the token lives longer than " + maxLifetime);
        }
        if (claims.groups().contains(Roles.AGENCY) && !claims.groups().contains(Roles.ADMIN)
                && (claims.agencyId() == null || claims.agencyId().isBlank())) {
            return Optional.of("an agency token needs the claim " + CurrentPrincipal.AGENCY_CLAIM);
        }
        if (claims.groups().contains(Roles.SERVICE)
                && (claims.groups().size() != 1 || !claims.subject().startsWith(SERVICE_SUBJECT_PREFIX))) {
            return Optional.of("a service token carries the service role alone and a subject " + SERVICE_SUBJECT_PREFIX
                    + "<name>");
        }
        return Optional.empty();
    }
}
