package org.collections.gateway.partners.edge;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.collections.gateway.partners.config.PartnersConfig;

/**
 * What the edge needs per request, read from the gateway's database and cached for {@code gateway.partners.cache-ttl}:
 * the agency a certificate fingerprint is registered for, and whether a partner client is still active. A change
 * made on this replica is seen at once (the entry is dropped); one made through another replica within the TTL.
 */
@ApplicationScoped
public class PartnerDirectory {

    private static final int MAX_ENTRIES = 10_000;

    private record Entry<T>(T value, Instant expires) {
    }

    private final Pool pool;
    private final PartnersConfig config;
    // Cache expiry is a wall-clock matter, not business time.
    private final Clock clock = Clock.systemUTC();
    private final Map<String, Entry<Optional<String>>> certificates = new ConcurrentHashMap<>();
    private final Map<String, Entry<Boolean>> clients = new ConcurrentHashMap<>();

    public PartnerDirectory(Pool pool, PartnersConfig config) {
        this.pool = pool;
        this.config = config;
    }

    /** The agency the certificate with this fingerprint is registered for, or empty. */
    public Uni<Optional<String>> agencyOfCertificate(String fingerprint) {
        return cached(certificates, fingerprint, () -> pool
                .preparedQuery("select agency_id from partner_certificate where fingerprint_sha256 = $1")
                .execute(Tuple.of(fingerprint))
                .map(rows -> first(rows).map(row -> row.getString("agency_id"))));
    }

    /** Whether the client exists and is ACTIVE. */
    public Uni<Boolean> clientActive(String clientId) {
        return cached(clients, clientId, () -> pool
                .preparedQuery("select status from partner_client where client_id = $1")
                .execute(Tuple.of(clientId))
                .map(rows -> first(rows).map(row -> "ACTIVE".equals(row.getString("status"))).orElse(false)));
    }

    public void forgetCertificate(String fingerprint) {
        certificates.remove(fingerprint);
    }

    public void forgetClient(String clientId) {
        clients.remove(clientId);
    }

    private <T> Uni<T> cached(Map<String, Entry<T>> cache, String key, java.util.function.Supplier<Uni<T>> load) {
        Instant now = clock.instant();
        Entry<T> entry = cache.get(key);
        if (entry != null && entry.expires().isAfter(now)) {
            return Uni.createFrom().item(entry.value());
        }
        return load.get().invoke(value -> {
            if (cache.size() >= MAX_ENTRIES) {
                cache.clear();
            }
            cache.put(key, new Entry<>(value, now.plus(config.cacheTtl())));
        });
    }

    private static Optional<Row> first(RowSet<Row> rows) {
        var iterator = rows.iterator();
        return iterator.hasNext() ? Optional.of(iterator.next()) : Optional.empty();
    }
}
