package org.collections.gateway.partners.domain;

import java.util.Optional;
import java.util.Set;

/**
 * Who may use the API as which agency at the edge. A request with a client certificate must carry an agency
 * token (role agency and no staff role) of the agency the certificate is registered for. An agency token without
 * a certificate is accepted when it is a client-credential token of a client that is still active, or when
 * certificates are not required. Tokens of staff roles without a certificate are not this policy's concern. A token
 * of one of the platform's own services (role service) is for calls between the services inside the cluster, never
 * for the public edge.
 */
public final class PartnerAccessPolicy {

    public static final String AGENCY_ROLE = "agency";
    public static final String SERVICE_ROLE = "service";
    private static final Set<String> STAFF_ROLES = Set.of("admin", "supervisor", "collector", "auditor");

    /** What the certificate of the TLS connection resolved to. */
    public sealed interface Certificate {
        /** No client certificate was presented (or the connection is plain HTTP). */
        record None() implements Certificate {
        }

        /** A certificate the configured CA issued but no admin registered. */
        record Unregistered() implements Certificate {
        }

        record OfAgency(String agencyId) implements Certificate {
        }
    }

    /** The token's claims that matter here; {@code clientActive} is empty for tokens not issued to a client. */
    public record Token(Set<String> groups, String agencyId, Optional<Boolean> clientActive) {

        boolean agencyOnly() {
            return groups.contains(AGENCY_ROLE) && groups.stream().noneMatch(STAFF_ROLES::contains);
        }
    }

    /** @return why the request is refused (403), or empty when it may go on */
    public static Optional<String> refusal(Certificate certificate, Token token, boolean requireCertificate) {
        if (token.groups().contains(SERVICE_ROLE)) {
            return Optional.of("a service token is for calls between the platform's services, not through the gateway");
        }
        if (token.clientActive().isPresent() && !token.clientActive().get()) {
            return Optional.of("the partner client this token was issued to has been revoked");
        }
        if (certificate instanceof Certificate.Unregistered) {
            return Optional.of("the client certificate is not registered for any agency");
        }
        if (certificate instanceof Certificate.OfAgency ofAgency) {
            if (!token.agencyOnly()) {
                return Optional.of("a request with a client certificate needs an agency token");
            }
            if (!ofAgency.agencyId().equals(token.agencyId())) {
                return Optional.of("the token speaks for another agency than the client certificate");
            }
            return Optional.empty();
        }
        if (token.agencyOnly() && requireCertificate && token.clientActive().isEmpty()) {
            return Optional.of("an agency token needs a registered client certificate, or must be a client-credential "
                    + "token from /oauth2/token");
        }
        return Optional.empty();
    }

    private PartnerAccessPolicy() {
    }
}
