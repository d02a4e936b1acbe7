package org.collections.contact.client;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * A WireMock stand-in for case-service, for the test class that names it; the class gets the server injected into
 * its WireMockServer field. Cases not stubbed are absent (404). A second one stands in for the gateway's token
 * endpoint ({@link GatewayTokens}), injected into a WireMockServer field marked {@link GatewayMock}.
 */
public class CaseServiceMock implements QuarkusTestResourceLifecycleManager {

    private WireMockServer server;
    private WireMockServer gateway;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(options().dynamicPort());
        server.start();
        gateway = new WireMockServer(options().dynamicPort());
        gateway.start();
        GatewayTokens.issueServiceToken(gateway);
        return Map.of("quarkus.rest-client.case-service.url", server.baseUrl(),
                "service-identity.token-url", gateway.baseUrl() + GatewayTokens.PATH,
                "service-identity.client-secret", GatewayTokens.SECRET);
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(server, field -> field.getType() == WireMockServer.class
                && !field.isAnnotationPresent(GatewayMock.class));
        injector.injectIntoFields(gateway, new TestInjector.AnnotatedAndMatchesType(GatewayMock.class, WireMockServer.class));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
        if (gateway != null) {
            gateway.stop();
        }
    }
}
