package org.collections.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders the chart for a single-host run ({@code bin/kube-smoke}) and keeps what {@code podman kube play} runs:
 * ConfigMaps, Secrets and Deployments, in that order. Every object is first parsed strictly (see {@link Manifests}),
 * so what is played is what the tests check, with two changes for podman 4.3:
 * <ul>
 * <li>It reads a Secret in two formats: for environment variables a JSON map of base64 values, for volumes a
 * Kubernetes Secret whose data it does not decode (and it fails on a Secret volume that does not say whether it is
 * optional). So each Secret volume names {@code <secret>}{@value #FILES_SUFFIX}, which bin/kube-smoke creates in the
 * volume format, and says {@code optional: false}, which Kubernetes assumes anyway.</li>
 * <li>It turns container ports into port mappings, which a pod on the host's network cannot have. There the ports are
 * the host's anyway, so they are left out.</li>
 * </ul>
 *
 * <p>Arguments: {@code OUTPUT VALUES_FILE... [--set key=value]...}
 */
public final class SingleHostManifests {

    static final List<String> PLAYED_KINDS = List.of("ConfigMap", "Secret", "Deployment");
    static final String FILES_SUFFIX = "-files";
    private static final YAMLMapper YAML = YAMLMapper.builder(new YAMLFactory())
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER).build();

    private SingleHostManifests() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: OUTPUT VALUES_FILE... [--set key=value]...");
        }
        Path output = Path.of(args[0]);
        List<Path> valuesFiles = new ArrayList<>();
        Map<String, String> settings = new LinkedHashMap<>();
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--set") && i + 1 < args.length) {
                String[] kv = args[++i].split("=", 2);
                settings.put(kv[0], kv.length > 1 ? kv[1] : "");
            } else {
                valuesFiles.add(Path.of(args[i]).toAbsolutePath());
            }
        }
        String rendered = Chart.render(valuesFiles, settings);
        Manifests.parse(rendered);
        Files.writeString(output, played(rendered));
        System.err.println("[kube-smoke] rendered " + String.join(", ", PLAYED_KINDS) + " to " + output);
    }

    /** The documents of {@code rendered} that podman kube play runs, ConfigMaps and Secrets before the Deployments. */
    static String played(String rendered) throws IOException {
        StringBuilder out = new StringBuilder();
        for (String kind : PLAYED_KINDS) {
            for (String document : rendered.split("(?m)^---\\s*$")) {
                JsonNode node = YAML.readTree(document);
                if (node != null && kind.equals(node.path("kind").asText())) {
                    out.append("---\n").append(YAML.writeValueAsString(forPodman(node)));
                }
            }
        }
        return out.toString();
    }

    private static JsonNode forPodman(JsonNode object) {
        JsonNode pod = object.path("spec").path("template").path("spec");
        if (pod.path("hostNetwork").asBoolean()) {
            pod.path("containers").forEach(container -> ((ObjectNode) container).remove("ports"));
        }
        for (JsonNode volume : pod.path("volumes")) {
            if (volume.get("secret") instanceof ObjectNode secret) {
                secret.put("secretName", secret.path("secretName").asText() + FILES_SUFFIX);
                if (!secret.has("optional")) {
                    secret.put("optional", false);
                }
            }
        }
        return object;
    }
}
