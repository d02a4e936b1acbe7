package org.collections.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * The fields of the custom resources fabric8 does not model, from their CRDs: CloudNativePG's Cluster
 * (postgresql.cnpg.io/v1) and cert-manager's Certificate (cert-manager.io/v1). Only the parts this chart writes are
 * listed; anything else in them fails, as an unknown field would at the API server.
 */
final class CustomResourceFields {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Allowed fields per path ("spec", "spec.storage", ...); a path not listed takes any fields (free-form maps). */
    private static final Map<String, Map<String, Set<String>>> FIELDS = Map.of(
            "postgresql.cnpg.io/v1/Cluster", Map.of(
                    "", Set.of("apiVersion", "kind", "metadata", "spec"),
                    "spec", Set.of("instances", "imageName", "primaryUpdateStrategy", "bootstrap", "storage",
                            "postgresql", "resources", "affinity", "monitoring"),
                    "spec.bootstrap", Set.of("initdb"),
                    "spec.bootstrap.initdb", Set.of("database", "owner", "secret"),
                    "spec.storage", Set.of("size", "storageClass"),
                    "spec.postgresql", Set.of("parameters", "pg_hba", "shared_preload_libraries"),
                    "spec.resources", Set.of("requests", "limits"),
                    "spec.affinity", Set.of("enablePodAntiAffinity", "topologyKey", "nodeSelector", "tolerations"),
                    "spec.monitoring", Set.of("enablePodMonitor")),
            "cert-manager.io/v1/Certificate", Map.of(
                    "", Set.of("apiVersion", "kind", "metadata", "spec"),
                    "spec", Set.of("secretName", "issuerRef", "dnsNames", "privateKey", "duration", "renewBefore"),
                    "spec.issuerRef", Set.of("name", "kind", "group"),
                    "spec.privateKey", Set.of("algorithm", "size", "rotationPolicy", "encoding")));

    private CustomResourceFields() {
    }

    static void check(GenericKubernetesResource resource) {
        String type = resource.getApiVersion() + "/" + resource.getKind();
        Map<String, Set<String>> fields = FIELDS.get(type);
        if (fields == null) {
            throw new AssertionError("the chart renders " + type + ", which no test knows the fields of");
        }
        check(MAPPER.valueToTree(resource), "", fields, type + " " + resource.getMetadata().getName());
        if (type.endsWith("/Cluster")) {
            require(resource, "spec.instances", "spec.storage", "spec.bootstrap");
        }
        if (type.endsWith("/Certificate")) {
            require(resource, "spec.secretName", "spec.issuerRef", "spec.dnsNames");
        }
    }

    private static void check(JsonNode node, String path, Map<String, Set<String>> fields, String where) {
        Set<String> allowed = fields.get(path);
        if (allowed == null || !node.isObject()) {
            return;
        }
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw new AssertionError(where + ": unknown field " + (path.isEmpty() ? name : path + "." + name));
            }
            check(node.get(name), path.isEmpty() ? name : path + "." + name, fields, where);
        }
    }

    private static void require(GenericKubernetesResource resource, String... paths) {
        JsonNode node = MAPPER.valueToTree(resource);
        for (String path : paths) {
            JsonNode at = node.at("/" + path.replace('.', '/'));
            if (at.isMissingNode() || at.isNull()) {
                throw new AssertionError(resource.getKind() + " " + resource.getMetadata().getName() + " lacks " + path);
            }
        }
    }
}
