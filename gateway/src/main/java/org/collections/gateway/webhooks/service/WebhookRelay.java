package org.collections.gateway.webhooks.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.core.net.SocketAddress;
import io.vertx.mutiny.ext.web.client.WebClient;
import io.vertx.mutiny.ext.web.codec.BodyCodec;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.collections.commons.pii.FieldCipher;
import org.collections.gateway.webhooks.config.WebhooksConfig;
import org.collections.gateway.webhooks.domain.Backoff;
import org.collections.gateway.webhooks.domain.EndpointAddresses;
import org.collections.gateway.webhooks.domain.WebhookSignatures;
import org.collections.gateway.webhooks.repository.DeliveryRepository;
import org.collections.gateway.webhooks.repository.DeliveryRepository.Leased;
import org.jboss.logging.Logger;

/**
 * Delivers queued webhook messages. Each tick leases a batch of due deliveries ({@code FOR UPDATE SKIP LOCKED} plus a
 * lease token, so replicas share the work and one attempt is sent once), signs and POSTs each one, and records the
 * outcome: 2xx delivered; 410 Gone disables the endpoint; anything else (or no answer within the timeout) is tried
 * again with jittered exponential backoff until the retry window ends, then the message is dead. The host is resolved
 * and checked before every attempt, and the request goes to the checked address (no redirects followed). Only the
 * receiver's status code is kept, never its body.
 */
@ApplicationScoped
@Startup // its counters exist from the start
public class WebhookRelay {

    private static final Logger LOG = Logger.getLogger(WebhookRelay.class);
    private static final Duration MAX_TIMEOUT = Duration.ofSeconds(10);
    private static final int MAX_ROUNDS_PER_TICK = 20;

    @Inject
    WebhooksConfig config;

    @Inject
    DeliveryRepository deliveries;

    @Inject
    FieldCipher cipher;

    @Inject
    Clock clock;

    @Inject
    MeterRegistry metrics;

    @Inject
    Vertx vertx;

    private WebClient client;
    private Backoff backoff;

    @PostConstruct
    void init() {
        client = WebClient.create(vertx, new WebClientOptions().setFollowRedirects(false).setUserAgent("collections-webhooks/1")
                .setVerifyHost(true).setConnectTimeout((int) timeout().toMillis()));
        WebhooksConfig.Relay relay = config.relay();
        backoff = new Backoff(relay.backoff(), relay.jitter(), relay.retryWindow(),
                () -> ThreadLocalRandom.current().nextDouble());
        // every outcome's series exists from the start, so that increase() alerts see the first dead letter
        List.of("delivered", "failed", "dead").forEach(this::counter);
    }

    @PreDestroy
    void close() {
        client.close();
    }

