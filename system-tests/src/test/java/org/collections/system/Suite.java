package org.collections.system;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.collections.testsupport.ServiceProcess;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The whole suite as separate processes: case-service, contact-service, plan-service and the gateway in front of them,
 * each with its own fresh database and role, on ports known before any starts so each is told where the others are.
 * The gateway keeps the real clock (webhook receivers check signature timestamps against theirs). Started once for all
 * scenario classes and stopped after the last (also when a test fails); logs stay in {@code target/service-logs}.
 */
public final class Suite implements AutoCloseable {

    /** Every service runs at this instant (plus the time the run takes) unless a scenario travels. */
    static final Instant START = Instant.parse("2026-12-01T15:00:00Z");
    static final String PROFILE = "system-test";

    final ServiceProcess cases;
    final ServiceProcess contacts;
    final ServiceProcess plans;
    final ServiceProcess gateway;
    private Duration offset = Duration.ZERO;

    private Suite() {
        cases = ServiceProcess.prepare("case-service", PROFILE);
        contacts = ServiceProcess.prepare("contact-service", PROFILE);
        plans = ServiceProcess.prepare("plan-service", PROFILE);
        gateway = ServiceProcess.prepare("gateway", PROFILE);
    }

    /** The suite of this test run, started on first use. */
    static Suite get(ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .computeIfAbsent(Suite.class, k -> Suite.started(), Suite.class);
    }

    private static Suite started() {
        Suite suite = new Suite();
        Runtime.getRuntime().addShutdownHook(new Thread(suite::stopProcesses));
        try {
            Map<String, String> env = Map.of(
                    "CASE_SERVICE_URL", suite.cases.url(),
                    "CONTACT_SERVICE_URL", suite.contacts.url(),
                    "PLAN_SERVICE_URL", suite.plans.url(),
                    "GATEWAY_URL", suite.gateway.url(),
                    // the HTTPS listener is not used by the scenarios: any free port, so parallel runs never clash
                    "GATEWAY_HTTPS_PORT", String.valueOf(freePort()),
                    // lists are "search" class at the edge and the import scenario asks for thousands of decisions:
                    // scenarios ask far more often than a partner may ("bulk" keeps its limits: GatewayEdgeScenarioTest)
                    "GATEWAY_RATE_LIMITS_SEARCH_CAPACITY", "100000",
                    "GATEWAY_RATE_LIMITS_SEARCH_REFILL_PER_MINUTE", "6000000",
                    "GATEWAY_RATE_LIMITS_DECISION_CAPACITY", "100000",
                    "GATEWAY_RATE_LIMITS_DECISION_REFILL_PER_MINUTE", "6000000");
            suite.all().parallelStream().forEach(service -> service.start(env));
            suite.travelTo(START);
            return suite;
        } catch (RuntimeException e) {
            suite.close();
            throw e;
        }
    }

    /** The services: they have a test clock, the gateway has none. */
    List<ServiceProcess> services() {
        return List.of(cases, contacts, plans);
    }

    List<ServiceProcess> all() {
        return List.of(cases, contacts, plans, gateway);
    }

    private static int freePort() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Moves every service's clock so that it reads {@code instant} now. */
    synchronized void travelTo(Instant instant) {
        offset = Duration.between(Clock.systemUTC().instant(), instant);
        services().forEach(this::setClock);
    }

    /** Starts a stopped or killed service again, on its port and database, at the suite's time. */
    synchronized void restart(ServiceProcess service) {
        service.start();
        if (service != gateway) {
            setClock(service);
        }
    }

    private void setClock(ServiceProcess service) {
        given().baseUri(service.url()).contentType(ContentType.JSON).body(Map.of("offset", offset.toString()))
                .put("/test/clock").then().statusCode(200);
    }

    /** What the services' clock reads now. */
    Instant now() {
        return Instant.parse(given().baseUri(cases.url()).get("/test/clock").then().statusCode(200).extract().path("now"));
    }

    /** Moves every service's clock forward. */
    void travel(Duration by) {
        travelTo(now().plus(by));
    }

    private void stopProcesses() {
        all().forEach(service -> {
            if (service.isAlive()) {
                service.stop();
            }
        });
    }

    @Override
    public void close() {
        all().forEach(ServiceProcess::close);
    }

    /** Gives a scenario class the running suite. */
    public static final class Extension implements BeforeAllCallback {

        @Override
        public void beforeAll(ExtensionContext context) {
            Scenario.suite = get(context);
        }
    }
}
