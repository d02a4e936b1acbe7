package org.collections.k8s;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.collections.testsupport.DevKeys;
import org.collections.testsupport.ServiceProcess;
import org.collections.testsupport.SignedEvents;
import org.collections.testsupport.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * case-service's packaged jar starts in the prod profile with exactly the environment the chart gives its pod - the
 * ConfigMap's entries, the Secret's keys (filled with the DEV-ONLY values of the same names) and the key files at the
 * paths the chart mounts them - becomes ready on the chart's readiness path, and logs JSON lines that name the
 * request id and no personal data. Only the database address and the ports are this machine's.
 */
class ChartEnvironmentStartTest {

    private static final String SERVICE = "case-service";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path keys;

    @Test
    void caseServiceStartsInTheProdProfileFromTheChartsEnvironmentAndLogsJsonWithRequestIds() throws Exception {
        Manifests manifests = Rendered.of(Scenario.local());
        Deployment deployment = manifests.require(Deployment.class, Chart.RELEASE + "-" + SERVICE);
        Map<String, String> env = environment(manifests.environment(deployment));
        assertThat(env).containsEntry("QUARKUS_PROFILE", "prod");

        Path log = Path.of("target", "service-logs", SERVICE + ".log");
        long offset = Files.exists(log) ? Files.size(log) : 0;
        String nationalId = "K8S" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
        String debtorName = "Chart Probe " + nationalId;
        String requestId = "chart-test-" + UUID.randomUUID();
        try (ServiceProcess service = ServiceProcess.prepare(SERVICE, "prod")) {
            service.startWithOnly(env);
            // the chart's startup and liveness paths answer too (readiness was awaited by the start)
            given().get(service.managementUrl() + "/q/health/started").then().statusCode(200);
            given().get(service.managementUrl() + "/q/health/live").then().statusCode(200);

            given().baseUri(service.url()).auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                    .header("X-Request-Id", "create-" + requestId)
                    .body(Map.of("creditorId", "ACME", "externalRef", nationalId,
                            "debtor", Map.of("fullName", debtorName, "nationalId", nationalId,
                                    "timeZone", "Asia/Shanghai", "jurisdiction", "CN"),
                            "debts", List.of(Map.of("product", "CONSUMER_LOAN", "principal", "100.00", "currency", "CNY",
                                    "oldestUnpaidDate", "2026-09-01"))))
                    .post("/api/v1/cases").then().statusCode(201).header("X-Request-Id", "create-" + requestId);

            // an event about a case it does not know: the service logs a warning while handling the request
            String unknownCase = UUID.randomUUID().toString();
            String body = JSON.writeValueAsString(Map.of("id", UUID.randomUUID().toString(), "type", "PaymentPosted",
                    "source", "plan-service", "aggregateId", unknownCase, "occurredAt", "2026-11-23T10:00:00Z",
                    "payload", Map.of("caseId", unknownCase, "paymentId", "p-1", "amount", "1.00", "currency", "CNY")));
            given().baseUri(service.url()).contentType(ContentType.JSON).headers(SignedEvents.headers("plan-service", body))
                    .header("X-Request-Id", requestId).body(body)
                    .post("/internal/v1/events").then().statusCode(200);
        }

        List<JsonNode> lines = jsonLines(log, offset);
        assertThat(lines).as("JSON log lines").isNotEmpty();
        assertThat(lines).allSatisfy(line -> assertThat(line.path("service").asText()).isEqualTo(SERVICE));
        assertThat(lines).anySatisfy(line -> {
            assertThat(line.path("message").asText()).contains("names unknown case");
            assertThat(line.path("mdc").path("requestId").asText()).isEqualTo(requestId);
            assertThat(line.path("level").asText()).isEqualTo("WARN");
        });
        String all = String.join("\n", lines.stream().map(JsonNode::toString).toList());
        assertThat(all).as("no personal data in the logs").doesNotContain(nationalId).doesNotContain(debtorName);
    }

    /** The pod's environment on this machine: the chart's values, with the files where the chart mounts them. */
    private Map<String, String> environment(Map<String, EnvSource> chart) throws IOException {
        Map<String, String> devKeys = DevKeys.environment(SERVICE);
        Map<String, String> env = new LinkedHashMap<>();
        chart.forEach((name, source) -> {
            if (name.startsWith("DB_")) {
                return;   // this machine's database (ServiceProcess gives the service its own)
            }
            if (source.kind() == EnvSource.Kind.SECRET) {
                String value = devKeys.get(source.secretKey());
                assertThat(value).as("the Secret key " + source.secretKey() + " is a variable the service reads")
                        .isNotNull();
                env.put(name, value);
            } else {
                env.put(name, source.known());
            }
        });
        Files.copy(Path.of("..", DevKeys.JWT_PUBLIC_KEY), keys.resolve("jwt-public.pem"));
        env.replaceAll((name, value) -> value.startsWith("/etc/collections/keys/")
                ? keys.resolve(value.substring("/etc/collections/keys/".length())).toString() : value);
        assertThat(Path.of(env.get("JWT_PUBLIC_KEY_LOCATION"))).as("the mounted JWT key").isRegularFile();
        return env;
    }

    private static List<JsonNode> jsonLines(Path log, long offset) throws IOException {
        byte[] all = Files.readAllBytes(log);
        String text = new String(all, (int) offset, all.length - (int) offset, StandardCharsets.UTF_8);
        List<JsonNode> lines = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.startsWith("{")) {
                lines.add(JSON.readTree(line));
            } else if (!line.isBlank()) {
                // only JVM notices may precede the logging system
                assertThat(line).as("a log line that is not JSON").matches("^(Picked up|OpenJDK|WARNING:).*");
            }
        }
        return lines;
    }
}
