package org.collections.gateway;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Three WireMock servers standing in for case-, contact- and plan-service, set as the gateway's upstreams; a test
 * class gets them injected into an {@link Servers} field. A fourth upstream, {@code down}, points at a port nothing
 * listens on (routes of the test profile lead there).
 */
public class UpstreamMocks implements QuarkusTestResourceLifecycleManager {

    /** The running servers, by the service each one stands in for. */
    public record Servers(WireMockServer cases, WireMockServer contact, WireMockServer plans) {

        public void reset() {
            cases.resetAll();
            contact.resetAll();
            plans.resetAll();
        }
    }

    private Servers servers;

    @Override
    public Map<String, String> start() {
        servers = new Servers(started(), started(), started());
        return Map.of(
                "gateway.upstreams.case.url", servers.cases().baseUrl(),
                "gateway.upstreams.contact.url", servers.contact().baseUrl(),
                "gateway.upstreams.plan.url", servers.plans().baseUrl());
    }

    private static WireMockServer started() {
        WireMockServer server = new WireMockServer(options().dynamicPort().asynchronousResponseEnabled(true)
                .containerThreads(20).gzipDisabled(true));
        server.start();
        return server;
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(servers, new TestInjector.MatchesType(Servers.class));
    }

    @Override
    public void stop() {
        if (servers != null) {
            servers.cases().stop();
            servers.contact().stop();
            servers.plans().stop();
        }
    }
}
