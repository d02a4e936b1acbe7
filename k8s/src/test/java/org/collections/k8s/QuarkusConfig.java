package org.collections.k8s;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A service's configuration as the prod profile sees it: commons' defaults (META-INF/microprofile-config.properties)
 * under the service's application.properties, without the other profiles' entries.
 */
final class QuarkusConfig {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(:([^}]*))?}");

    /** An environment variable the configuration reads, and its default (empty when none is given). */
    record Variable(String name, Optional<String> defaultValue) {
    }

    private final Map<String, String> properties;

    private QuarkusConfig(Map<String, String> properties) {
        this.properties = properties;
    }

    static QuarkusConfig of(String module) {
        Map<String, String> all = new LinkedHashMap<>();
        load(ROOT.resolve("commons/src/main/resources/META-INF/microprofile-config.properties"), all);
        load(ROOT.resolve(module + "/src/main/resources/application.properties"), all);
        return new QuarkusConfig(all);
    }

    private static void load(Path file, Map<String, String> into) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
        // plain keys first, then %prod. ones, which win in the prod profile the chart runs
        properties.stringPropertyNames().stream().filter(k -> !k.startsWith("%"))
                .forEach(k -> into.put(k, properties.getProperty(k)));
        properties.stringPropertyNames().stream().filter(k -> k.startsWith("%prod."))
                .forEach(k -> into.put(k.substring("%prod.".length()), properties.getProperty(k)));
    }

    Optional<String> get(String key) {
        return Optional.ofNullable(properties.get(key));
    }

    Map<String, String> properties() {
        return properties;
    }

    /** Every ${ENV} the prod configuration reads, with its default. */
    Map<String, Variable> variables() {
        Map<String, Variable> variables = new LinkedHashMap<>();
        for (String value : properties.values()) {
            Matcher m = VARIABLE.matcher(value);
            while (m.find()) {
                Optional<String> fallback = m.group(2) == null ? Optional.empty() : Optional.of(m.group(3));
                variables.merge(m.group(1), new Variable(m.group(1), fallback),
                        (a, b) -> a.defaultValue().isEmpty() ? a : b);
            }
        }
        return variables;
    }

    /** The value of a property, with ${ENV:default} resolved to its default. */
    Optional<String> resolvedDefault(String key) {
        return get(key).map(value -> VARIABLE.matcher(value).replaceAll(m -> Matcher.quoteReplacement(
                m.group(3) == null ? "" : m.group(3))));
    }

    /** The environment variable Quarkus maps onto a property (MicroProfile Config's rule). */
    static String environmentName(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(java.util.Locale.ROOT);
    }
}
