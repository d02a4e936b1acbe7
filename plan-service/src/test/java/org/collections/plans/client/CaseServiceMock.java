package org.collections.plans.client;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;
import org.collections.testsupport.Tokens;

/**
 * A WireMock stand-in for case-service; tests get the server injected into their WireMockServer field. A second one
 * stands in for the gateway's token endpoint, which gives plan-service {@link #SERVICE_TOKEN} for its secret.
 */
public class CaseServiceMock implements QuarkusTestResourceLifecycleManager {

    static final String SERVICE_TOKEN = Tokens.service("plan-service");
    private static final String SECRET = "test-only-plan-service-secret";

    private WireMockServer server;
    private WireMockServer gateway;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(options().dynamicPort());
        server.start();
        gateway = new WireMockServer(options().dynamicPort());
        gateway.start();
        gateway.stubFor(post(urlEqualTo("/oauth2/token")).withBasicAuth("plan-service", SECRET)
                .willReturn(okJson("{\"access_token\":\"" + SERVICE_TOKEN + "\",\"token_type\":\"Bearer\",\"expires_in\":900}")));
        return Map.of(
                "quarkus.rest-client.case-service.url", server.baseUrl(),
                "service-identity.token-url", gateway.baseUrl() + "/oauth2/token",
                "service-identity.client-secret", SECRET,
                "quarkus.fault-tolerance.\"org.collections.plans.client.CaseDirectory/find\".timeout.value", "500",
                "quarkus.fault-tolerance.\"org.collections.plans.client.CaseLedgers/after\".timeout.value", "500");
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
        if (gateway != null) {
            gateway.stop();
        }
    }
}
