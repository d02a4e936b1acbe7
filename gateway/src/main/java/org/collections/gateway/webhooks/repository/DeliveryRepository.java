package org.collections.gateway.webhooks.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.collections.gateway.webhooks.domain.WebhookDelivery;
import org.collections.gateway.webhooks.domain.WebhookDelivery.Status;

/**
 * Delivery rows. The relay leases due rows with {@code FOR UPDATE SKIP LOCKED} and a lease token, and records an
 * outcome only while its token still holds the row, so two replicas never both send or both record one attempt.
 */
@ApplicationScoped
public class DeliveryRepository implements PanacheRepositoryBase<WebhookDelivery, Long> {

    /** A leased delivery with what sending it needs; the secrets are still ciphertexts. */
    public record Leased(long id, String messageId, UUID endpointId, String url, String body, int attempts,
            Instant retryFrom, String secret, String previousSecret, Instant previousSecretUntil, UUID token) {
    }

    @SuppressWarnings("unchecked")
    public Uni<List<Leased>> lease(Instant now, Instant leaseUntil, int batch, UUID token) {
        return Panache.getSession().chain(s -> s.createNativeQuery("""
                update webhook_delivery d set next_attempt_at = :until, lease_token = :token
                  from webhook_endpoint e
                 where e.id = d.endpoint_id
                   and d.id in (
                       select d1.id from webhook_delivery d1 join webhook_endpoint e1 on e1.id = d1.endpoint_id
                        where d1.status = 'PENDING' and e1.status = 'ACTIVE' and d1.next_attempt_at <= :now
                        order by d1.next_attempt_at, d1.id
                        limit :batch
                        for update of d1 skip locked)
                returning d.id, d.message_id, d.endpoint_id::text, e.url, d.body, d.attempts,
                          (extract(epoch from d.retry_from) * 1000)::bigint, e.secret, e.previous_secret,
                          (extract(epoch from e.previous_secret_until) * 1000)::bigint
                """)
                .setParameter("until", utc(leaseUntil))
                .setParameter("token", token)
                .setParameter("now", utc(now))
                .setParameter("batch", batch)
                .getResultList())
                .map(rows -> ((List<Object[]>) (List<?>) rows).stream().map(row -> new Leased(
                        ((Number) row[0]).longValue(), (String) row[1], UUID.fromString((String) row[2]),
                        (String) row[3], (String) row[4], ((Number) row[5]).intValue(),
                        Instant.ofEpochMilli(((Number) row[6]).longValue()), (String) row[7], (String) row[8],
                        row[9] == null ? null : Instant.ofEpochMilli(((Number) row[9]).longValue()), token)).toList());
    }

    public Uni<Integer> delivered(Leased d, int status, Instant now) {
        return update("""
                update WebhookDelivery set status = :status, attempts = attempts + 1, deliveredAt = :now,
                       lastStatus = :code, lastError = null, leaseToken = null where id = :id and leaseToken = :token
                """, Parameters.with("status", Status.DELIVERED).and("now", now).and("code", status)
                .and("id", d.id()).and("token", d.token()));
    }

    /** A failed attempt: tried again at {@code next}, or dead when {@code next} is null. */
    public Uni<Integer> failed(Leased d, Integer status, String error, Instant next) {
        String set = next == null ? "" : ", nextAttemptAt = :next";
        Parameters params = Parameters.with("status", next == null ? Status.DEAD : Status.PENDING)
                .and("code", status).and("error", error).and("id", d.id()).and("token", d.token());
        if (next != null) {
            params.and("next", next);
        }
        return update("update WebhookDelivery set status = :status, attempts = attempts + 1, lastStatus = :code, "
                + "lastError = :error, leaseToken = null" + set + " where id = :id and leaseToken = :token", params);
    }

    public Uni<Integer> cancelPending(UUID endpointId) {
        return update("status = ?1, leaseToken = null where endpointId = ?2 and status = ?3", Status.CANCELLED,
                endpointId, Status.PENDING);
    }

    /** Up to {@code limit + 1} deliveries (of one status, or all) after the id of the previous page. */
    public Uni<List<WebhookDelivery>> page(Status status, Long afterId, int limit) {
        StringBuilder query = new StringBuilder("id > :after");
        Parameters params = Parameters.with("after", afterId == null ? 0L : afterId);
        if (status != null) {
            query.append(" and status = :status");
            params.and("status", status);
        }
        return find(query.append(" order by id").toString(), params).page(0, limit + 1).list();
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
