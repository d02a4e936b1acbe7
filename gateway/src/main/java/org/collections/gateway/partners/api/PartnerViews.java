package org.collections.gateway.partners.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;
import org.collections.commons.ids.Identifiers;
import org.collections.gateway.partners.domain.PartnerCertificate;
import org.collections.gateway.partners.domain.PartnerClient;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Requests and views of partner certificates and partner clients. */
public final class PartnerViews {

    private PartnerViews() {
    }

    @Schema(description = "A client certificate to register for a partner agency")
    public record RegisterCertificate(
            @NotBlank @Size(max = 64) @Schema(examples = "AGENCY-A", pattern = Identifiers.PATTERN,
                    description = "A registered ACTIVE agency of case-service's registry") String agencyId,
            @NotBlank @Size(max = 16384) @Schema(description = "The agency's client certificate, PEM-encoded, "
                    + "issued by a partner CA the gateway trusts; its SHA-256 fingerprint identifies it",
                    examples = "-----BEGIN CERTIFICATE-----\nMIIB...\n-----END CERTIFICATE-----") String certificate,
            @NotBlank @Size(max = 500) @Schema(description = "Why, up to 500 characters; audited",
                    examples = "Onboarding of Agency A") String reason) {
    }

    @Schema(description = "A client certificate registered for a partner agency")
    public record CertificateView(@Schema(description = "The registration's id") UUID id,
            @Schema(description = "The agency the certificate speaks for", examples = "AGENCY-A") String agencyId,
            @Schema(description = "Lower-case hex SHA-256 of the certificate's DER encoding",
                    examples = "3f5c0e1b9a7d4c2e8f6a1b3c5d7e9f0a2b4c6d8e0f1a3b5c7d9e1f3a5b7c9d1e") String fingerprintSha256,
            @Schema(description = "The certificate's subject distinguished name",
                    examples = "CN=agency-a.partner.example,O=Agency A Collections") String subject,
            @Schema(description = "The issuing CA's distinguished name", examples = "CN=Partner CA,O=Collections platform")
            String issuer,
            @Schema(description = "The certificate's serial number, hexadecimal", examples = "5a3f9c01")
            String serialNumber,
            @Schema(description = "Start of the certificate's validity (UTC)") Instant notBefore,
            @Schema(description = "End of the certificate's validity (UTC); it is refused after that") Instant notAfter,
            @Schema(description = "When it was registered (UTC)") Instant createdAt,
            @Schema(description = "Who registered it") String createdBy) {

        static CertificateView of(PartnerCertificate c) {
            return new CertificateView(c.id, c.agencyId, c.fingerprintSha256, c.subject, c.issuer, c.serialNumber,
                    c.notBefore, c.notAfter, c.createdAt, c.createdBy);
        }
    }

    @Schema(description = "An OAuth2 client (client credentials grant) to create for a partner agency")
    public record CreateClient(
            @NotBlank @Size(max = 64) @Schema(examples = "AGENCY-A", pattern = Identifiers.PATTERN,
                    description = "A registered ACTIVE agency of case-service's registry") String agencyId,
            @NotBlank @Size(max = 500) @Schema(description = "Why, up to 500 characters; audited",
                    examples = "Agency A integrates without certificates") String reason) {
    }

    @Schema(description = "Why a client's secret is replaced or the client revoked")
    public record Reason(@NotBlank @Size(max = 500) @Schema(description = "Why, up to 500 characters; audited",
            examples = "Quarterly rotation") String reason) {
    }

    @Schema(description = "A partner agency's OAuth2 client; its secret is never shown again after it is made")
    public record ClientView(
            @Schema(description = "The client id, used as client_id at /oauth2/token",
                    examples = "pc-3f5c0e1b9a7d4c2e8f6a1b3c") String clientId,
            @Schema(description = "The agency the client's tokens are for", examples = "AGENCY-A") String agencyId,
            @Schema(description = "ACTIVE, or REVOKED (no more tokens)") PartnerClient.Status status,
            @Schema(description = "When it was created (UTC)") Instant createdAt,
            @Schema(description = "Who created it") String createdBy,
            @Schema(description = "When its current secret was made (UTC)") Instant secretRotatedAt,
            @Schema(description = "When it was revoked (UTC); null while ACTIVE") Instant revokedAt) {

        static ClientView of(PartnerClient c) {
            return new ClientView(c.clientId, c.agencyId, c.status, c.createdAt, c.createdBy, c.secretRotatedAt,
                    c.revokedAt);
        }
    }

    @Schema(description = "A client and its new secret. The secret is shown this once: store it now; the gateway "
            + "keeps only a hash and cannot show it again")
    public record ClientCredentials(
            @Schema(description = "The client id, used as client_id at the token endpoint",
                    examples = "pc-3f5c0e1b9a7d4c2e8f6a1b3c") String clientId,
            @Schema(description = "The client secret, used as client_secret; shown this once") String clientSecret,
            @Schema(description = "The agency the client's tokens are for", examples = "AGENCY-A") String agencyId,
            @Schema(description = "ACTIVE") PartnerClient.Status status,
            @Schema(description = "When this secret was made (UTC)") Instant secretRotatedAt,
            @Schema(description = "Where to get tokens with the credentials (client credentials grant)",
                    examples = "/oauth2/token") String tokenEndpoint) {

        static ClientCredentials of(PartnerClient c, String secret) {
            return new ClientCredentials(c.clientId, secret, c.agencyId, c.status, c.secretRotatedAt, "/oauth2/token");
        }
    }
}
