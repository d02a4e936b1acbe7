package org.collections.contact.client;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * A case-service that knows no case (every GET answers 404), for tests that do not stub one, and a gateway that
 * gives contact-service its own token. It sets {@code CASE_SERVICE_URL}, {@code GATEWAY_URL} and
 * {@code SERVICE_CLIENT_SECRET}, which application.properties reads, so a test class's own
 * {@link org.collections.contact.client.CaseServiceMock} (setting the properties themselves) always takes precedence.
 */
public class EmptyCaseService implements QuarkusTestResourceLifecycleManager {

    private WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(options().dynamicPort());
        server.start();
        GatewayTokens.issueServiceToken(server);
        return Map.of("CASE_SERVICE_URL", server.baseUrl(), "GATEWAY_URL", server.baseUrl(),
                "SERVICE_CLIENT_SECRET", GatewayTokens.SECRET);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
