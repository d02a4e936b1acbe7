package org.collections.k8s;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The objects of a rendered chart, each parsed strictly against the Kubernetes model: fabric8's typed classes for the
 * built-in kinds and for the CRDs it models (ServiceMonitor and PrometheusRule of the Prometheus operator, HTTPRoute
 * and TLSRoute of the Gateway API), where a field the model does not know fails the parse ({@link StrictModel});
 * CloudNativePG's Cluster and cert-manager's Certificate, which fabric8 does not model, against a field list
 * ({@link CustomResourceFields}).
 */
public final class Manifests {

    private static final ObjectMapper YAML = YAMLMapper.builder(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .build();
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final List<HasMetadata> objects;

    private Manifests(List<HasMetadata> objects) {
        this.objects = List.copyOf(objects);
    }

    public static Manifests parse(String rendered) {
        List<HasMetadata> objects = new ArrayList<>();
        try (var parser = YAML.getFactory().createParser(rendered)) {
            var documents = YAML.readValues(parser, JsonNode.class);
            while (documents.hasNext()) {
                JsonNode document = documents.next();
                if (document == null || document.isNull() || document.isMissingNode() || document.isEmpty()) {
                    continue;
                }
                objects.add(toObject(document));
            }
        } catch (IOException e) {
            throw new IllegalStateException("rendered chart is not YAML: " + e.getMessage(), e);
        }
        return new Manifests(objects);
    }

    private static HasMetadata toObject(JsonNode document) {
        String where = document.path("kind").asText() + " " + document.path("metadata").path("name").asText();
        KubernetesResource resource;
        try {
            resource = JSON.treeToValue(document, KubernetesResource.class);
        } catch (IOException e) {
            throw new AssertionError(where + " does not match the Kubernetes model: " + e.getMessage(), e);
        }
        if (!(resource instanceof HasMetadata object)) {
            throw new AssertionError(where + " is not a Kubernetes object");
        }
        if (object instanceof GenericKubernetesResource generic) {
            CustomResourceFields.check(generic);
        } else {
            StrictModel.assertNoUnknownFields(object, where);
        }
        // the typed model must keep everything that was written: nothing silently dropped or renamed
        JsonNode back = JSON.valueToTree(object);
        if (!(object instanceof GenericKubernetesResource) && !StrictModel.covers(document, back)) {
            throw new AssertionError(where + " does not survive a round trip through the model:\n" + document + "\n" + back);
        }
        return object;
    }

    public List<HasMetadata> all() {
        return objects;
    }

    public <T extends HasMetadata> List<T> of(Class<T> type) {
        return objects.stream().filter(type::isInstance).map(type::cast).toList();
    }

    public List<GenericKubernetesResource> custom(String kind) {
        return of(GenericKubernetesResource.class).stream().filter(r -> r.getKind().equals(kind)).toList();
    }

    public <T extends HasMetadata> Optional<T> named(Class<T> type, String name) {
        return of(type).stream().filter(o -> o.getMetadata().getName().equals(name)).findFirst();
    }

    public <T extends HasMetadata> T require(Class<T> type, String name) {
        return named(type, name).orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " " + name
                + " among " + objects.stream().map(o -> o.getKind() + "/" + o.getMetadata().getName())
                .collect(Collectors.joining(", "))));
    }

    public List<Deployment> deployments() {
        return of(Deployment.class);
    }

    public List<Service> services() {
        return of(Service.class);
    }

    public List<NetworkPolicy> networkPolicies() {
        return of(NetworkPolicy.class);
    }

    public List<Secret> secrets() {
        return of(Secret.class);
    }

    /** The environment a Deployment's container gets: literal values, ConfigMap entries, Secret references. */
    public Map<String, EnvSource> environment(Deployment deployment) {
        return Environment.of(deployment, of(ConfigMap.class));
    }
}