    @Scheduled(every = "${webhooks.relay.interval:1s}", delayed = "1s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> tick() {
        if (!config.relay().enabled()) {
            return Uni.createFrom().voidItem();
        }
        return drain(MAX_ROUNDS_PER_TICK)
                .onFailure().invoke(e -> LOG.warn("Webhook relay tick failed", e))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    private Uni<Void> drain(int rounds) {
        return relayOnce().chain(sent -> sent > 0 && rounds > 1 ? drain(rounds - 1) : Uni.createFrom().voidItem());
    }

    /** Sends one leased batch; returns how many attempts were made. */
    public Uni<Integer> relayOnce() {
        UUID token = UUID.randomUUID();
        Instant now = clock.instant();
        return Panache.withTransaction(() -> deliveries.lease(now, now.plus(config.relay().lease()),
                        config.relay().batchSize(), token))
                .chain(batch -> Multi.createFrom().iterable(batch)
                        .onItem().transformToUniAndMerge(d -> Uni.createFrom().deferred(() -> attempt(d))
                                .onFailure().invoke(e -> LOG.warnf("Webhook %d could not be sent: %s", d.id(), e))
                                .onFailure().recoverWithItem(e -> new Outcome(d, null, "could not be sent")))
                        .collect().asList())
                .chain(outcomes -> outcomes.isEmpty() ? Uni.createFrom().item(0)
                        : Panache.withTransaction(() -> record(outcomes)).replaceWith(outcomes.size()));
    }

    /** What one attempt came to: the receiver's status (null without an answer) and our own description of a failure. */
    record Outcome(Leased delivery, Integer status, String error) {
    }

    private Uni<Outcome> attempt(Leased d) {
        URI uri = URI.create(d.url());
        boolean https = "https".equalsIgnoreCase(uri.getScheme());
        int port = uri.getPort() > 0 ? uri.getPort() : https ? 443 : 80;
        String host = uri.getHost().startsWith("[") ? uri.getHost().substring(1, uri.getHost().length() - 1) : uri.getHost();
        return resolve(host).chain(address -> {
            if (address == null) {
                return Uni.createFrom().item(new Outcome(d, null, "host does not resolve to an allowed address"));
            }
            String body = d.body();
            long timestamp = Instant.now().getEpochSecond(); // transport freshness: wall-clock time, as receivers check it
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            RequestOptions options = new RequestOptions().setHost(host).setPort(port).setSsl(https)
                    .setURI(uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery());
            var request = client.request(HttpMethod.POST, SocketAddress.inetSocketAddress(port, address.getHostAddress()),
                            options)
                    .timeout(timeout().toMillis())
                    .putHeader("Content-Type", "application/json")
                    .putHeader(WebhookSignatures.ID_HEADER, d.messageId())
                    .putHeader(WebhookSignatures.TIMESTAMP_HEADER, Long.toString(timestamp))
                    .putHeader(WebhookSignatures.SIGNATURE_HEADER,
                            WebhookSignatures.header(secrets(d), d.messageId(), timestamp, body))
                    .as(BodyCodec.none());
            return request.sendBuffer(Buffer.buffer(body)).onItemOrFailure().transform((response, failure) -> failure == null
                    ? new Outcome(d, response.statusCode(), response.statusCode() / 100 == 2 ? null
                            : "HTTP " + response.statusCode())
                    : new Outcome(d, null, describe(failure)));
        });
    }

    /** The endpoint's live secrets: the current one, and the previous one while its overlap lasts. */
    private List<String> secrets(Leased d) {
        List<String> secrets = new ArrayList<>();
        secrets.add(cipher.decrypt(d.secret()));
        if (d.previousSecret() != null && d.previousSecretUntil() != null
                && d.previousSecretUntil().isAfter(clock.instant())) {
            secrets.add(cipher.decrypt(d.previousSecret()));
        }
        return secrets;
    }

    /** The first address of {@code host}, or null when it does not resolve or any of its addresses is forbidden. */
    private Uni<InetAddress> resolve(String host) {
        boolean allowLoopback = config.allowLoopback();
        return vertx.executeBlocking(Uni.createFrom().item(() -> {
            try {
                InetAddress[] all = InetAddress.getAllByName(host);
                for (InetAddress a : all) {
                    if (EndpointAddresses.isForbidden(a, allowLoopback)) {
                        return null;
                    }
                }
                return all.length == 0 ? null : all[0];
            } catch (UnknownHostException e) {
                return null;
            }
        }), false); // a lookup blocks: off the event loop, and back on the caller's context
    }

    private Uni<Void> record(List<Outcome> outcomes) {
        Instant now = clock.instant();
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (Outcome o : outcomes) {
            chain = chain.chain(() -> recordOne(o, now));
        }
        return chain;
    }

    private Uni<Void> recordOne(Outcome o, Instant now) {
        Leased d = o.delivery();
        if (o.error() == null) {
            count("delivered");
            return deliveries.delivered(d, o.status(), now).replaceWithVoid();
        }
        if (o.status() != null && o.status() == 410) {
            count("dead");
            LOG.infof("Webhook endpoint %s answered 410 Gone: disabled", d.endpointId());
            return deliveries.failed(d, 410, "HTTP 410 Gone: endpoint disabled", null)
                    .chain(() -> Panache.getSession().chain(s -> s.createNativeQuery("""
                            update webhook_endpoint set status = 'DISABLED', status_reason = 'answered 410 Gone'
                             where id = :id and status = 'ACTIVE'
                            """).setParameter("id", d.endpointId()).executeUpdate()))
                    .replaceWithVoid();
        }
        Instant next = backoff.next(d.attempts() + 1, d.retryFrom(), now);
        count(next == null ? "dead" : "failed");
        LOG.debugf("Webhook %d attempt %d failed: %s", d.id(), d.attempts() + 1, o.error());
        return deliveries.failed(d, o.status(), o.error(), next).replaceWithVoid();
    }

    private void count(String outcome) {
        counter(outcome).increment();
    }

    private Counter counter(String outcome) {
        return metrics.counter("webhooks.deliveries", "outcome", outcome);
    }

    private Duration timeout() {
        Duration configured = config.relay().requestTimeout();
        return configured.compareTo(MAX_TIMEOUT) > 0 ? MAX_TIMEOUT : configured;
    }

    private static String describe(Throwable failure) {
        String message = failure.getMessage() == null ? "no answer" : failure.getMessage();
        String text = failure instanceof java.util.concurrent.TimeoutException || message.contains("timeout")
                ? "no answer within the timeout" : "connection failed: " + message;
        return text.length() <= 300 ? text : text.substring(0, 300);
    }
}
