package org.collections.gateway.problems;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/** The problem types the platform answers with, read from {@code problems/catalogue.yaml} (one entry per slug). */
public final class ProblemCatalogue {

    public static final String RESOURCE = "problems/catalogue.yaml";
    public static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final Map<String, ProblemType> types;

    private ProblemCatalogue(Map<String, ProblemType> types) {
        this.types = Collections.unmodifiableMap(types);
    }

    public static ProblemCatalogue load() {
        try (InputStream in = ProblemCatalogue.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return parse(new YAMLMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fails on an entry without its title, status, meaning, causes or action, so no page ships half written. */
    static ProblemCatalogue parse(JsonNode root) {
        Map<String, ProblemType> types = new TreeMap<>();
        root.properties().forEach(entry -> {
            String slug = entry.getKey();
            JsonNode node = entry.getValue();
            if (!SLUG.matcher(slug).matches()) {
                throw new IllegalStateException("problem slug " + slug + " is not lower-case words joined by '-'");
            }
            List<Integer> status = new ArrayList<>();
            node.path("status").forEach(s -> status.add(s.asInt()));
            List<String> causes = new ArrayList<>();
            node.path("causes").forEach(c -> causes.add(c.asText()));
            ProblemType type = new ProblemType(slug, text(node, slug, "title"), List.copyOf(status),
                    text(node, slug, "meaning"), List.copyOf(causes), text(node, slug, "action"));
            if (status.isEmpty() || status.stream().anyMatch(s -> s < 400 || s > 599) || causes.isEmpty()) {
                throw new IllegalStateException("problem " + slug + " needs its statuses (4xx/5xx) and causes");
            }
            types.put(slug, type);
        });
        return new ProblemCatalogue(types);
    }

    private static String text(JsonNode node, String slug, String field) {
        String value = node.path(field).asText("").strip();
        if (value.isEmpty()) {
            throw new IllegalStateException("problem " + slug + " has no " + field);
        }
        return value;
    }

    public Optional<ProblemType> find(String slug) {
        return Optional.ofNullable(types.get(slug));
    }

    /** Every type, ordered by slug. */
    public List<ProblemType> all() {
        return List.copyOf(types.values());
    }
}
