package org.collections.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The chart also runs on one host without a cluster (podman kube play): pods on the host's network, PostgreSQL on
 * localhost, each service on its own local ports, locally built images. Everything that takes is a value.
 */
class SingleHostRunTest {

    @Test
    void hostNetworkLocalDatabaseAndLocalServiceAddressesAreValues() {
        Map<String, String> settings = new java.util.LinkedHashMap<>(Chart.MINIMAL_SETTINGS);
        settings.put("global.hostNetwork", "true");
        settings.put("global.networkPolicy.enabled", "false");
        settings.put("global.image.pullPolicy", "Never");
        int port = 18080;
        for (String service : Chart.SERVICES) {
            settings.put(service + ".database.external.host", "localhost");
            settings.put(service + ".autoscaling.enabled", "false");
            settings.put(service + ".replicaCount", "1");
            settings.put(service + ".ports.http", String.valueOf(port));
            settings.put(service + ".ports.management", String.valueOf(port + 1000));
            settings.put("global.serviceUrls." + service, "http://localhost:" + port);
            port++;
        }
        settings.put("gateway.ports.https", "18443");
        Manifests manifests = Chart.renderParsed(List.of(), settings);

        assertThat(manifests.of(NetworkPolicy.class)).isEmpty();
        Set<Integer> ports = new HashSet<>();
        for (Deployment deployment : manifests.deployments()) {
            var pod = deployment.getSpec().getTemplate().getSpec();
            assertThat(pod.getHostNetwork()).isTrue();
            assertThat(pod.getDnsPolicy()).isEqualTo("ClusterFirstWithHostNet");
            var container = RenderedWorkloadsTest.container(deployment);
            assertThat(container.getImagePullPolicy()).isEqualTo("Never");
            container.getPorts().forEach(p -> assertThat(ports.add(p.getContainerPort()))
                    .as("port " + p.getContainerPort() + " used once on the host").isTrue());
            Map<String, EnvSource> env = manifests.environment(deployment);
            assertThat(env.get("DB_JDBC_URL").known()).startsWith("jdbc:postgresql://localhost:5432/");
            env.forEach((name, source) -> {
                if (name.endsWith("_URL") && !name.startsWith("DB_")) {
                    assertThat(source.known()).as(name).startsWith("http://localhost:180");
                }
            });
            // the restricted security context holds there too
            assertThat(pod.getSecurityContext().getRunAsUser()).isEqualTo(185L);
            assertThat(container.getSecurityContext().getReadOnlyRootFilesystem()).isTrue();
        }
        assertThat(ports).contains(18080, 19080, 18443);
    }
}
