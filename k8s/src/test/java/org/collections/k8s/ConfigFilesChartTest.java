package org.collections.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * An operator's own configuration files (here case-service's retention periods per jurisdiction) reach the pod as a
 * read-only mounted ConfigMap whose change rolls the pods; without any, nothing is mounted.
 */
class ConfigFilesChartTest {

    private static final String MOUNTED = "/etc/collections/config/retention-policies.yaml";

    @Test
    void anOperatorsRetentionPoliciesAreMountedWhereTheServiceReadsThem(@org.junit.jupiter.api.io.TempDir Path dir)
            throws IOException {
        String policies = Files.readString(Path.of("..", "case-service", "src", "main", "resources", "retention",
                "retention-policies.yaml"));
        Path values = dir.resolve("retention.yaml");
        Files.writeString(values, "case-service:\n  configFiles:\n    retention-policies.yaml: |\n"
                + policies.lines().map(line -> "      " + line).collect(Collectors.joining("\n"))
                + "\n  env:\n    RETENTION_POLICIES_FILE: " + MOUNTED + "\n");

        Manifests manifests = Chart.renderParsed(List.of(values), Chart.MINIMAL_SETTINGS);
        ConfigMap files = manifests.require(ConfigMap.class, Chart.RELEASE + "-case-service-files");
        assertThat(files.getData().get("retention-policies.yaml")).isEqualToIgnoringWhitespace(policies);
        Deployment deployment = manifests.require(Deployment.class, Chart.RELEASE + "-case-service");
        VolumeMount mount = deployment.getSpec().getTemplate().getSpec().getContainers().get(0).getVolumeMounts().stream()
                .filter(m -> m.getName().equals("config-files")).findFirst().orElseThrow();
        assertThat(mount.getMountPath() + "/retention-policies.yaml").isEqualTo(MOUNTED);
        assertThat(mount.getReadOnly()).isTrue();
        Volume volume = deployment.getSpec().getTemplate().getSpec().getVolumes().stream()
                .filter(v -> v.getName().equals("config-files")).findFirst().orElseThrow();
        assertThat(volume.getConfigMap().getName()).isEqualTo(files.getMetadata().getName());
        assertThat(manifests.environment(deployment).get("RETENTION_POLICIES_FILE").value()).isEqualTo(MOUNTED);
        assertThat(deployment.getSpec().getTemplate().getMetadata().getAnnotations()).containsKey("checksum/files");
    }

    @Test
    void withoutConfigFilesNothingIsMounted() {
        Manifests manifests = Rendered.of(Scenario.defaults());
        for (String service : Chart.SERVICES) {
            assertThat(manifests.named(ConfigMap.class, Chart.RELEASE + "-" + service + "-files")).isEmpty();
            Deployment deployment = manifests.require(Deployment.class, Chart.RELEASE + "-" + service);
            assertThat(deployment.getSpec().getTemplate().getSpec().getVolumes()).extracting(Volume::getName)
                    .doesNotContain("config-files");
        }
    }
}
