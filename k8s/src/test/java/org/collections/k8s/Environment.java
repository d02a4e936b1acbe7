package org.collections.k8s;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Resolves a Deployment's environment the way the kubelet does: envFrom first, then env, later entries winning. */
final class Environment {

    private Environment() {
    }

    static Map<String, EnvSource> of(Deployment deployment, List<ConfigMap> configMaps) {
        Container container = deployment.getSpec().getTemplate().getSpec().getContainers().get(0);
        Map<String, EnvSource> env = new LinkedHashMap<>();
        for (EnvFromSource from : container.getEnvFrom()) {
            if (from.getConfigMapRef() == null) {
                throw new AssertionError(deployment.getMetadata().getName() + ": envFrom other than a ConfigMap");
            }
            String name = from.getConfigMapRef().getName();
            ConfigMap map = configMaps.stream().filter(c -> c.getMetadata().getName().equals(name)).findFirst()
                    .orElseThrow(() -> new AssertionError(deployment.getMetadata().getName() + " reads ConfigMap " + name
                            + ", which the chart does not render"));
            map.getData().forEach((k, v) -> env.put(k, EnvSource.literal(EnvSource.Kind.CONFIG_MAP, v)));
        }
        for (EnvVar var : container.getEnv()) {
            if (var.getValueFrom() == null) {
                env.put(var.getName(), EnvSource.literal(EnvSource.Kind.LITERAL, var.getValue()));
            } else if (var.getValueFrom().getSecretKeyRef() != null) {
                var ref = var.getValueFrom().getSecretKeyRef();
                env.put(var.getName(), EnvSource.secret(ref.getName(), ref.getKey(), Boolean.TRUE.equals(ref.getOptional())));
            } else {
                env.put(var.getName(), EnvSource.literal(EnvSource.Kind.OTHER, null));
            }
        }
        return env;
    }
}
