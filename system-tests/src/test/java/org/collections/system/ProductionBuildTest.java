package org.collections.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.collections.testsupport.DevKeys;
import org.collections.testsupport.ServiceProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a production jar (target/quarkus-app) holds and does: no DEV-ONLY key material, no test-only time travel
 * whatever its environment says, and a start without one of its keys fails at once naming the missing variable.
 */
class ProductionBuildTest {

    private static final List<String> SERVICES = List.of("case-service", "contact-service", "plan-service");

    @Test
    void noProductionJarHoldsDevKeyMaterial() throws IOException {
        List<String> secrets = Stream.of("PII_KEYRING", "PII_BLIND_INDEX_KEY", "PII_TRANSIT_KEYRING",
                "EVENTS_SIGNING_KEYS").flatMap(name -> Stream.of(DevKeys.value(name).split(",")))
                .map(entry -> entry.substring(entry.lastIndexOf(':') + 1)).toList();
        for (String service : SERVICES) {
            Path app = Path.of("..", service, "target", "quarkus-app");
            List<Path> jars;
            try (Stream<Path> files = Files.walk(app)) {
                jars = files.filter(p -> p.getFileName().toString().endsWith(".jar"))
                        .filter(p -> p.getFileName().toString().startsWith("org.collections")
                                || p.getParent().getFileName().toString().equals("app"))
                        .toList();
            }
            assertThat(jars).as(service + " jars of the project").isNotEmpty();
            for (Path jar : jars) {
                try (ZipFile zip = new ZipFile(jar.toFile())) {
                    for (ZipEntry entry : zip.stream().toList()) {
                        assertThat(entry.getName()).as(jar + " entries").doesNotContain("dev-keys").doesNotEndWith(".pem");
                        if (entry.getName().endsWith(".properties") || entry.getName().endsWith(".env")) {
                            String text = new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
                            assertThat(text).as(jar + "!" + entry.getName()).doesNotContain("DEV-ONLY")
                                    .doesNotContain(secrets.toArray(String[]::new));
                        }
                    }
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"PII_KEYRING", "PII_BLIND_INDEX_KEY", "JWT_PUBLIC_KEY_LOCATION", "EVENTS_SIGNING_KEYS",
            "EVENTS_VERIFICATION_KEYS"})
    void aProductionStartWithoutAKeyFailsAtOnceNamingIt(String missing) {
        try (ServiceProcess process = ServiceProcess.prepare("case-service", "prod")) {
            Map<String, String> env = new HashMap<>(DevKeys.environment("case-service"));
            env.remove(missing);
            ServiceProcess.Exit exit = process.runWithoutDevKeys(env, Duration.ofSeconds(90));
            assertThat(exit.code()).as("exit code").isNotZero();
            assertThat(exit.output()).contains(missing);
        }
    }

    @Test
    void aProductionJarHasNoTestClockWhateverItsEnvironmentSays() {
        try (ServiceProcess process = ServiceProcess.prepare("plan-service", "prod")) {
            process.start(Map.of("TESTING_CLOCK_CONTROL_ENABLED", "true", "COLLECTIONS_TEST_CLOCK", "true",
                    "QUARKUS_PROFILE", "system-test"));
            given().baseUri(process.url()).get("/test/clock").then().statusCode(404);
            given().baseUri(process.url()).contentType("application/json").body("{\"offset\":\"P30D\"}")
                    .put("/test/clock").then().statusCode(404);
        }
    }
}
