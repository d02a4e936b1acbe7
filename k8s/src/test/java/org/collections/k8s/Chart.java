package org.collections.k8s;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import com.marcnuri.helm.TemplateCommand;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The umbrella chart, linted and rendered by real Helm (helm-java runs Helm's Go code in process; no network). */
public final class Chart {

    /** The chart; relative to the k8s module (Surefire's working directory) unless {@code collections.chart.dir} says. */
    public static final Path DIR = Path.of(System.getProperty("collections.chart.dir", "helm/collections")).toAbsolutePath();
    public static final String RELEASE = "collections";
    public static final String NAMESPACE = "collections";
    public static final List<String> SERVICES = List.of("gateway", "case-service", "contact-service", "plan-service");
    /** Only what the default values leave open (each service's Secret and database), nothing else. */
    public static final Map<String, String> MINIMAL_SETTINGS = minimalSettings();

    private Chart() {
    }

    /** The project version, which is the chart's appVersion and the default image tag (set by the Maven build). */
    public static String projectVersion() {
        String version = System.getProperty("project.version");
        if (version == null) {
            throw new IllegalStateException("run through Maven: the test reads project.version");
        }
        return version;
    }

    public static Path valuesFile(String name) {
        Path file = DIR.resolve(name);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no values file " + file);
        }
        return file;
    }

    public static LintResult lint() {
        return new Helm(DIR).lint().strict().call();
    }

    /** {@code helm template} with these values files and {@code --set}s; Helm's error message when it fails. */
    public static String render(List<Path> valuesFiles, Map<String, String> settings) {
        TemplateCommand template = new Helm(DIR).template().withName(RELEASE).withNamespace(NAMESPACE)
                .withKubeVersion("1.31.0");
        valuesFiles.forEach(template::withValuesFile);
        settings.forEach(template::set);
        return template.call();
    }

    public static Manifests renderParsed(List<Path> valuesFiles, Map<String, String> settings) {
        return Manifests.parse(render(valuesFiles, settings));
    }

    public static Map<String, String> with(Map<String, String> base, String... keyValues) {
        Map<String, String> all = new LinkedHashMap<>(base);
        for (int i = 0; i < keyValues.length; i += 2) {
            all.put(keyValues[i], keyValues[i + 1]);
        }
        return all;
    }

    private static Map<String, String> minimalSettings() {
        Map<String, String> settings = new LinkedHashMap<>();
        for (String service : SERVICES) {
            settings.put(service + ".secrets.existingSecret", service + "-keys");
            settings.put(service + ".database.external.host", service + "-db.example");
            settings.put(service + ".database.external.existingSecret", service + "-db");
        }
        return Map.copyOf(settings);
    }
}
