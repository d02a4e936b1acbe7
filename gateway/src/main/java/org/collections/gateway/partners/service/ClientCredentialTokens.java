package org.collections.gateway.partners.service;

import io.github.bucket4j.Bucket;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import io.smallrye.jwt.util.KeyUtils;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.collections.gateway.partners.config.TokenIssuerConfig;
import org.collections.gateway.partners.domain.ClientSecrets;
import org.collections.gateway.partners.domain.PartnerAccessPolicy;

/**
 * The client credentials grant (RFC 6749 §4.4): authenticates a partner client by its secret and signs a short-lived
 * agency token for it. Failed attempts are limited per client id (a Bucket4j bucket per client, in this replica's
 * memory: a replica restart or another replica gives an attacker at most another few guesses at a 256-bit secret).
 * Runs on worker threads: PBKDF2 and the database wait block.
 */
@ApplicationScoped
@Startup // a missing or unreadable signing key stops the start, not the first token request
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
    private final PrivateKey signingKey;
    // Token times are checked by every service against the wall clock, never the (test-movable) business clock.
    private final Clock clock = Clock.systemUTC();
    private final Map<String, Bucket> failures = new ConcurrentHashMap<>();

    public ClientCredentialTokens(Pool pool, TokenIssuerConfig config) {
        this.pool = pool;
        this.config = config;
        this.signingKey = load(config.privateKeyLocation());
    }

    public Outcome issue(String clientId, String secret) {
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
            long nanos = bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill();
            return new Outcome.TooManyFailures(Math.max(1, Duration.ofNanos(nanos).toSeconds() + 1));
        }
        if (!ClientSecrets.matches(secret, client.getString("secret_hash"))
                || !"ACTIVE".equals(client.getString("status"))) {
            bucket.tryConsume(1);
            return new Outcome.InvalidClient();
        }
        long now = clock.instant().getEpochSecond();
        long lifetime = config.tokenLifetime().toSeconds();
        JwtClaimsBuilder claims = Jwt.issuer(config.issuer())
                .audience(config.audience())
                .subject(SUBJECT_PREFIX + clientId)
                .upn(SUBJECT_PREFIX + clientId)
                .groups(Set.of(PartnerAccessPolicy.AGENCY_ROLE))
                .claim("agency_id", client.getString("agency_id"))
                .claim("client_id", clientId)
                .issuedAt(now)
                .expiresAt(now + lifetime);
        String token = config.keyId().map(kid -> claims.jws().keyId(kid).sign(signingKey))
                .orElseGet(() -> claims.sign(signingKey));
        return new Outcome.Issued(token, lifetime);
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

    /** A PEM file, or a class path resource (tests: the DEV-ONLY key packed by test-support). */
    private static PrivateKey load(String location) {
        try {
            Path file = Path.of(location.startsWith("file:") ? location.substring("file:".length()) : location);
            return Files.isRegularFile(file) ? KeyUtils.decodePrivateKey(Files.readString(file))
                    : KeyUtils.readPrivateKey(location);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read the token signing key (gateway.token-issuer.private-key-location)", e);
        }
    }
}
