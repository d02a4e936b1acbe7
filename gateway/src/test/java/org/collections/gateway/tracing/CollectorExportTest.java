package org.collections.gateway.tracing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.collections.gateway.UpstreamMocks;
import org.collections.testsupport.Tokens;
import org.junit.jupiter.api.Test;

/** With an OTLP endpoint configured, the gateway's spans reach that collector (OTLP over HTTP here). */
@QuarkusTest
@TestProfile(CollectorExportTest.WithCollector.class)
class CollectorExportTest {

    UpstreamMocks.Servers upstreams;

    Collector.Server collector;

    @Inject
    @Any
    Instance<SpanExporter> exporters;

    @Test
    void theSpansOfAProxiedRequestAreExportedToTheConfiguredCollector() {
        upstreams.reset();
        upstreams.contact().stubFor(any(anyUrl()).willReturn(aResponse().withBody("{}")));
        String traceId = "5bf92f3577b34da6a3ce929d0e0e4737";

        given().auth().oauth2(Tokens.collector()).header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
                .get("/api/v1/templates").then().statusCode(200);

        assertThat(exporters.stream().toList()).as("the span-dropping exporter steps aside").isEmpty();
        byte[] id = HexFormat.of().parseHex(traceId);
        await().atMost(Duration.ofSeconds(30)).until(() -> collector.wireMock()
                .findAll(postRequestedFor(urlEqualTo("/v1/traces"))).stream()
                .anyMatch(export -> contains(export.getBody(), id)));
    }

    private static boolean contains(byte[] body, byte[] part) {
        outer:
        for (int i = 0; i + part.length <= body.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (body[i + j] != part[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    public static class WithCollector implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.otel.exporter.otlp.traces.protocol", "http/protobuf",
                    "quarkus.otel.bsp.schedule.delay", "100ms");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(Collector.class));
        }
    }

    /** A WireMock standing in for an OpenTelemetry collector; its address is the gateway's OTLP endpoint. */
    public static class Collector implements QuarkusTestResourceLifecycleManager {

        /** The running collector, injected into tests' {@code Collector.Server} fields. */
        public record Server(WireMockServer wireMock) {
        }

        private Server server;

        @Override
        public Map<String, String> start() {
            server = new Server(new WireMockServer(options().dynamicPort()));
            server.wireMock().start();
            server.wireMock().stubFor(post("/v1/traces").willReturn(aResponse().withStatus(200)
                    .withHeader("Content-Type", "application/x-protobuf")));
            return Map.of("quarkus.otel.exporter.otlp.endpoint", server.wireMock().baseUrl());
        }

        @Override
        public void inject(TestInjector injector) {
            injector.injectIntoFields(server, new TestInjector.MatchesType(Server.class));
        }

        @Override
        public void stop() {
            if (server != null) {
                server.wireMock().stop();
            }
        }
    }
}
