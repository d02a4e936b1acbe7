package org.collections.gateway.partners.service;

import io.github.bucket4j.Bucket;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.collections.commons.security.Roles;
import org.collections.commons.security.TokenRules;
import org.collections.gateway.tokens.ServiceClients;
import org.collections.gateway.tokens.TokenIssuerConfig;
import org.collections.gateway.partners.domain.ClientSecrets;
import org.collections.gateway.partners.domain.PartnerAccessPolicy;
import org.collections.gateway.tokens.TokenSigner;

/**
 * The client credentials grant (RFC 6749 §4.4): authenticates a partner client by its secret and signs a short-lived
 * agency token for it, or one of the platform's own services ({@link ServiceClients}) and signs a token with the
 * service role alone, subject {@code service:<name>}. Failed attempts are limited per client id (a Bucket4j bucket per client, in this replica's
 * memory: a replica restart or another replica gives an attacker at most another few guesses at a 256-bit secret).
 * Runs on worker threads: PBKDF2 and the database wait block.
 */
@ApplicationScoped
@Startup // a malformed gateway.token-issuer.service-clients stops the start, not the first token request
public class ClientCredentialTokens {

    public static final String SUBJECT_PREFIX = "client:";
    private static final Duration QUERY_TIMEOUT = Duration.ofSeconds(5);
    private static final int MAX_BUCKETS = 10_000;

    /** What a token request comes to. */
    public sealed interface Outcome {
        record Issued(String accessToken, long expiresInSeconds) implements Outcome {
        }

        record InvalidClient() implements Outcome {
        }

        record TooManyFailures(long retryAfterSeconds) implements Outcome {
        }
    }

    private final Pool pool;
    private final TokenIssuerConfig config;
    private final TokenSigner signer;
    private final ServiceClients services;
    private final Map<String, Bucket> failures = new ConcurrentHashMap<>();

    public ClientCredentialTokens(Pool pool, TokenIssuerConfig config, TokenSigner signer) {
        this.pool = pool;
        this.config = config;
        this.signer = signer;
        this.services = ServiceClients.parse(config.serviceClients().orElse(List.of()));
    }

    public Outcome issue(String clientId, String secret) {
        if (services.knows(clientId)) {
            return issueToService(clientId, secret);
        }
        var rows = pool.preparedQuery("select agency_id, secret_hash, status from partner_client where client_id = $1")
                .execute(Tuple.of(clientId)).await().atMost(QUERY_TIMEOUT)
                .iterator();
        Row client = rows.hasNext() ? rows.next() : null;
        if (client == null) {
            ClientSecrets.matchNothing(secret);
            return new Outcome.InvalidClient();
        }
        Bucket bucket = failures.computeIfAbsent(clientId, id -> newBucket());
        if (bucket.getAvailableTokens() <= 0) {
            return tooMany(bucket);
        }
        if (!ClientSecrets.matches(secret, client.getString("secret_hash"))
                || !"ACTIVE".equals(client.getString("status"))) {
            bucket.tryConsume(1);
            return new Outcome.InvalidClient();
        }
        String token = signer.sign(signer.claims(SUBJECT_PREFIX + clientId, Set.of(PartnerAccessPolicy.AGENCY_ROLE))
                .claim("agency_id", client.getString("agency_id"))
                .claim("client_id", clientId));
        return new Outcome.Issued(token, signer.lifetimeSeconds());
    }

    private Outcome issueToService(String name, String secret) {
        Bucket bucket = failures.computeIfAbsent(name, id -> newBucket());
        if (bucket.getAvailableTokens() <= 0) {
            return tooMany(bucket);
        }
        if (!services.matches(name, secret)) {
            bucket.tryConsume(1);
            return new Outcome.InvalidClient();
        }
        String token = signer.sign(signer.claims(TokenRules.SERVICE_SUBJECT_PREFIX + name, Set.of(Roles.SERVICE))
                .claim("client_id", name));
        return new Outcome.Issued(token, signer.lifetimeSeconds());
    }

    private static Outcome tooMany(Bucket bucket) {
        long nanos = bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill();
        return new Outcome.TooManyFailures(Math.max(1, Duration.ofNanos(nanos).toSeconds() + 1));
    }

    private Bucket newBucket() {
        if (failures.size() >= MAX_BUCKETS) {
            failures.clear();
        }
        int limit = config.failedAttemptsLimit();
        return Bucket.builder()
                .addLimit(l -> l.capacity(limit).refillIntervally(limit, config.failedAttemptsPeriod()))
                .build();
    }
}
