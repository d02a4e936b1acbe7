package org.collections.k8s;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bad values fail at install (helm template runs the same schema validation and templates) with a clear message. */
class SchemaRejectionTest {

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            case-service.replicas                       | 3              | additional properties 'replicas' not allowed
            gateway.expose.mode                         | nodeport       | /gateway/expose/mode
            gateway.expose.mode                         | nodeport       | 'ingress', 'gatewayApi', 'none'
            case-service.ports.http                     | 70000          | /case-service/ports/http
            plan-service.autoscaling.targetCPUUtilizationPercentage | 150 | maximum
            contact-service.database.name               | Contact-DB     | /contact-service/database/name
            global.serviceUrls.case-service             | localhost:8081 | /global/serviceUrls/case-service
            gateway.partners.loadBalancer.sourceRanges[0] | everyone     | /gateway/partners/loadBalancer/sourceRanges/0
            global.image.pullPolicy                     | Sometimes      | /global/image/pullPolicy
            case-service.topologySpread[0].whenUnsatisfiable | Maybe     | whenUnsatisfiable
            """)
    void theSchemaRejects(String key, String value, String message) {
        assertThatThrownBy(() -> Chart.render(List.of(), Chart.with(Chart.MINIMAL_SETTINGS, key, value)))
                .hasMessageContaining("values don't meet the specifications of the schema")
                .hasMessageContaining(message);
    }

    @Test
    void aMissingLimitIsRejected() {
        assertThatThrownBy(() -> Chart.render(List.of(), Chart.with(Chart.MINIMAL_SETTINGS,
                "plan-service.resources.limits", "null")))
                .hasMessageContaining("/plan-service/resources").hasMessageContaining("limits");
    }

    @Test
    void theLatestTagIsRefused() {
        assertThatThrownBy(() -> Chart.render(List.of(), Chart.with(Chart.MINIMAL_SETTINGS, "global.image.tag", "latest")))
                .hasMessageContaining("image.tag: 'latest' is not allowed; use the project version");
    }

    @Test
    void withoutItsSecretAServiceIsNotInstalled() {
        Map<String, String> settings = new java.util.HashMap<>(Chart.MINIMAL_SETTINGS);
        settings.remove("contact-service.secrets.existingSecret");
        assertThatThrownBy(() -> Chart.render(List.of(), settings))
                .hasMessageContaining("contact-service.secrets.existingSecret is required: a Secret with the keys "
                        + "PII_ACTIVE_KEY_ID, PII_KEYRING, PII_BLIND_INDEX_KEY");
    }

    @Test
    void withoutADatabaseAServiceIsNotInstalled() {
        Map<String, String> settings = new java.util.HashMap<>(Chart.MINIMAL_SETTINGS);
        settings.remove("plan-service.database.external.host");
        assertThatThrownBy(() -> Chart.render(List.of(), settings))
                .hasMessageContaining("plan-service.database.external.host is required unless plan-service.cnpg.enabled is true");
    }

    @Test
    void partnerPassthroughNeedsARouteToPassThrough() {
        assertThatThrownBy(() -> Chart.render(List.of(), Chart.with(Chart.MINIMAL_SETTINGS, "gateway.partners.mode", "passthrough")))
                .hasMessageContaining("gateway.partners.mode=passthrough needs gateway.expose.mode ingress or gatewayApi");
    }

    @Test
    void hostNetworkWithNetworkPoliciesIsRefused() {
        assertThatThrownBy(() -> Chart.render(List.of(), Chart.with(Chart.MINIMAL_SETTINGS, "global.hostNetwork", "true")))
                .hasMessageContaining("global.hostNetwork=true: NetworkPolicies do not apply");
    }
}
