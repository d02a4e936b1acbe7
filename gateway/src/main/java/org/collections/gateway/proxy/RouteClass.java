package org.collections.gateway.proxy;

import java.time.Duration;

/**
 * The limits a group of routes shares ({@code gateway.route-classes.<name>.*}): how long to wait for a connection to
 * the upstream and for its response headers, and how many body bytes a request may stream.
 */
public record RouteClass(String name, Duration connectTimeout, Duration responseTimeout, long maxBodyBytes) {
}
