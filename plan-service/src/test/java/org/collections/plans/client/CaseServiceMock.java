package org.collections.plans.client;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** A WireMock stand-in for case-service; tests get the server injected into their WireMockServer field. */
public class CaseServiceMock implements QuarkusTestResourceLifecycleManager {

    private WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(options().dynamicPort());
        server.start();
        return Map.of(
                "quarkus.rest-client.case-service.url", server.baseUrl(),
                "org.eclipse.microprofile.rest.client.propagateHeaders", "Authorization",
                "quarkus.fault-tolerance.\"org.collections.plans.client.CaseDirectory/find\".timeout.value", "500");
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(server, new TestInjector.MatchesType(WireMockServer.class));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
