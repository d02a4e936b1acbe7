package org.collections.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRoute;
import io.fabric8.kubernetes.api.model.gatewayapi.v1alpha2.TLSRoute;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import io.fabric8.openshift.api.model.monitoring.v1.ServiceMonitor;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Services, routes and NetworkPolicies of every scenario. No cluster is at hand, so what a CNI would enforce is
 * checked on the objects: each selector selects rendered pods, and the policies admit exactly the calls the
 * services' configuration makes (their *_SERVICE_URL / GATEWAY_URL variables).
 */
class RenderedNetworkTest {

    static Stream<Scenario> scenarios() {
        return Scenario.all();
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void everyServiceSelectsPodsThatHaveItsTargetPorts(Scenario scenario) {
        Manifests manifests = Rendered.of(scenario);
        Pods pods = Pods.of(manifests);
        for (Service service : manifests.services()) {
            String name = service.getMetadata().getName();
            List<Pods.Pod> selected = pods.selectedBy(service.getSpec().getSelector());
            assertThat(selected).as(name + " selects pods").isNotEmpty();
            Deployment deployment = manifests.require(Deployment.class, selected.get(0).owner().substring("Deployment/".length()));
            for (ServicePort port : service.getSpec().getPorts()) {
                RenderedWorkloadsTest.port(RenderedWorkloadsTest.container(deployment), port.getTargetPort().getStrVal());
            }
        }
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void everyNetworkPolicyAndEveryPeerInItSelectsPods(Scenario scenario) {
        Manifests manifests = Rendered.of(scenario);
        Pods pods = Pods.of(manifests);
        assertThat(manifests.networkPolicies()).isNotEmpty();
        for (NetworkPolicy policy : manifests.networkPolicies()) {
            String name = policy.getMetadata().getName();
            assertThat(pods.selectedBy(policy.getSpec().getPodSelector())).as(name + " selects pods").isNotEmpty();
            Stream.concat(policy.getSpec().getIngress().stream().flatMap(r -> r.getFrom().stream()),
                            policy.getSpec().getEgress().stream().flatMap(r -> r.getTo().stream()))
                    .filter(peer -> peer.getPodSelector() != null && peer.getNamespaceSelector() == null)
                    .forEach(peer -> assertThat(pods.selectedBy(peer.getPodSelector()))
                            .as(name + " peer " + peer.getPodSelector().getMatchLabels()).isNotEmpty());
        }
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void aDefaultDenyCoversEveryServicePod(Scenario scenario) {
        Manifests manifests = Rendered.of(scenario);
        NetworkPolicy deny = manifests.require(NetworkPolicy.class, Chart.RELEASE + "-default-deny");
        assertThat(deny.getSpec().getPolicyTypes()).containsExactlyInAnyOrder("Ingress", "Egress");
        assertThat(deny.getSpec().getIngress()).isEmpty();
        assertThat(deny.getSpec().getEgress()).isEmpty();
        assertThat(Pods.of(manifests).selectedBy(deny.getSpec().getPodSelector()))
                .extracting(Pods.Pod::owner).containsAll(manifests.deployments().stream()
                        .map(d -> "Deployment/" + d.getMetadata().getName()).toList());
    }

    /** Caller -> callee, from the URL variables of each Deployment that name a sibling's Service. */
    private static Set<String> calls(Manifests manifests) {
        Set<String> calls = new HashSet<>();
        for (Deployment deployment : manifests.deployments()) {
            String caller = deployment.getMetadata().getLabels().get("app.kubernetes.io/name");
            manifests.environment(deployment).forEach((variable, source) -> {
                if (variable.endsWith("_URL") && source.known() != null) {
                    for (String callee : Chart.SERVICES) {
                        if (source.known().equals("http://" + Chart.RELEASE + "-" + callee)) {
                            calls.add(caller + "->" + callee);
                        }
                    }
                }
            });
        }
        return calls;
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void policiesAdmitExactlyTheCallsTheConfigurationMakes(Scenario scenario) {
        Manifests manifests = Rendered.of(scenario);
        Set<String> calls = calls(manifests);
        // what the services' code does: REST queries and event deliveries (application.properties of each)
        assertThat(calls).containsExactlyInAnyOrder(
                "gateway->case-service", "gateway->contact-service", "gateway->plan-service",
                "case-service->contact-service", "case-service->plan-service", "case-service->gateway",
                "contact-service->case-service", "contact-service->plan-service", "contact-service->gateway",
                "plan-service->case-service", "plan-service->contact-service", "plan-service->gateway");
        for (String service : Chart.SERVICES) {
            NetworkPolicy policy = manifests.require(NetworkPolicy.class, Chart.RELEASE + "-" + service);
            Set<String> admitted = policy.getSpec().getIngress().stream()
                    .filter(r -> onPort(r.getPorts(), "http"))
                    .flatMap(r -> r.getFrom().stream())
                    .map(RenderedNetworkTest::serviceName).filter(Objects::nonNull)
                    .map(caller -> caller + "->" + service).collect(Collectors.toSet());
            assertThat(admitted).as(service + " admits on its API port")
                    .isEqualTo(calls.stream().filter(c -> c.endsWith("->" + service)).collect(Collectors.toSet()));
            Set<String> reached = policy.getSpec().getEgress().stream()
                    .filter(r -> onPort(r.getPorts(), "http"))
                    .flatMap(r -> r.getTo().stream())
                    .map(RenderedNetworkTest::serviceName).filter(Objects::nonNull)
                    .map(callee -> service + "->" + callee).collect(Collectors.toSet());
            assertThat(reached).as(service + " may reach")
                    .isEqualTo(calls.stream().filter(c -> c.startsWith(service + "->")).collect(Collectors.toSet()));
        }
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void theManagementPortIsOpenOnlyToMonitoringAndTheApiOfTheGatewayOnlyToTheIngress(Scenario scenario) {
        Manifests manifests = Rendered.of(scenario);
        for (String service : Chart.SERVICES) {
            NetworkPolicy policy = manifests.require(NetworkPolicy.class, Chart.RELEASE + "-" + service);
            var management = policy.getSpec().getIngress().stream().filter(r -> onPort(r.getPorts(), "management")).toList();
            assertThat(management).as(service + " management rules").hasSize(1);
            assertThat(management.get(0).getFrom()).singleElement().satisfies(peer -> assertThat(
                    peer.getNamespaceSelector().getMatchLabels()).containsEntry("kubernetes.io/metadata.name", "monitoring"));
            var fromNamespaces = policy.getSpec().getIngress().stream()
                    .filter(r -> r.getFrom().stream().anyMatch(p -> p.getNamespaceSelector() != null)
                            && !onPort(r.getPorts(), "management"))
                    .toList();
            if (service.equals("gateway")) {
                assertThat(fromNamespaces).singleElement().satisfies(r -> assertThat(r.getFrom().get(0)
                        .getNamespaceSelector().getMatchLabels()).containsEntry("kubernetes.io/metadata.name", "ingress-nginx"));
            } else {
                assertThat(fromNamespaces).as(service + " is reachable from no other namespace").isEmpty();
            }
            // out: DNS, and the database on its port
            assertThat(policy.getSpec().getEgress()).anySatisfy(r -> assertThat(r.getPorts())
                    .extracting(p -> p.getPort().getIntVal()).contains(53));
            assertThat(policy.getSpec().getEgress()).anySatisfy(r -> assertThat(r.getPorts())
                    .extracting(p -> p.getPort().getIntVal()).contains(5432));
        }
    }

    @Test
    void eachInClusterDatabaseIsReachableOnlyFromItsService() {
        Manifests manifests = Rendered.of(Scenario.production());
        for (String service : Chart.SERVICES) {
            String cluster = Chart.RELEASE + "-" + service + "-db";
            NetworkPolicy policy = manifests.require(NetworkPolicy.class, cluster);
            assertThat(policy.getSpec().getPodSelector().getMatchLabels()).containsEntry("cnpg.io/cluster", cluster);
            var postgres = policy.getSpec().getIngress().stream()
                    .filter(r -> r.getPorts().stream().anyMatch(p -> p.getPort().getIntVal() != null
                            && p.getPort().getIntVal() == 5432))
                    .flatMap(r -> r.getFrom().stream())
                    .filter(p -> p.getNamespaceSelector() == null)
                    .map(p -> p.getPodSelector().getMatchLabels()).toList();
            assertThat(postgres).containsExactlyInAnyOrder(
                    Map.of("app.kubernetes.io/name", service, "app.kubernetes.io/instance", Chart.RELEASE),
                    Map.of("cnpg.io/cluster", cluster));
            // an operator may pass the Cluster's labels on to its pods: they must not look like the service's pods
            var labels = manifests.custom("Cluster").stream().filter(c -> c.getMetadata().getName().equals(cluster))
                    .findFirst().orElseThrow().getMetadata().getLabels().entrySet();
            assertThat(manifests.services()).noneMatch(s -> labels.containsAll(s.getSpec().getSelector().entrySet()));
            assertThat(manifests.networkPolicies()).filteredOn(p -> !p.getMetadata().getName().equals(cluster))
                    .noneMatch(p -> labels.containsAll(p.getSpec().getPodSelector().getMatchLabels().entrySet()));
            // and the service itself may reach no other database
            NetworkPolicy own = manifests.require(NetworkPolicy.class, Chart.RELEASE + "-" + service);
            assertThat(own.getSpec().getEgress().stream().flatMap(r -> r.getTo().stream())
                    .map(NetworkPolicyPeer::getPodSelector).filter(Objects::nonNull)
                    .map(s -> s.getMatchLabels().get("cnpg.io/cluster")).filter(Objects::nonNull))
                    .containsExactly(cluster);
        }
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void routesSendTheApiToTheGatewayAndPartnersStraightToItsHttpsPort(Scenario scenario) {
        Manifests manifests = Rendered.of(scenario);
        Service gateway = manifests.require(Service.class, Chart.RELEASE + "-gateway");
        Set<String> servicePorts = gateway.getSpec().getPorts().stream().map(ServicePort::getName).collect(Collectors.toSet());
        for (Ingress ingress : manifests.of(Ingress.class)) {
            ingress.getSpec().getRules().forEach(rule -> rule.getHttp().getPaths().forEach(path -> {
                assertThat(path.getBackend().getService().getName()).isEqualTo(gateway.getMetadata().getName());
                assertThat(servicePorts).contains(path.getBackend().getService().getPort().getName());
                assertThat(path.getPath()).doesNotStartWith("/q/health").doesNotStartWith("/q/metrics");
            }));
            boolean partners = ingress.getMetadata().getName().endsWith("-partners");
            if (partners) {
                assertThat(ingress.getMetadata().getAnnotations())
                        .containsEntry("nginx.ingress.kubernetes.io/ssl-passthrough", "true");
                assertThat(ingress.getSpec().getTls()).as("passthrough: no TLS ends at the ingress").isNullOrEmpty();
            } else {
                assertThat(ingress.getSpec().getTls()).isNotEmpty();
            }
        }
        for (HTTPRoute route : manifests.of(HTTPRoute.class)) {
            assertThat(route.getSpec().getParentRefs()).isNotEmpty();
            route.getSpec().getRules().forEach(rule -> rule.getBackendRefs().forEach(ref -> {
                assertThat(ref.getName()).isEqualTo(gateway.getMetadata().getName());
                assertThat(gateway.getSpec().getPorts()).extracting(ServicePort::getPort).contains(ref.getPort());
            }));
        }
        for (TLSRoute route : manifests.of(TLSRoute.class)) {
            route.getSpec().getRules().forEach(rule -> rule.getBackendRefs().forEach(ref -> assertThat(
                    gateway.getSpec().getPorts().stream().filter(p -> p.getPort().equals(ref.getPort())).findFirst()
                            .orElseThrow().getName()).isEqualTo("https")));
        }
        manifests.named(Service.class, Chart.RELEASE + "-gateway-partners").ifPresent(lb -> {
            assertThat(lb.getSpec().getType()).isEqualTo("LoadBalancer");
            assertThat(lb.getSpec().getExternalTrafficPolicy()).as("client addresses kept").isEqualTo("Local");
            assertThat(lb.getSpec().getPorts()).extracting(p -> p.getTargetPort().getStrVal()).containsExactly("https");
        });
    }

    @Test
    void theGatewayApiAlternativeRendersAnHttpRouteAndAPassthroughTlsRouteInsteadOfIngresses() {
        Manifests manifests = Rendered.of(Scenario.productionWithGatewayApi());
        assertThat(manifests.of(Ingress.class)).isEmpty();
        assertThat(manifests.of(HTTPRoute.class)).hasSize(1);
        assertThat(manifests.of(TLSRoute.class)).hasSize(1);
        Manifests ingress = Rendered.of(Scenario.production());
        assertThat(ingress.of(HTTPRoute.class)).isEmpty();
        assertThat(ingress.of(Ingress.class)).extracting(i -> i.getMetadata().getName())
                .containsExactlyInAnyOrder(Chart.RELEASE + "-gateway-api", Chart.RELEASE + "-gateway-partners");
        assertThat(ingress.require(Ingress.class, Chart.RELEASE + "-gateway-api").getMetadata().getAnnotations())
                .containsEntry("cert-manager.io/cluster-issuer", "letsencrypt-prod");
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void serviceMonitorsScrapeTheManagementPort(Scenario scenario) {
        Manifests manifests = Rendered.of(scenario);
        for (ServiceMonitor monitor : manifests.of(ServiceMonitor.class)) {
            List<Service> selected = manifests.services().stream().filter(s -> s.getMetadata().getLabels().entrySet()
                    .containsAll(monitor.getSpec().getSelector().getMatchLabels().entrySet())).toList();
            assertThat(selected).as(monitor.getMetadata().getName()).hasSize(1);
            assertThat(monitor.getSpec().getEndpoints()).singleElement().satisfies(endpoint -> {
                assertThat(endpoint.getPath()).isEqualTo("/q/metrics");
                assertThat(endpoint.getPort()).isEqualTo("management");
            });
            assertThat(selected.get(0).getSpec().getPorts()).extracting(ServicePort::getName).contains("management");
        }
    }

    private static boolean onPort(List<NetworkPolicyPort> ports, String name) {
        return ports.stream().map(NetworkPolicyPort::getPort).map(IntOrString::getStrVal).anyMatch(name::equals);
    }

    private static String serviceName(NetworkPolicyPeer peer) {
        if (peer.getPodSelector() == null || peer.getNamespaceSelector() != null) {
            return null;
        }
        return peer.getPodSelector().getMatchLabels().get("app.kubernetes.io/name");
    }
}
