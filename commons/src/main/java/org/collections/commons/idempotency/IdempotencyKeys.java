package org.collections.commons.idempotency;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import org.collections.commons.json.Json;
import org.collections.commons.problem.ProblemException;

/**
 * Idempotency-Key handling. The key is claimed in the same transaction as the operation, so the operation
 * and its stored response commit together. A concurrent request with the same key waits on the claim's
 * unique index and, once the first commits, gets the stored response; if the first failed, nothing was
 * stored and the second runs the operation itself. The same key with a different request is a 422.
 */
@ApplicationScoped
public class IdempotencyKeys {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    private static final int MAX_KEY_LENGTH = 200;

    @Inject
    ObjectMapper mapper;

    /**
     * Runs {@code operation} in a transaction, at most once per (principal, key).
     *
     * @param key       the client's Idempotency-Key, or null to run without idempotency
     * @param principal who is calling: keys are scoped to the caller
     * @param request   a description of the request (method, path, body) to detect key reuse
     */
    public Uni<Response> run(String key, String principal, Object request, Supplier<Uni<IdempotentResponse>> operation) {
        if (key == null) {
            return Panache.withTransaction(operation).map(r -> toResponse(r.status(), Json.write(mapper, r.body()), r.location(), r.etag(), false));
        }
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            throw ProblemException.invalidField(HEADER, "must be 1 to " + MAX_KEY_LENGTH + " characters");
        }
        String fingerprint = fingerprint(request);
        return Panache.withTransaction(() -> claim(principal, key, fingerprint).chain(claimed -> claimed
                ? operation.get().call(r -> store(principal, key, r)).map(r -> toResponse(r.status(),
                        Json.write(mapper, r.body()), r.location(), r.etag(), false))
                : replay(principal, key, fingerprint)));
    }

    private Uni<Boolean> claim(String principal, String key, String fingerprint) {
        return Panache.getSession().chain(s -> s.createNativeQuery("""
                insert into idempotency_record (principal, idempotency_key, request_hash, created_at)
                values (:principal, :key, :hash, now()) on conflict do nothing
                """)
                .setParameter("principal", principal)
                .setParameter("key", key)
                .setParameter("hash", fingerprint)
                .executeUpdate()).map(rows -> rows == 1);
    }

    private Uni<Void> store(String principal, String key, IdempotentResponse response) {
        return Panache.getSession().chain(s -> s.createNativeQuery("""
                update idempotency_record set status = :status, response_body = :body, location = :location, etag = :etag
                 where principal = :principal and idempotency_key = :key
                """)
                .setParameter("status", response.status())
                .setParameter("body", Json.write(mapper, response.body()))
                .setParameter("location", response.location())
                .setParameter("etag", response.etag())
                .setParameter("principal", principal)
                .setParameter("key", key)
                .executeUpdate()).replaceWithVoid();
    }

    @SuppressWarnings("unchecked")
    private Uni<Response> replay(String principal, String key, String fingerprint) {
        return Panache.getSession().chain(s -> s.createNativeQuery("""
                select request_hash, status, response_body, location, etag from idempotency_record
                 where principal = :principal and idempotency_key = :key
                """)
                .setParameter("principal", principal)
                .setParameter("key", key)
                .getResultList())
                .map(rows -> {
                    Object[] row = ((List<Object[]>) (List<?>) rows).get(0);
                    if (!fingerprint.equals(row[0])) {
                        throw new ProblemException(422, "idempotency-key-reused", "Idempotency key reused",
                                "Idempotency-Key '" + key + "' was already used for a different request");
                    }
                    return toResponse(((Number) row[1]).intValue(), (String) row[2], (String) row[3], (String) row[4], true);
                });
    }

    private String fingerprint(Object request) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(Json.write(mapper, request).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
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
