package org.collections.gateway.proxy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which upstream owns a request, from the rules {@code gateway.routes.<name>.upstream / .paths / .methods / .class}.
 * The most specific matching pattern wins (see {@link PathPattern#compareTo}); between equally specific patterns a
 * rule that lists methods beats one that does not. Two rules claiming the same pattern and method are a
 * configuration error refused at startup, so the order of the properties never matters. A rule whose upstream is
 * {@code local} keeps its paths for the gateway's own endpoints (e.g. partner webhook registrations under a prefix a
 * service owns).
 */
public final class RoutingTable {

    private static final Pattern ROUTE_PROPERTY = Pattern.compile("gateway\\.routes\\.([^.]+)\\.(upstream|paths|methods|class)");

    private record Entry(PathPattern pattern, Route route) {
    }

    private final List<Entry> entries;

    private RoutingTable(List<Entry> entries) {
        this.entries = entries;
    }

    /** Builds the table from flat properties (name → value), checking every rule names a known upstream and class. */
    public static RoutingTable fromProperties(Map<String, String> properties, Set<String> upstreams, Set<String> classes) {
        Map<String, Map<String, String>> rules = new TreeMap<>();
        properties.forEach((key, value) -> {
            Matcher m = ROUTE_PROPERTY.matcher(key);
            if (m.matches()) {
                rules.computeIfAbsent(m.group(1), k -> new TreeMap<>()).put(m.group(2), value);
            }
        });
        List<Entry> entries = new ArrayList<>();
        Set<String> claimed = new HashSet<>();
        rules.forEach((name, rule) -> {
            String upstream = rule.get("upstream");
            if (upstream == null || !(upstreams.contains(upstream) || Route.LOCAL.equals(upstream))) {
                throw new IllegalStateException("gateway.routes." + name + ".upstream must be one of " + upstreams
                        + " or " + Route.LOCAL);
            }
            String routeClass = rule.getOrDefault("class", "default");
            if (!classes.contains(routeClass)) {
                throw new IllegalStateException("gateway.routes." + name + ".class must be one of " + classes);
            }
            Set<String> methods = new HashSet<>();
            for (String method : list(rule.get("methods"))) {
                methods.add(method.toUpperCase(Locale.ROOT));
            }
            Route route = new Route(name, upstream, routeClass, Set.copyOf(methods));
            List<String> paths = list(rule.get("paths"));
            if (paths.isEmpty()) {
                throw new IllegalStateException("gateway.routes." + name + ".paths is empty");
            }
            for (String path : paths) {
                PathPattern pattern = PathPattern.parse(path);
                for (String method : methods.isEmpty() ? Set.of("*") : methods) {
                    if (!claimed.add(String.join("/", pattern.segments()) + " " + method)) {
                        throw new IllegalStateException("Two routes claim " + method + " " + path);
                    }
                }
                entries.add(new Entry(pattern, route));
            }
        });
        entries.sort(Comparator.comparing(Entry::pattern).thenComparing(e -> e.route().methods().isEmpty()));
        return new RoutingTable(List.copyOf(entries));
    }

    public Optional<Route> match(String method, String path) {
        List<String> segments = PathPattern.split(path);
        for (Entry entry : entries) {
            if (entry.pattern().matches(segments)
                    && (entry.route().methods().isEmpty() || entry.route().methods().contains(method))) {
                return Optional.of(entry.route());
            }
        }
        return Optional.empty();
    }

    private static List<String> list(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
