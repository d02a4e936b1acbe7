package org.collections.commons.idempotency;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Supplier;
import org.collections.commons.json.Json;
import org.collections.commons.pii.BlindIndex;
import org.collections.commons.pii.FieldCipher;
import org.collections.commons.problem.ProblemException;
import org.jboss.logging.Logger;

/**
 * Idempotency-Key handling. The key is claimed in the same transaction as the operation, so the operation
 * and its stored response commit together. A concurrent request with the same key waits on the claim's
 * unique index and, once the first commits, gets the stored response; if the first failed, nothing was
 * stored and the second runs the operation itself. The same key with a different request is a 422.
 * <p>
 * A record keeps only what a replay needs: status, Location, ETag and the body, the body encrypted with the
 * service's {@link FieldCipher}; the request is kept as a keyed digest. Keys belong to subject + role + agency
 * ({@link IdempotencyScope}). A record older than {@code idempotency.retention} is never replayed (the key runs
 * its request again) and is purged. Before a replay the resource's {@link ReplayAccessCheck} runs again.
 */
@ApplicationScoped
public class IdempotencyKeys {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    private static final int MAX_KEY_LENGTH = 200;
    private static final Logger LOG = Logger.getLogger(IdempotencyKeys.class);

    @Inject
    ObjectMapper mapper;

    @Inject
    FieldCipher cipher;

    @Inject
    BlindIndex digests;

    @Inject
    IdempotencyConfig config;

    @Inject
    Clock clock;

    /**
     * Runs {@code operation} in a transaction, at most once per (scope, key) within the retention.
     *
     * @param key         the client's Idempotency-Key, or null to run without idempotency
     * @param scope       who is calling: keys belong to subject + role + agency
     * @param request     a description of the request (operation, path ids, body) to detect key reuse
     * @param accessCheck re-run before a stored response is replayed
     */
    public Uni<Response> run(String key, IdempotencyScope scope, Object request,
            Supplier<Uni<IdempotentResponse>> operation, ReplayAccessCheck accessCheck) {
        if (key == null) {
            return Panache.withTransaction(operation).map(r -> toResponse(r.status(), Json.write(mapper, r.body()), r.location(), r.etag(), false));
        }
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            throw ProblemException.invalidField(HEADER, "must be 1 to " + MAX_KEY_LENGTH + " characters");
        }
        String owner = scope.digest();
        String fingerprint = digests.exact("idempotency-request", Json.write(mapper, request));
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        return Panache.withTransaction(() -> claim(owner, key, fingerprint, now).chain(claimed -> claimed
                ? operation.get().call(r -> store(owner, key, r)).map(r -> toResponse(r.status(),
                        Json.write(mapper, r.body()), r.location(), r.etag(), false))
                : replay(owner, key, fingerprint, accessCheck)));
    }

    /** Inserts the claim, or takes over an expired record of the same key; false when a live record exists. */
    private Uni<Boolean> claim(String owner, String key, String fingerprint, OffsetDateTime now) {
        return Panache.getSession().chain(s -> s.createNativeQuery("""
                insert into idempotency_record (scope, idempotency_key, request_hash, created_at)
                values (:scope, :key, :hash, :now)
                on conflict (scope, idempotency_key) do update
                   set request_hash = excluded.request_hash, created_at = excluded.created_at,
                       status = null, response_body = null, location = null, etag = null
                 where idempotency_record.created_at < :cutoff
                """)
                .setParameter("scope", owner)
                .setParameter("key", key)
                .setParameter("hash", fingerprint)
                .setParameter("now", now)
                .setParameter("cutoff", now.minus(config.retention()))
                .executeUpdate()).map(rows -> rows == 1);
    }

    private Uni<Void> store(String owner, String key, IdempotentResponse response) {
        return Panache.getSession().chain(s -> s.createNativeQuery("""
                update idempotency_record set status = :status, response_body = :body, location = :location, etag = :etag
                 where scope = :scope and idempotency_key = :key
                """)
                .setParameter("status", response.status())
                .setParameter("body", cipher.encrypt(Json.write(mapper, response.body())))
                .setParameter("location", response.location())
                .setParameter("etag", response.etag())
                .setParameter("scope", owner)
                .setParameter("key", key)
                .executeUpdate()).replaceWithVoid();
    }

    @SuppressWarnings("unchecked")
    private Uni<Response> replay(String owner, String key, String fingerprint, ReplayAccessCheck accessCheck) {
        return Panache.getSession().chain(s -> s.createNativeQuery("""
                select request_hash, status, response_body, location, etag from idempotency_record
                 where scope = :scope and idempotency_key = :key
                """)
                .setParameter("scope", owner)
                .setParameter("key", key)
                .getResultList())
                .chain(rows -> {
                    Object[] row = ((List<Object[]>) (List<?>) rows).get(0);
                    if (!fingerprint.equals(row[0])) {
                        throw new ProblemException(422, "idempotency-key-reused", "Idempotency key reused",
                                "This Idempotency-Key was already used for a different request");
                    }
                    String location = (String) row[3];
                    return accessCheck.check(location).map(allowed -> toResponse(((Number) row[1]).intValue(),
                            cipher.decrypt((String) row[2]), location, (String) row[4], true));
                });
    }

    /** Deletes records past the retention, a batch per statement; safe to run on every replica at once. */
    public Uni<Integer> purgeExpired() {
        OffsetDateTime cutoff = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).minus(config.retention());
        return Panache.withTransaction(() -> Panache.getSession().chain(s -> s.createNativeQuery("""
                delete from idempotency_record where ctid in (
                    select ctid from idempotency_record where created_at < :cutoff limit :batch)
                """)
                .setParameter("cutoff", cutoff)
                .setParameter("batch", config.purgeBatchSize())
                .executeUpdate()))
                .chain(deleted -> deleted == config.purgeBatchSize()
                        ? purgeExpired().map(more -> deleted + more)
                        : Uni.createFrom().item(deleted));
    }

    @Scheduled(every = "${idempotency.purge-interval:10m}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> purge() {
        return purgeExpired()
                .onFailure().invoke(e -> LOG.warn("Purging expired idempotency records failed", e))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    private static Response toResponse(int status, String body, String location, String etag, boolean replayed) {
        Response.ResponseBuilder builder = Response.status(status);
        if (body != null) {
            builder.entity(body).type(MediaType.APPLICATION_JSON);
        }
        if (location != null) {
            builder.header("Location", location);
        }
        if (etag != null) {
            builder.header("ETag", etag);
        }
        if (replayed) {
            builder.header(REPLAYED_HEADER, "true");
        }
        return builder.build();
    }
}
