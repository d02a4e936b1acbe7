package org.collections.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The Deployments of every scenario: probes, resources, the restricted Pod Security Standard, HPA, PDB, images. */
class RenderedWorkloadsTest {

    static Stream<Scenario> scenarios() {
        return Scenario.all();
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void everyServiceHasOneDeployment(Scenario scenario) {
        assertThat(Rendered.of(scenario).deployments()).extracting(d -> d.getMetadata().getName())
                .containsExactlyInAnyOrderElementsOf(Chart.SERVICES.stream().map(s -> Chart.RELEASE + "-" + s).toList());
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void probesAskTheQuarkusHealthEndpointsOnTheManagementPort(Scenario scenario) {
        Manifests manifests = Rendered.of(scenario);
        for (Deployment deployment : manifests.deployments()) {
            Container container = container(deployment);
            String where = deployment.getMetadata().getName();
            assertProbe(where + " startup", container.getStartupProbe(), "/q/health/started");
            assertProbe(where + " liveness", container.getLivenessProbe(), "/q/health/live");
            assertProbe(where + " readiness", container.getReadinessProbe(), "/q/health/ready");
            Map<String, EnvSource> env = manifests.environment(deployment);
            assertThat(port(container, "management").getContainerPort()).as(where + " management port = MANAGEMENT_PORT")
                    .isEqualTo(Integer.valueOf(env.get("MANAGEMENT_PORT").known()));
            assertThat(port(container, "http").getContainerPort()).as(where + " http port = QUARKUS_HTTP_PORT")
                    .isEqualTo(Integer.valueOf(env.get("QUARKUS_HTTP_PORT").known()));
        }
    }

    private static void assertProbe(String where, Probe probe, String path) {
        assertThat(probe).as(where + " probe").isNotNull();
        assertThat(probe.getHttpGet()).as(where + " probe is an HTTP GET").isNotNull();
        assertThat(probe.getHttpGet().getPath()).as(where).isEqualTo(path);
        assertThat(probe.getHttpGet().getPort().getStrVal()).as(where + " port").isEqualTo("management");
        assertThat(probe.getTimeoutSeconds()).as(where + " timeout").isPositive();
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void everyContainerRequestsAndIsLimited(Scenario scenario) {
        for (Deployment deployment : Rendered.of(scenario).deployments()) {
            var resources = container(deployment).getResources();
            String where = deployment.getMetadata().getName();
            assertThat(resources.getRequests()).as(where + " requests").containsKeys("cpu", "memory");
            assertThat(resources.getLimits()).as(where + " limits").containsKey("memory");
            assertThat(resources.getLimits().get("memory").getNumericalAmount())
                    .as(where + " memory limit >= request")
                    .isGreaterThanOrEqualTo(resources.getRequests().get("memory").getNumericalAmount());
        }
    }

    /** https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted, plus a read-only root. */
    @ParameterizedTest
    @MethodSource("scenarios")
    void podsMeetTheRestrictedPodSecurityStandard(Scenario scenario) {
        for (Deployment deployment : Rendered.of(scenario).deployments()) {
            String where = deployment.getMetadata().getName();
            PodSpec pod = deployment.getSpec().getTemplate().getSpec();
            PodSecurityContext podContext = pod.getSecurityContext();
            assertThat(podContext.getRunAsNonRoot()).as(where + " runAsNonRoot").isTrue();
            assertThat(podContext.getRunAsUser()).as(where + " uid").isEqualTo(185L);
            assertThat(podContext.getSeccompProfile().getType()).as(where + " seccomp").isEqualTo("RuntimeDefault");
            assertThat(pod.getHostNetwork()).as(where + " hostNetwork").isNotEqualTo(Boolean.TRUE);
            assertThat(pod.getHostPID()).as(where + " hostPID").isNotEqualTo(Boolean.TRUE);
            assertThat(pod.getHostIPC()).as(where + " hostIPC").isNotEqualTo(Boolean.TRUE);
            assertThat(pod.getVolumes()).as(where + " volumes").allSatisfy(v -> assertThat(v.getHostPath()).isNull());
            assertThat(pod.getAutomountServiceAccountToken()).as(where + " no token").isFalse();
            for (Container container : pod.getContainers()) {
                SecurityContext context = container.getSecurityContext();
                assertThat(context.getAllowPrivilegeEscalation()).as(where + " allowPrivilegeEscalation").isFalse();
                assertThat(context.getPrivileged()).as(where + " privileged").isNotEqualTo(Boolean.TRUE);
                assertThat(context.getReadOnlyRootFilesystem()).as(where + " readOnlyRootFilesystem").isTrue();
                assertThat(context.getRunAsNonRoot()).as(where + " container runAsNonRoot").isNotEqualTo(Boolean.FALSE);
                assertThat(context.getCapabilities().getDrop()).as(where + " drops").containsExactly("ALL");
                assertThat(context.getCapabilities().getAdd()).as(where + " adds").isNullOrEmpty();
                assertThat(context.getSeccompProfile().getType()).as(where + " seccomp").isEqualTo("RuntimeDefault");
                assertThat(container.getPorts()).as(where + " host ports")
                        .allSatisfy(p -> assertThat(p.getHostPort()).isNull());
                // the only writable place is an emptyDir on /tmp
                var tmp = container.getVolumeMounts().stream().filter(m -> m.getMountPath().equals("/tmp")).findFirst();
                assertThat(tmp).as(where + " /tmp mount").isPresent();
                Volume volume = pod.getVolumes().stream().filter(v -> v.getName().equals(tmp.get().getName())).findFirst()
                        .orElseThrow();
                assertThat(volume.getEmptyDir()).as(where + " /tmp is an emptyDir").isNotNull();
            }
        }
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void serviceAccountsMountNoToken(Scenario scenario) {
        Manifests manifests = Rendered.of(scenario);
        for (Deployment deployment : manifests.deployments()) {
            String account = deployment.getSpec().getTemplate().getSpec().getServiceAccountName();
            assertThat(manifests.require(ServiceAccount.class, account).getAutomountServiceAccountToken())
                    .as(account).isFalse();
        }
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void rollingUpdatesNeverTakeAReadyPodAway(Scenario scenario) {
        for (Deployment deployment : Rendered.of(scenario).deployments()) {
            var strategy = deployment.getSpec().getStrategy();
            assertThat(strategy.getType()).isEqualTo("RollingUpdate");
            assertThat(strategy.getRollingUpdate().getMaxUnavailable().getIntVal()).as(deployment.getMetadata().getName())
                    .isZero();
            assertThat(strategy.getRollingUpdate().getMaxSurge().getIntVal()).isPositive();
        }
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void podsSpreadOverZonesAndNodes(Scenario scenario) {
        for (Deployment deployment : Rendered.of(scenario).deployments()) {
            var pod = deployment.getSpec().getTemplate();
            var constraints = pod.getSpec().getTopologySpreadConstraints();
            assertThat(constraints).extracting(c -> c.getTopologyKey())
                    .contains("topology.kubernetes.io/zone", "kubernetes.io/hostname");
            assertThat(constraints).allSatisfy(c -> assertThat(pod.getMetadata().getLabels().entrySet())
                    .containsAll(c.getLabelSelector().getMatchLabels().entrySet()));
        }
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void everyDeploymentHasADisruptionBudgetAndAnAutoscalerOrAFixedCount(Scenario scenario) {
        Manifests manifests = Rendered.of(scenario);
        for (Deployment deployment : manifests.deployments()) {
            String name = deployment.getMetadata().getName();
            Map<String, String> podLabels = deployment.getSpec().getTemplate().getMetadata().getLabels();
            List<PodDisruptionBudget> budgets = manifests.of(PodDisruptionBudget.class).stream()
                    .filter(b -> podLabels.entrySet().containsAll(b.getSpec().getSelector().getMatchLabels().entrySet()))
                    .toList();
            assertThat(budgets).as(name + " PodDisruptionBudget").hasSize(1);
            List<HorizontalPodAutoscaler> autoscalers = manifests.of(HorizontalPodAutoscaler.class).stream()
                    .filter(h -> h.getSpec().getScaleTargetRef().getKind().equals("Deployment")
                            && h.getSpec().getScaleTargetRef().getName().equals(name))
                    .toList();
            if (scenario.autoscaling()) {
                assertThat(autoscalers).as(name + " HorizontalPodAutoscaler").hasSize(1);
            }
            if (autoscalers.isEmpty()) {
                assertThat(deployment.getSpec().getReplicas()).as(name + " replicas without an autoscaler").isPositive();
            } else {
                HorizontalPodAutoscaler hpa = autoscalers.get(0);
                assertThat(deployment.getSpec().getReplicas()).as(name + ": the autoscaler owns the replica count").isNull();
                assertThat(hpa.getSpec().getMinReplicas()).isPositive();
                assertThat(hpa.getSpec().getMaxReplicas()).isGreaterThanOrEqualTo(hpa.getSpec().getMinReplicas());
                assertThat(hpa.getSpec().getMetrics()).isNotEmpty();
                // a budget that allows no eviction would block node drains: keep one pod evictable
                var budget = budgets.get(0).getSpec();
                if (budget.getMinAvailable() != null) {
                    assertThat(budget.getMinAvailable().getIntVal()).as(name + " minAvailable < minReplicas")
                            .isLessThan(hpa.getSpec().getMinReplicas());
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void imagesHaveAFixedTagAndByDefaultTheProjectVersion(Scenario scenario) {
        for (Deployment deployment : Rendered.of(scenario).deployments()) {
            String image = container(deployment).getImage();
            String tag = image.substring(image.lastIndexOf(':') + 1);
            assertThat(image).as("image with a tag").matches(".+:[A-Za-z0-9_][A-Za-z0-9_.-]*");
            assertThat(tag).as(image).isNotEqualTo("latest");
            if (scenario.defaultImageTag()) {
                assertThat(tag).as(image).isEqualTo(Chart.projectVersion());
            }
            assertThat(image).contains("/" + deployment.getMetadata().getLabels().get("app.kubernetes.io/name") + ":");
        }
    }

    static Container container(Deployment deployment) {
        List<Container> containers = deployment.getSpec().getTemplate().getSpec().getContainers();
        assertThat(containers).as(deployment.getMetadata().getName() + " containers").hasSize(1);
        return containers.get(0);
    }

    static ContainerPort port(Container container, String name) {
        return container.getPorts().stream().filter(p -> name.equals(p.getName())).findFirst()
                .orElseThrow(() -> new AssertionError(container.getName() + " has no port " + name));
    }
}
