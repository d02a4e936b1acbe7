package org.collections.commons.outbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.tracing.TracingPolicy;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.ext.web.client.WebClient;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.collections.commons.tracing.TraceParents;
import org.jboss.logging.Logger;

/**
 * Delivers outbox events to their subscribers. Each tick leases a batch of due deliveries with
 * {@code FOR UPDATE SKIP LOCKED} (so several replicas share the work and never send the same delivery at
 * once), POSTs them, and records the outcome: delivered, or retried later with exponential backoff. Events
 * of one aggregate reach a subscriber in order: a delivery waits while an earlier one for the same aggregate
 * is still pending. Delivery is at-least-once; receivers de-duplicate through their inbox. Each attempt is a client
 * span in the trace of the request that wrote the event, passed on in the {@code traceparent} header.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final int MAX_ROUNDS_PER_TICK = 50;

    @Inject
    OutboxConfig config;

    @Inject
    EventSignature signature;

    @Inject
    ObjectMapper mapper;

    @Inject
    MeterRegistry metrics;

    @Inject
    Vertx vertx;

    @Inject
    OpenTelemetry telemetry;

    private WebClient client;
    private Tracer tracer;

    record Leased(long deliveryId, String subscriber, int attempts, int refusals, String eventType, String traceParent,
            String envelope) {
    }

    @PostConstruct
    void init() {
        // the span of a delivery is made here, with the event's trace as its parent; Vert.x would start a trace of its own
        client = WebClient.create(vertx, new WebClientOptions().setTracingPolicy(TracingPolicy.IGNORE));
        tracer = telemetry.getTracer(OutboxRelay.class.getName());
    }

    @PreDestroy
    void close() {
        client.close();
    }

    @Scheduled(every = "${outbox.relay.interval:1s}", delayed = "1s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> tick() {
        if (!config.relay().enabled()) {
            return Uni.createFrom().voidItem();
        }
        return drain(MAX_ROUNDS_PER_TICK)
                .onFailure().invoke(e -> LOG.warn("Outbox relay tick failed", e))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    /** Keeps relaying while batches make progress: the next event of an aggregate waits for the one before. */
    private Uni<Void> drain(int rounds) {
        return relayOnce().chain(delivered -> delivered > 0 && rounds > 1 ? drain(rounds - 1) : Uni.createFrom().voidItem());
    }

    /** Delivers one batch; returns how many deliveries succeeded. */
    public Uni<Integer> relayOnce() {
        return Panache.withTransaction(this::leaseBatch)
                .chain(batch -> Multi.createFrom().iterable(batch)
                        .onItem().transformToUniAndMerge(this::send)
                        .collect().asList())
                .chain(outcomes -> outcomes.isEmpty() ? Uni.createFrom().item(0)
                        : Panache.withTransaction(() -> record(outcomes)));
    }

    /**
     * Leases up to a batch of due deliveries for each subscriber in turn, so a subscriber that is down (and
     * has a large backlog) never delays the others.
     */
    private Uni<List<Leased>> leaseBatch() {
        Uni<List<Leased>> all = Uni.createFrom().item(List.of());
        for (String subscriber : config.subscribers().keySet().stream().sorted().toList()) {
            all = all.chain(leased -> leaseFor(subscriber).map(more -> {
                List<Leased> joined = new java.util.ArrayList<>(leased);
                joined.addAll(more);
                return joined;
            }));
        }
        return all;
    }

    @SuppressWarnings("unchecked")
    private Uni<List<Leased>> leaseFor(String subscriber) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                update outbox_delivery d
                   set next_attempt_at = now() + make_interval(secs => :lease)
                  from outbox_event e
                 where e.id = d.event_id
                   and d.id in (
                       select d1.id from outbox_delivery d1
                        where d1.subscriber = :subscriber and d1.status = 'PENDING' and d1.next_attempt_at <= now()
                          and d1.id = (select min(d0.id) from outbox_delivery d0
                                        where d0.subscriber = d1.subscriber and d0.aggregate_id = d1.aggregate_id
                                          and d0.status in ('PENDING', 'PARKED'))
                        order by d1.id
                        limit :batch
                        for update of d1 skip locked)
                returning d.id, d.subscriber, d.attempts, e.id::text, e.event_type, e.source, e.aggregate_id,
                          to_char(e.occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'), e.payload::text,
                          e.trace_parent, d.refusals
                """)
                .setParameter("lease", (double) config.relay().lease().toSeconds())
                .setParameter("subscriber", subscriber)
                .setParameter("batch", config.relay().batchSize())
                .getResultList())
                .map(rows -> ((List<Object[]>) (List<?>) rows).stream().map(this::toLeased).toList());
    }

    private Leased toLeased(Object[] row) {
        ObjectNode envelope = mapper.createObjectNode();
        envelope.put("id", (String) row[3]);
        envelope.put("type", (String) row[4]);
        envelope.put("source", (String) row[5]);
        envelope.put("aggregateId", (String) row[6]);
        envelope.put("occurredAt", (String) row[7]);
        try {
            envelope.set("payload", mapper.readTree((String) row[8]));
        } catch (IOException e) {
            throw new IllegalStateException("Corrupt outbox payload", e);
        }
        return new Leased(((Number) row[0]).longValue(), (String) row[1], ((Number) row[2]).intValue(),
                ((Number) row[10]).intValue(), (String) row[4], (String) row[9], envelope.toString());
    }

    /** The result of one POST: error is null when the subscriber accepted the event; status null without an answer. */
    record Outcome(Leased delivery, Integer status, String error) {
    }

    private Uni<Outcome> send(Leased delivery) {
        Span span = tracer.spanBuilder("deliver " + delivery.eventType()).setSpanKind(SpanKind.CLIENT)
                .setParent(TraceParents.parse(delivery.traceParent()))
                .setAttribute("http.request.method", "POST")
                .setAttribute("outbox.subscriber", delivery.subscriber())
                .setAttribute("outbox.attempt", delivery.attempts() + 1L)
                .startSpan();
        var request = client.postAbs(config.subscribers().get(delivery.subscriber()).url())
                .timeout(config.relay().requestTimeout().toMillis())
                .putHeader("Content-Type", "application/json");
        signature.headers(delivery.envelope()).forEach(request::putHeader);
        telemetry.getPropagators().getTextMapPropagator()
                .inject(Context.root().with(span), request, (r, name, value) -> r.putHeader(name, value));
        return request.sendBuffer(Buffer.buffer(delivery.envelope()))
                .onItemOrFailure().transform((response, failure) -> {
                    if (response != null) {
                        span.setAttribute("http.response.status_code", response.statusCode());
                    }
                    Integer status = response == null ? null : response.statusCode();
                    Outcome outcome = failure == null && status / 100 == 2 ? new Outcome(delivery, status, null)
                            : new Outcome(delivery, status, failure != null ? String.valueOf(failure.getMessage())
                                    : "HTTP " + status + " " + truncate(response.bodyAsString()));
                    if (outcome.error() != null) {
                        span.setStatus(StatusCode.ERROR);
                    }
                    span.end();
                    return outcome;
                });
    }

    /** Records every outcome of a batch in one transaction, one statement after another on its session. */
    private Uni<Integer> record(List<Outcome> outcomes) {
        List<Long> delivered = outcomes.stream().filter(o -> o.error() == null).map(o -> o.delivery().deliveryId()).toList();
        List<Outcome> failed = outcomes.stream().filter(o -> o.error() != null).toList();
        outcomes.stream().filter(o -> o.error() == null).forEach(o -> count(o, "delivered"));
        Uni<Void> chain = delivered.isEmpty() ? Uni.createFrom().voidItem()
                : Panache.getSession().chain(s -> s.createNativeQuery("""
                        update outbox_delivery set status = 'DELIVERED', delivered_at = now(), attempts = attempts + 1,
                               last_error = null where id in (:ids)
                        """).setParameter("ids", delivered).executeUpdate()).replaceWithVoid();
        for (Outcome failure : failed) {
            chain = chain.chain(() -> recordFailure(failure));
        }
        return chain.replaceWith(delivered.size());
    }

    private Uni<Void> recordFailure(Outcome outcome) {
        Leased delivery = outcome.delivery();
        DeliveryVerdict verdict = DeliveryVerdict.of(outcome.status(), delivery.refusals(), config.relay().maxRefusals());
        count(outcome, verdict == DeliveryVerdict.PARK ? "parked" : "failed");
        if (verdict == DeliveryVerdict.PARK) {
            LOG.warnf("Delivery %d of %s to %s parked after %d attempts: %s", delivery.deliveryId(), delivery.eventType(),
                    delivery.subscriber(), delivery.attempts() + 1, outcome.error());
            return Panache.getSession().chain(s -> s.createNativeQuery("""
                    update outbox_delivery set status = 'PARKED', parked_at = now(), attempts = attempts + 1,
                           refusals = refusals + 1, last_error = :error where id = :id
                    """)
                    .setParameter("id", delivery.deliveryId())
                    .setParameter("error", truncate(outcome.error()))
                    .executeUpdate()).replaceWithVoid();
        }
        LOG.debugf("Delivery %d to %s failed (attempt %d): %s", delivery.deliveryId(), delivery.subscriber(),
                delivery.attempts() + 1, outcome.error());
        Duration backoff = backoff(delivery.attempts() + 1);
        return Panache.getSession().chain(s -> s.createNativeQuery("""
                update outbox_delivery set attempts = attempts + 1, refusals = refusals + :refused, last_error = :error,
                       next_attempt_at = now() + make_interval(secs => :backoff) where id = :id
                """)
                .setParameter("id", delivery.deliveryId())
                .setParameter("refused", verdict == DeliveryVerdict.REFUSED ? 1 : 0)
                .setParameter("error", truncate(outcome.error()))
                .setParameter("backoff", backoff.toMillis() / 1000.0)
                .executeUpdate()).replaceWithVoid();
    }

    private void count(Outcome outcome, String result) {
        metrics.counter("outbox.deliveries", "subscriber", outcome.delivery().subscriber(), "outcome", result).increment();
    }

    /** Exponential backoff: initial × 2^(attempts−1), capped. An outage is retried for as long as it lasts. */
    Duration backoff(int attempts) {
        Duration initial = config.relay().initialBackoff();
        Duration max = config.relay().maxBackoff();
        int exponent = Math.min(attempts - 1, 30);
        Duration next = initial.multipliedBy(1L << exponent);
        return next.compareTo(max) > 0 || next.isNegative() ? max : next;
    }

    private static String truncate(String s) {
        return s == null || s.length() <= 500 ? s : s.substring(0, 500);
    }
}
