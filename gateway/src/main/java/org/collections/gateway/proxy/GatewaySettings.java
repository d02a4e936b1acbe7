package org.collections.gateway.proxy;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.Config;

/**
 * The proxy's configuration, read once at startup: upstream addresses ({@code gateway.upstreams.<name>.url}), route
 * classes ({@code gateway.route-classes.<name>.*}) and the routing table ({@code gateway.routes.<name>.*}). Read
 * through the plain Config API rather than a mapping of the {@code gateway} prefix, which other parts of the gateway
 * share.
 */
@ApplicationScoped
public class GatewaySettings {

    private static final Pattern UPSTREAM = Pattern.compile("gateway\\.upstreams\\.([^.]+)\\.url");
    private static final Pattern ROUTE_CLASS = Pattern.compile("gateway\\.route-classes\\.([^.]+)\\.[^.]+");

    private final Map<String, URI> upstreams;
    private final Map<String, RouteClass> classes;
    private final RoutingTable routes;

    public GatewaySettings(Config config) {
        Map<String, String> properties = new HashMap<>();
        for (String name : config.getPropertyNames()) {
            if (name.startsWith("gateway.")) {
                config.getOptionalValue(name, String.class).ifPresent(v -> properties.put(name, v));
            }
        }
        Map<String, URI> upstreams = new TreeMap<>();
        Map<String, RouteClass> classes = new TreeMap<>();
        properties.forEach((key, value) -> {
            Matcher u = UPSTREAM.matcher(key);
            if (u.matches()) {
                upstreams.put(u.group(1), URI.create(value));
            }
            Matcher c = ROUTE_CLASS.matcher(key);
            if (c.matches()) {
                String name = c.group(1);
                String prefix = "gateway.route-classes." + name + ".";
                classes.computeIfAbsent(name, n -> new RouteClass(n,
                        config.getValue(prefix + "connect-timeout", Duration.class),
                        config.getValue(prefix + "response-timeout", Duration.class),
                        config.getValue(prefix + "max-body-bytes", Long.class)));
            }
        });
        if (!classes.containsKey("default")) {
            throw new IllegalStateException("gateway.route-classes.default.* is missing");
        }
        this.upstreams = Map.copyOf(upstreams);
        this.classes = Map.copyOf(classes);
        this.routes = RoutingTable.fromProperties(properties, upstreams.keySet(), classes.keySet());
    }

    public Map<String, URI> upstreams() {
        return upstreams;
    }

    public RouteClass routeClass(String name) {
        return classes.get(name);
    }

    public RoutingTable routes() {
        return routes;
    }
}
