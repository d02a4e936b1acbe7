package org.collections.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The chart and the services' Quarkus configuration agree: every environment variable a service reads is given to
 * it (or deliberately left to its default), every variable the chart sets is read by the service, and ports, probe
 * paths and database names match the configuration's defaults.
 */
class ChartConfigAgreementTest {

    /** Variables a service reads but the chart leaves to their defaults, with the reason. */
    private static final Map<String, Set<String>> LEFT_TO_DEFAULTS = Map.of(
            // personal data travels in events only from case-service to contact-service (transit key ring)
            "plan-service", Set.of("PII_TRANSIT_ACTIVE_KEY_ID", "PII_TRANSIT_KEYRING"),
            "gateway", Set.of("PII_TRANSIT_ACTIVE_KEY_ID", "PII_TRANSIT_KEYRING"),
            // the retention periods shipped with case-service, unless an operator mounts their own (configFiles)
            "case-service", Set.of("RETENTION_POLICIES_FILE"));

    static Stream<Arguments> servicesInScenarios() {
        return Scenario.all().flatMap(s -> Chart.SERVICES.stream().map(service -> Arguments.of(s, service)));
    }

    @ParameterizedTest(name = "{1} in {0}")
    @MethodSource("servicesInScenarios")
    void everyVariableTheServiceReadsIsGiven(Scenario scenario, String service) {
        Manifests manifests = Rendered.of(scenario);
        Map<String, EnvSource> env = manifests.environment(deployment(manifests, service));
        QuarkusConfig config = QuarkusConfig.of(service);
        Set<String> expected = new TreeSet<>(config.variables().keySet());
        expected.removeAll(LEFT_TO_DEFAULTS.getOrDefault(service, Set.of()));
        assertThat(env.keySet()).as(service + ": variables read by application.properties / commons")
                .containsAll(expected);
        config.variables().values().stream().filter(v -> v.defaultValue().isEmpty())
                .forEach(v -> assertThat(env).as(service + " needs " + v.name() + " (no default)").containsKey(v.name()));
    }

    @ParameterizedTest(name = "{1} in {0}")
    @MethodSource("servicesInScenarios")
    void everyVariableTheChartSetsIsReadByTheService(Scenario scenario, String service) {
        Manifests manifests = Rendered.of(scenario);
        QuarkusConfig config = QuarkusConfig.of(service);
        Set<String> mappedProperties = new TreeSet<>();
        config.properties().keySet().forEach(k -> mappedProperties.add(QuarkusConfig.environmentName(k)));
        for (String variable : manifests.environment(deployment(manifests, service)).keySet()) {
            if (variable.equals("QUARKUS_PROFILE")) {
                continue;
            }
            boolean read = config.variables().containsKey(variable) || mappedProperties.contains(variable);
            assertThat(read).as(service + ": " + variable + " is read by no property (misspelt?)").isTrue();
        }
    }

    @ParameterizedTest(name = "{1} in {0}")
    @MethodSource("servicesInScenarios")
    void portsProbePathsAndDatabaseMatchTheConfiguration(Scenario scenario, String service) {
        Manifests manifests = Rendered.of(scenario);
        Map<String, EnvSource> env = manifests.environment(deployment(manifests, service));
        QuarkusConfig config = QuarkusConfig.of(service);
        assertThat(env.get("QUARKUS_HTTP_PORT").known()).as(service + " quarkus.http.port")
                .isEqualTo(config.get("quarkus.http.port").orElseThrow());
        assertThat(env.get("MANAGEMENT_PORT").known()).as(service + " quarkus.management.port default")
                .isEqualTo(config.resolvedDefault("quarkus.management.port").orElseThrow());
        if (service.equals("gateway")) {
            assertThat(env.get("GATEWAY_HTTPS_PORT").known()).isEqualTo(config.resolvedDefault("quarkus.http.ssl-port").orElseThrow());
        }
        // the probes' paths are Quarkus' defaults on the management interface: nothing may move them
        assertThat(config.get("quarkus.management.enabled")).contains("true");
        assertThat(config.properties().keySet()).noneMatch(k -> k.startsWith("quarkus.smallrye-health.")
                || k.equals("quarkus.http.non-application-root-path") || k.equals("quarkus.management.root-path")
                || k.equals("quarkus.http.root-path"));
        // the database name the chart uses is the service's own (the default JDBC URL names it)
        String defaultUrl = config.resolvedDefault("quarkus.datasource.jdbc.url").orElseThrow();
        String database = defaultUrl.substring(defaultUrl.lastIndexOf('/') + 1);
        assertThat(env.get("DB_JDBC_URL").known()).as(service + " DB_JDBC_URL").matches("jdbc:postgresql://[^/]+/" + database + "(\\?.*)?");
        assertThat(env.get("DB_REACTIVE_URL").known()).as(service + " DB_REACTIVE_URL").matches("postgresql://[^/]+/" + database + "(\\?.*)?");
    }

    private static Deployment deployment(Manifests manifests, String service) {
        return manifests.require(Deployment.class, Chart.RELEASE + "-" + service);
    }
}
