package org.collections.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Service identity: contact-service has its own client secret at the gateway (required), plan-service may have one,
 * case-service has none; the gateway has the hashes of the secrets it accepts. All from Secrets; the DEV-ONLY Secret,
 * shared by every service, gives each its own key, whose hash the gateway holds.
 */
class ServiceIdentityChartTest {

    static java.util.stream.Stream<Scenario> scenarios() {
        return Scenario.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void eachServiceGetsOnlyItsOwnIdentityFromItsSecret(Scenario scenario) {
        Manifests manifests = Rendered.of(scenario);
        EnvSource hashes = env(manifests, "gateway").get("SERVICE_CLIENT_SECRET_HASHES");
        assertThat(hashes.kind()).isEqualTo(EnvSource.Kind.SECRET);
        assertThat(hashes.optional()).isFalse();
        EnvSource contact = env(manifests, "contact-service").get("SERVICE_CLIENT_SECRET");
        assertThat(contact.kind()).isEqualTo(EnvSource.Kind.SECRET);
        assertThat(contact.optional()).as("contact-service cannot learn of unseen cases without it").isFalse();
        EnvSource plan = env(manifests, "plan-service").get("SERVICE_CLIENT_SECRET");
        assertThat(plan.kind()).isEqualTo(EnvSource.Kind.SECRET);
        assertThat(plan.optional()).isTrue();
        assertThat(env(manifests, "case-service")).doesNotContainKey("SERVICE_CLIENT_SECRET");
        for (String service : List.of("case-service", "contact-service", "plan-service")) {
            assertThat(env(manifests, service)).as(service).doesNotContainKey("SERVICE_CLIENT_SECRET_HASHES");
        }
        assertThat(env(manifests, "gateway")).doesNotContainKey("SERVICE_CLIENT_SECRET");
    }

    @Test
    void productionReadsTheSecretUnderItsOwnName() {
        Manifests manifests = Rendered.of(Scenario.production());
        assertThat(env(manifests, "contact-service").get("SERVICE_CLIENT_SECRET").secretKey()).isEqualTo("SERVICE_CLIENT_SECRET");
        assertThat(env(manifests, "plan-service").get("SERVICE_CLIENT_SECRET").secretKey()).isEqualTo("SERVICE_CLIENT_SECRET");
        assertThat(env(manifests, "gateway").get("SERVICE_CLIENT_SECRET_HASHES").secretKey())
                .isEqualTo("SERVICE_CLIENT_SECRET_HASHES");
    }

    @Test
    void theSharedDevelopmentSecretGivesEachServiceItsOwnSecretWhoseHashTheGatewayAccepts() throws IOException {
        Map<String, String> devEnv = devEnv();
        Manifests manifests = Rendered.of(Scenario.local());
        String hashes = devEnv.get(env(manifests, "gateway").get("SERVICE_CLIENT_SECRET_HASHES").secretKey());
        for (String service : List.of("contact-service", "plan-service")) {
            EnvSource own = env(manifests, service).get("SERVICE_CLIENT_SECRET");
            assertThat(own.secretName()).isEqualTo("collections-dev-keys");
            String secret = devEnv.get(own.secretKey());
            assertThat(secret).as(service + ": dev.env has " + own.secretKey()).isNotBlank();
            assertThat(hashes.split(",")).as("the gateway accepts " + service).contains(service + ":" + sha256(secret));
        }
    }

    private static Map<String, EnvSource> env(Manifests manifests, String service) {
        return manifests.environment(manifests.require(Deployment.class, Chart.RELEASE + "-" + service));
    }

    private static Map<String, String> devEnv() throws IOException {
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Path.of("..", "dev-keys", "dev.env"))) {
            if (!line.isBlank() && !line.startsWith("#") && line.contains("=")) {
                values.put(line.substring(0, line.indexOf('=')), line.substring(line.indexOf('=') + 1));
            }
        }
        return values;
    }

    private static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
