package org.collections.gateway.partners.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.collections.commons.audit.AuditLog;
import org.collections.commons.problem.ProblemException;
import org.collections.gateway.partners.client.AgencyRegistry;
import org.collections.gateway.partners.domain.Certificates;
import org.collections.gateway.partners.domain.PartnerCertificate;
import org.collections.gateway.partners.edge.PartnerDirectory;
import org.collections.gateway.partners.repository.PartnerCertificateRepository;

/** Which client certificate speaks for which agency: registered and removed by an admin, every change audited. */
@ApplicationScoped
public class PartnerCertificateService {

    public record Register(String agencyId, String certificatePem, String reason, String actor, String authorization) {
    }

    @Inject
    PartnerCertificateRepository certificates;

    @Inject
    AgencyRegistry registry;

    @Inject
    PartnerDirectory directory;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    public Uni<PartnerCertificate> register(Register command) {
        X509Certificate x509 = Certificates.parsePem(command.certificatePem()).orElseThrow(() ->
                ProblemException.invalidField("certificate", "must be one PEM-encoded X.509 certificate "
                        + "(-----BEGIN CERTIFICATE----- ... -----END CERTIFICATE-----)"));
        if (!x509.getNotAfter().toInstant().isAfter(clock.instant())) {
            throw ProblemException.invalidField("certificate", "has expired");
        }
        String fingerprint = Certificates.fingerprint(x509);
        return registry.requireActive(command.agencyId(), command.authorization())
                .chain(() -> Panache.withTransaction(() -> certificates.findByFingerprint(fingerprint).chain(existing -> {
                    if (existing != null) {
                        throw ProblemException.conflict("partner-certificate-exists",
                                "This certificate is registered already (" + existing.id + ")");
                    }
                    PartnerCertificate c = new PartnerCertificate();
                    c.id = UUID.randomUUID();
                    c.agencyId = command.agencyId();
                    c.fingerprintSha256 = fingerprint;
                    c.subject = x509.getSubjectX500Principal().getName();
                    c.issuer = x509.getIssuerX500Principal().getName();
                    c.serialNumber = x509.getSerialNumber().toString(16);
                    c.notBefore = x509.getNotBefore().toInstant();
                    c.notAfter = x509.getNotAfter().toInstant();
                    c.createdAt = clock.instant();
                    c.createdBy = command.actor();
                    return certificates.persist(c).call(certificates::flush)
                            .call(() -> audit.record(command.actor(), "PARTNER_CERTIFICATE_REGISTERED",
                                    "partner_certificate", c.id, command.reason(), null, auditState(c)));
                })))
                .invoke(c -> directory.forgetCertificate(c.fingerprintSha256));
    }

    public Uni<Void> remove(UUID id, String reason, String actor) {
        return Panache.withTransaction(() -> get(id).call(c -> certificates.delete(c))
                .call(c -> audit.record(actor, "PARTNER_CERTIFICATE_REMOVED", "partner_certificate", c.id, reason,
                        auditState(c), null)))
                .invoke(c -> directory.forgetCertificate(c.fingerprintSha256))
                .replaceWithVoid();
    }

    @WithSession
    public Uni<PartnerCertificate> find(UUID id) {
        return get(id);
    }

    @WithSession
    public Uni<List<PartnerCertificate>> page(String agencyId, String afterAgency, UUID afterId, int limit) {
        return certificates.page(agencyId, afterAgency, afterId, limit);
    }

    private Uni<PartnerCertificate> get(UUID id) {
        return certificates.findById(id).map(c -> {
            if (c == null) {
                throw ProblemException.notFound("Partner certificate", id);
            }
            return c;
        });
    }

    private static Map<String, Object> auditState(PartnerCertificate c) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("agencyId", c.agencyId);
        state.put("fingerprintSha256", c.fingerprintSha256);
        state.put("notAfter", c.notAfter.toString());
        return state;
    }
}
