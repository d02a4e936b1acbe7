package org.collections.k8s;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Renders each scenario once per test run (Helm runs in process; the tests share its output). */
final class Rendered {

    private static final Map<String, Manifests> CACHE = new ConcurrentHashMap<>();

    private Rendered() {
    }

    static Manifests of(Scenario scenario) {
        return CACHE.computeIfAbsent(scenario.name(), n -> scenario.render());
    }
}
