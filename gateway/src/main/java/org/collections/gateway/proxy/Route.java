package org.collections.gateway.proxy;

import java.util.Set;

/**
 * One rule of the routing table ({@code gateway.routes.<name>.*}): requests whose path matches one of its patterns
 * (and whose method is one of {@code methods}, when listed) go to {@code upstream}, with the limits of
 * {@code routeClass}.
 */
public record Route(String name, String upstream, String routeClass, Set<String> methods) {

    /** The upstream name of rules whose paths the gateway serves itself. */
    public static final String LOCAL = "local";

    public boolean local() {
        return LOCAL.equals(upstream);
    }
}
