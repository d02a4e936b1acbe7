package org.collections.k8s;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

/** One way to install the chart: values files and --set values, and what the rendering must then contain. */
public record Scenario(String name, List<Path> valuesFiles, Map<String, String> settings, boolean autoscaling,
        boolean defaultImageTag) {

    @Override
    public String toString() {
        return name;
    }

    public Manifests render() {
        return Chart.renderParsed(valuesFiles, settings);
    }

    /** Every values file of the chart, and the features the files leave off (Gateway API, LoadBalancer, dev Secrets). */
    public static Stream<Scenario> all() {
        return Stream.<Supplier<Scenario>>of(Scenario::defaults, Scenario::local, Scenario::production,
                Scenario::productionWithGatewayApi, Scenario::developmentSecretsAndPartnerLoadBalancer)
                .map(Supplier::get);
    }

    /** values.yaml with only what it leaves open: each service's Secret and database. */
    public static Scenario defaults() {
        return new Scenario("values.yaml", List.of(), Chart.MINIMAL_SETTINGS, true, true);
    }

    public static Scenario local() {
        return new Scenario("values-local.yaml", List.of(Chart.valuesFile("values-local.yaml")), Map.of(), false, true);
    }

    public static Scenario production() {
        return new Scenario("values-production.yaml", List.of(Chart.valuesFile("values-production.yaml")), Map.of(),
                true, true);
    }

    public static Scenario productionWithGatewayApi() {
        return new Scenario("values-production.yaml with Gateway API routes and external databases",
                List.of(Chart.valuesFile("values-production.yaml")), Chart.with(Map.of(),
                "gateway.expose.mode", "gatewayApi",
                "gateway.expose.gatewayApi.parentRefs[0].name", "public",
                "gateway.expose.gatewayApi.parentRefs[0].namespace", "gateway-system",
                "gateway.partners.passthrough.parentRefs[0].name", "partners-passthrough",
                "gateway.partners.passthrough.parentRefs[0].namespace", "gateway-system",
                "case-service.cnpg.enabled", "false",
                "case-service.database.external.host", "case-db.internal.example",
                "case-service.database.external.existingSecret", "case-service-db",
                "case-service.networkPolicy.databaseCidrs[0]", "10.20.0.0/24",
                "global.jwt.publicKeyLocation", "https://login.collections.example/.well-known/jwks.json",
                "global.image.tag", "1.4.2"), true, false);
    }

    public static Scenario developmentSecretsAndPartnerLoadBalancer() {
        return new Scenario("values.yaml with chart-made Secrets and the partners' LoadBalancer",
                List.of(), Chart.with(Chart.MINIMAL_SETTINGS,
                "gateway.partners.mode", "loadBalancer",
                "gateway.partners.loadBalancer.sourceRanges[0]", "198.51.100.0/24",
                "plan-service.secrets.create", "true",
                "plan-service.secrets.values.PII_ACTIVE_KEY_ID", "test-1",
                "plan-service.secrets.values.PII_KEYRING", "test-1:not-a-real-key",
                "plan-service.autoscaling.enabled", "false"), false, true);
    }
}
