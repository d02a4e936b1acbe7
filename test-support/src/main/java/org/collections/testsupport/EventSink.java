package org.collections.testsupport;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real HTTP subscriber for the outbox relay: records every event body it receives (with the trace context it came
 * in), and can be told to answer the next N deliveries with 503 to exercise retries, or to refuse the events whose
 * body contains a text with a status of choice (a poison event). Registered as the outbox subscriber {@code sink}.
 */
public class EventSink implements QuarkusTestResourceLifecycleManager {

    /** An accepted delivery: the event as sent, and its W3C {@code traceparent} header (null without one; several joined). */
    public record Delivery(String body, String traceparent) {
    }

    private HttpServer server;
    private final List<Delivery> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger failuresToAnswer = new AtomicInteger();
    private volatile String refused;
    private volatile int refusalStatus;
    private final AtomicInteger refusals = new AtomicInteger();

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/events", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String poison = refused;
            int status = failuresToAnswer.getAndUpdate(n -> Math.max(0, n - 1)) > 0 ? 503 : 200;
            if (status == 200 && poison != null && body.contains(poison)) {
                status = refusalStatus;
                refusals.incrementAndGet();
            }
            if (status == 200) {
                List<String> traceparents = exchange.getRequestHeaders().get("traceparent");
                received.add(new Delivery(body, traceparents == null ? null : String.join(", ", traceparents)));
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
        String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/events";
        return Map.of(
                "outbox.subscribers.sink.url", url,
                "outbox.subscribers.sink.events", System.getProperty("event-sink.events",
                        "CaseStatusChanged,ContactRestrictionChanged,CasePlaced,CaseRecalled,PlanActivated,"
                                + "PlanBroken,PlanCompleted,PaymentPosted,PaymentReversed,PromiseKept,PromiseBroken"));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(this, new TestInjector.MatchesType(EventSink.class));
    }

    /** Bodies received so far, oldest first. */
    public List<String> received() {
        return received.stream().map(Delivery::body).toList();
    }

    /** Deliveries accepted so far, oldest first. */
    public List<Delivery> deliveries() {
        return List.copyOf(received);
    }

    public void failNext(int deliveries) {
        failuresToAnswer.set(deliveries);
    }

    /** Answers every delivery whose body contains {@code text} with {@code status}, until {@link #acceptAll()}. */
    public void refuse(String text, int status) {
        refusalStatus = status;
        refused = text;
    }

    public void acceptAll() {
        refused = null;
    }

    /** Deliveries refused so far. */
    public int refusals() {
        return refusals.get();
    }
}
