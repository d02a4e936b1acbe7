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
    void valuesSingleHostPutsEveryPodOnTheHostsNetworkWithLocalAddressesAndTheRestrictedSecurityContext() {
        String rendered = Chart.render(List.of(Chart.valuesFile("values-single-host.yaml")), Map.of());
        Manifests manifests = Manifests.parse(rendered);

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
        assertThat(ports).contains(18080, 19080, 18443, 18081, 19081, 18082, 19082, 18083, 19083);
        assertThat(manifests.deployments()).hasSize(Chart.SERVICES.size());
    }

    @Test
    void kubeSmokePlaysTheConfigMapsSecretsAndDeploymentsWithTheDeploymentsLast() throws Exception {
        String played = SingleHostManifests.played(Chart.render(List.of(Chart.valuesFile("values-single-host.yaml")),
                Map.of()));

        List<String> kinds = played.lines().filter(l -> l.startsWith("kind: "))
                .map(l -> l.substring(6).replace("\"", "")).toList();
        assertThat(kinds).isSubsetOf("ConfigMap", "Secret", "Deployment").contains("ConfigMap", "Deployment");
        assertThat(kinds.subList(kinds.indexOf("Deployment"), kinds.size())).containsOnly("Deployment")
                .hasSize(Chart.SERVICES.size());
        // what podman 4.3 needs: Secret volumes from the file-format Secrets, said to be required
        Manifests manifests = Manifests.parse(played);
        for (Deployment deployment : manifests.deployments()) {
            assertThat(deployment.getSpec().getTemplate().getSpec().getVolumes()).filteredOn(v -> v.getSecret() != null)
                    .isNotEmpty().allSatisfy(v -> {
                        assertThat(v.getSecret().getSecretName()).endsWith(SingleHostManifests.FILES_SUFFIX);
                        assertThat(v.getSecret().getOptional()).isFalse();
                    });
            assertThat(deployment.getSpec().getTemplate().getSpec().getContainers()).allSatisfy(c ->
                    assertThat(c.getPorts()).isEmpty());
        }
    }
}
