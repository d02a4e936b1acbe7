package org.collections.gateway.partners.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.collections.commons.audit.AuditLog;
import org.collections.commons.problem.ProblemException;
import org.collections.gateway.partners.client.AgencyRegistry;
import org.collections.gateway.partners.domain.ClientSecrets;
import org.collections.gateway.partners.domain.PartnerClient;
import org.collections.gateway.partners.edge.PartnerDirectory;
import org.collections.gateway.partners.repository.PartnerClientRepository;

/**
 * OAuth2 clients of partner agencies: created, given a new secret and revoked by an admin, every change audited.
 * A secret is returned once, when it is made; only its hash is stored.
 */
@ApplicationScoped
public class PartnerClientService {

    /** A client together with the secret just made for it (the only time the secret exists outside the caller). */
    public record WithSecret(PartnerClient client, String secret) {
    }

    @Inject
    PartnerClientRepository clients;

    @Inject
    AgencyRegistry registry;

    @Inject
    PartnerDirectory directory;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    public Uni<WithSecret> create(String agencyId, String reason, String actor, String authorization) {
        String secret = ClientSecrets.newSecret();
        return registry.requireActive(agencyId, authorization)
                .chain(() -> hashed(secret))
                .chain(hash -> Panache.withTransaction(() -> {
                    PartnerClient c = new PartnerClient();
                    c.clientId = ClientSecrets.newClientId();
                    c.agencyId = agencyId;
                    c.secretHash = hash;
                    c.status = PartnerClient.Status.ACTIVE;
                    c.createdAt = clock.instant();
                    c.createdBy = actor;
                    c.secretRotatedAt = c.createdAt;
                    return clients.persist(c).call(clients::flush)
                            .call(() -> audit.record(actor, "PARTNER_CLIENT_CREATED", "partner_client", c.clientId,
                                    reason, null, Map.of("agencyId", agencyId, "status", c.status)));
                }))
                .map(c -> new WithSecret(c, secret));
    }

    /** A new secret replaces the old one at once: tokens issued before stay valid until they expire. */
    public Uni<WithSecret> rotate(String clientId, String reason, String actor) {
        String secret = ClientSecrets.newSecret();
        return hashed(secret).chain(hash -> Panache.withTransaction(() -> get(clientId).chain(c -> {
            requireActive(c);
            c.secretHash = hash;
            c.secretRotatedAt = clock.instant();
            return clients.flush().call(() -> audit.record(actor, "PARTNER_CLIENT_SECRET_ROTATED", "partner_client",
                    c.clientId, reason, null, Map.of("secretRotatedAt", c.secretRotatedAt.toString()))).replaceWith(c);
        }))).map(c -> new WithSecret(c, secret));
    }

    /** The client gets no more tokens, and the tokens it holds are refused at the edge (within the cache time). */
    public Uni<PartnerClient> revoke(String clientId, String reason, String actor) {
        return Panache.withTransaction(() -> get(clientId).chain(c -> {
            requireActive(c);
            c.status = PartnerClient.Status.REVOKED;
            c.revokedAt = clock.instant();
            return clients.flush().call(() -> audit.record(actor, "PARTNER_CLIENT_REVOKED", "partner_client",
                    c.clientId, reason, Map.of("status", PartnerClient.Status.ACTIVE),
                    Map.of("status", PartnerClient.Status.REVOKED))).replaceWith(c);
        })).invoke(c -> directory.forgetClient(c.clientId));
    }

    @WithSession
    public Uni<PartnerClient> find(String clientId) {
        return get(clientId);
    }

    @WithSession
    public Uni<List<PartnerClient>> page(String agencyId, String afterAgency, String afterClientId, int limit) {
        return clients.page(agencyId, afterAgency, afterClientId, limit);
    }

    private Uni<PartnerClient> get(String clientId) {
        return clients.findById(clientId).map(c -> {
            if (c == null) {
                throw ProblemException.notFound("Partner client", clientId);
            }
            return c;
        });
    }

    private static void requireActive(PartnerClient c) {
        if (c.status != PartnerClient.Status.ACTIVE) {
            throw ProblemException.conflict("partner-client-revoked", "The partner client is revoked");
        }
    }

    /**
     * PBKDF2 takes tens of milliseconds: it runs on a worker thread, never on the event loop, and the result comes
     * back on the caller's Vert.x context, where Hibernate Reactive must continue.
     */
    private static Uni<String> hashed(String secret) {
        Context context = Vertx.currentContext();
        Uni<String> work = Uni.createFrom().item(() -> ClientSecrets.hash(secret))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
        return context == null ? work : work.emitOn(command -> context.runOnContext(ignored -> command.run()));
    }
}
