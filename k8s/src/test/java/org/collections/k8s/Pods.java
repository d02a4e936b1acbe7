package org.collections.k8s;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The pods a rendering leads to (by their labels): the Deployments' and the CloudNativePG instances'. */
final class Pods {

    record Pod(String owner, Map<String, String> labels) {
    }

    private final List<Pod> pods;

    private Pods(List<Pod> pods) {
        this.pods = pods;
    }

    static Pods of(Manifests manifests) {
        List<Pod> pods = new ArrayList<>();
        for (Deployment d : manifests.deployments()) {
            pods.add(new Pod("Deployment/" + d.getMetadata().getName(), d.getSpec().getTemplate().getMetadata().getLabels()));
        }
        // the operator labels every instance of a Cluster with cnpg.io/cluster=<name>
        for (GenericKubernetesResource cluster : manifests.custom("Cluster")) {
            pods.add(new Pod("Cluster/" + cluster.getMetadata().getName(),
                    Map.of("cnpg.io/cluster", cluster.getMetadata().getName())));
        }
        return new Pods(pods);
    }

    List<Pod> selectedBy(Map<String, String> matchLabels) {
        return pods.stream().filter(p -> p.labels().entrySet().containsAll(matchLabels.entrySet())).toList();
    }

    List<Pod> selectedBy(LabelSelector selector) {
        if (selector.getMatchExpressions() != null && !selector.getMatchExpressions().isEmpty()) {
            throw new AssertionError("matchExpressions are not used by this chart: " + selector);
        }
        return selectedBy(selector.getMatchLabels() == null ? Map.of() : selector.getMatchLabels());
    }
}
