package org.collections.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.openshift.api.model.monitoring.v1.PrometheusRule;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** k8s/RUNBOOK.md names only what the chart has: objects, values, Secret keys, alerts and metrics. */
class RunbookTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    /** Settings of a service's sub-chart that the runbook names without the service in front. */
    private static final Set<String> SERVICE_KEYS = Set.of("autoscaling", "podDisruptionBudget", "probes", "secrets",
            "database", "cnpg", "edge", "expose", "partners", "replicaCount", "resources", "env");

    private static String runbook;
    private static Manifests production;
    private static Manifests local;
    private static ObjectNode values;

    @BeforeAll
    static void read() throws IOException {
        runbook = Files.readString(Path.of("RUNBOOK.md"));
        production = Rendered.of(Scenario.production());
        local = Rendered.of(Scenario.local());
        values = (ObjectNode) YAML.readTree(Chart.DIR.resolve("values.yaml").toFile());
        for (String service : Chart.SERVICES) {
            JsonNode defaults = YAML.readTree(Chart.DIR.resolve("charts").resolve(service).resolve("values.yaml").toFile());
            ((ObjectNode) defaults).setAll((ObjectNode) values.get(service));
            values.set(service, defaults);
        }
    }

    @Test
    void theObjectsItNamesAreRendered() {
        Set<String> named = new TreeSet<>(matches("(?:deployment|service)/(collections-[a-z-]+)"));
        assertThat(named).isNotEmpty();
        Set<String> rendered = Stream.concat(production.deployments().stream(), production.services().stream())
                .map(o -> o.getMetadata().getName()).collect(Collectors.toSet());
        assertThat(rendered).containsAll(named);
        for (String label : matches("app\\.kubernetes\\.io/name=([a-z<>-]+)")) {
            assertThat(label.equals("<service>") || Chart.SERVICES.contains(label)).as(label).isTrue();
        }
    }

    @Test
    void theSecretsItNamesAreTheOnesThePodsRead() {
        Set<String> read = new HashSet<>();
        for (Manifests manifests : List.of(production, local)) {
            for (Deployment deployment : manifests.deployments()) {
                manifests.environment(deployment).values().stream().filter(s -> s.secretName() != null)
                        .forEach(s -> read.add(s.secretName()));
                deployment.getSpec().getTemplate().getSpec().getVolumes().stream().filter(v -> v.getSecret() != null)
                        .forEach(v -> read.add(v.getSecret().getSecretName()));
            }
        }
        for (String secret : matches("(collections-[a-z-]+-(?:keys|app|tls)|collections-dev-[a-z]+)\\b")) {
            String concrete = secret.replace("<service>", "case-service");
            assertThat(read).as("the runbook's Secret " + secret).contains(concrete);
        }
        assertThat(runbook).contains("collections-<service>-db-app");
    }

    @Test
    void itsSecretTableListsEveryKeyThePodsReadAndNoOther() {
        Set<String> inTable = new TreeSet<>();
        Matcher row = Pattern.compile("(?m)^\\| (`[^|]+`)(?: \\((?:file|files|optional)\\))? \\|").matcher(section("## Secrets"));
        while (row.find()) {
            Matcher key = Pattern.compile("`([^`]+)`").matcher(row.group(1));
            while (key.find()) {
                inTable.add(key.group(1));
            }
        }
        Set<String> read = new TreeSet<>();
        for (Deployment deployment : production.deployments()) {
            production.environment(deployment).values().stream().filter(s -> s.secretKey() != null)
                    .filter(s -> !s.secretName().endsWith("-db-app")).forEach(s -> read.add(s.secretKey()));
            deployment.getSpec().getTemplate().getSpec().getVolumes().stream().filter(v -> v.getSecret() != null)
                    .flatMap(v -> v.getSecret().getItems().stream()).forEach(i -> read.add(i.getKey()));
        }
        read.addAll(List.of("PII_TRANSIT_KEYRING", "PII_TRANSIT_ACTIVE_KEY_ID", "EVENTS_SIGNING_KEY_ID"));
        assertThat(inTable).isEqualTo(read);
    }

    @Test
    void theValuesItNamesExist() {
        Set<String> paths = new TreeSet<>();
        Matcher code = Pattern.compile("`([A-Za-z<][A-Za-z0-9_.<>-]*)(?::[^`]*)?`").matcher(runbook);
        while (code.find()) {
            paths.add(code.group(1));
        }
        paths.addAll(matches("--set ([A-Za-z0-9_.-]+)="));
        int checked = 0;
        for (String path : paths) {
            String[] parts = path.split("\\.");
            if (parts.length < 2 || path.contains("*") || path.endsWith(".md") || path.endsWith(".yaml")
                    || path.endsWith(".pem") || path.endsWith(".crt") || path.endsWith(".json")) {
                continue;
            }
            List<String> roots;
            if (parts[0].equals("global") || Chart.SERVICES.contains(parts[0])) {
                roots = List.of(path);
            } else if (parts[0].equals("<service>")) {
                roots = Chart.SERVICES.stream().map(s -> s + path.substring("<service>".length())).toList();
            } else if (SERVICE_KEYS.contains(parts[0])) {
                roots = List.of((Set.of("edge", "expose", "partners").contains(parts[0]) ? "gateway." : "case-service.") + path);
            } else {
                continue;   // a Quarkus property or a file name, not a chart value
            }
            for (String root : roots) {
                assertThat(resolves(root)).as("the runbook's value " + path + " (" + root + ")").isTrue();
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(10);
    }

    /** Paths into free-form maps (env, postgresql.parameters) resolve when the map exists. */
    private static boolean resolves(String path) {
        JsonNode node = values;
        for (String part : path.split("\\.")) {
            if (node == null) {
                return false;
            }
            if (node.isObject() && node.isEmpty() && !node.has(part)) {
                return true;
            }
            node = node.get(part);
        }
        return node != null;
    }

    @Test
    void itsAlertTableCoversEveryAlertAndItsMetricsAreExposed() throws IOException {
        Set<String> alerts = production.of(PrometheusRule.class).stream()
                .flatMap(r -> r.getSpec().getGroups().stream()).flatMap(g -> g.getRules().stream())
                .map(r -> r.getAlert()).collect(Collectors.toCollection(TreeSet::new));
        assertThat(new TreeSet<>(matches("`(Collections[A-Za-z0-9]+)`"))).isEqualTo(alerts);
        Properties catalogue = new Properties();
        try (InputStream in = RunbookTest.class.getResourceAsStream("/exposed-metrics.properties")) {
            catalogue.load(in);
        }
        Set<String> metricsNamed = new TreeSet<>(matches("`([a-z]+(?:_[a-z0-9]+)+)(?:\\{[^`]*)?`"));
        metricsNamed.removeAll(Set.of("max_connections", "pg_stat_activity"));   // PostgreSQL's, not metrics
        assertThat(metricsNamed).hasSizeGreaterThan(5);
        for (String metric : metricsNamed) {
            assertThat(catalogue.stringPropertyNames().stream().anyMatch(c -> c.startsWith(metric)))
                    .as("the runbook's metric " + metric).isTrue();
        }
    }

    @Test
    void theValuesFilesItNamesExist() {
        for (String file : matches("\\$CHART/(values[a-z-]*\\.yaml)")) {
            assertThat(Chart.DIR.resolve(file)).isRegularFile();
        }
        assertThat(production.all()).extracting(HasMetadata::getKind).contains("PrometheusRule", "ServiceMonitor");
    }

    private static List<String> matches(String regex) {
        Matcher m = Pattern.compile(regex).matcher(runbook);
        List<String> found = new java.util.ArrayList<>();
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static String section(String heading) {
        int start = runbook.indexOf(heading + "\n");
        assertThat(start).as(heading).isNotNegative();
        int end = runbook.indexOf("\n## ", start + heading.length());
        return runbook.substring(start, end < 0 ? runbook.length() : end);
    }
}
