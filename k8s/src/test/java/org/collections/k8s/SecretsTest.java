package org.collections.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** No key material in the chart's values or in what it renders, unless a development install asks for it. */
class SecretsTest {

    private static final Path DEV_KEYS = Path.of("..", "dev-keys");
    private static final Pattern SECRET_NAME = Pattern.compile("(?i).*(PASSWORD|SECRET|KEYRING|_KEYS|PRIVATE|BLIND_INDEX_KEY).*");

    @Test
    void productionRendersNoSecretAndNoKeyMaterial() throws IOException {
        String rendered = Chart.render(List.of(Chart.valuesFile("values-production.yaml")), java.util.Map.of());
        Manifests manifests = Manifests.parse(rendered);
        assertThat(manifests.secrets()).as("production reads existing Secrets only").isEmpty();
        for (String value : knownKeyMaterial()) {
            assertThat(rendered).as("a DEV-ONLY key in the production rendering").doesNotContain(value);
        }
        assertThat(rendered).doesNotContain("-----BEGIN");
        for (String file : List.of("values.yaml", "values-production.yaml", "values-local.yaml", "values-single-host.yaml")) {
            String values = Files.readString(Chart.valuesFile(file));
            assertThat(values).as(file).doesNotContain("-----BEGIN");
            for (String value : knownKeyMaterial()) {
                assertThat(values).as(file + " holds a key").doesNotContain(value);
            }
        }
    }

    @Test
    void secretSettingsComeFromSecretsNeverFromLiteralsOrConfigMaps() {
        for (Scenario scenario : Scenario.all().toList()) {
            Manifests manifests = Rendered.of(scenario);
            for (Deployment deployment : manifests.deployments()) {
                manifests.environment(deployment).forEach((name, source) -> {
                    if (SECRET_NAME.matcher(name).matches() && !name.endsWith("_FILE") && !name.endsWith("_FILES")
                            && !name.endsWith("_LOCATION")) {
                        assertThat(source.kind()).as(scenario + " " + deployment.getMetadata().getName() + " " + name)
                                .isEqualTo(EnvSource.Kind.SECRET);
                    }
                });
            }
            for (ConfigMap map : manifests.of(ConfigMap.class)) {
                if (map.getData() != null) {
                    assertThat(map.getData().keySet()).as(scenario + " ConfigMap " + map.getMetadata().getName())
                            .noneMatch(k -> SECRET_NAME.matcher(k).matches() && !k.endsWith("_FILE")
                                    && !k.endsWith("_FILES") && !k.endsWith("_LOCATION") && !k.endsWith(".json"));
                }
            }
        }
    }

    @Test
    void aSecretIsRenderedOnlyWhenADevelopmentInstallAsksForIt() {
        Manifests asked = Rendered.of(Scenario.developmentSecretsAndPartnerLoadBalancer());
        assertThat(asked.secrets()).singleElement().satisfies(secret -> {
            assertThat(secret.getMetadata().getName()).isEqualTo(Chart.RELEASE + "-plan-service");
            assertThat(secret.getStringData()).containsEntry("PII_ACTIVE_KEY_ID", "test-1");
        });
        Deployment plan = asked.require(Deployment.class, Chart.RELEASE + "-plan-service");
        assertThat(asked.environment(plan).get("PII_KEYRING").secretName()).isEqualTo(Chart.RELEASE + "-plan-service");
        assertThat(plan.getSpec().getTemplate().getMetadata().getAnnotations()).containsKey("checksum/secret");
        for (Scenario scenario : List.of(Scenario.defaults(), Scenario.local(), Scenario.production())) {
            assertThat(Rendered.of(scenario).of(Secret.class)).as(scenario.name()).isEmpty();
        }
    }

    /** The values of dev-keys/dev.env and the DEV-ONLY PEM keys' bodies. */
    private static List<String> knownKeyMaterial() throws IOException {
        List<String> values = new ArrayList<>();
        for (String line : Files.readAllLines(DEV_KEYS.resolve("dev.env"))) {
            if (!line.isBlank() && !line.startsWith("#") && line.contains("=")) {
                for (String part : line.substring(line.indexOf('=') + 1).split(",")) {
                    String secret = part.substring(part.lastIndexOf(':') + 1);
                    if (secret.length() >= 16) {
                        values.add(secret);
                    }
                }
            }
        }
        for (String pem : List.of("DEV-ONLY-jwt-private.pem", "DEV-ONLY-jwt-public.pem")) {
            Files.readAllLines(DEV_KEYS.resolve(pem)).stream().filter(l -> !l.startsWith("-----") && l.length() > 40)
                    .forEach(values::add);
        }
        assertThat(values).as("key material found to look for").hasSizeGreaterThan(5);
        return values;
    }
}
