package org.collections.commons.tracing;

import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The W3C {@code traceparent} of a trace context as text, to keep it where work continues later (outbox events). */
public final class TraceParents {

    private static final String HEADER = "traceparent";

    private static final TextMapGetter<String> STORED = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(String carrier) {
            return List.of(HEADER);
        }

        @Override
        public String get(String carrier, String key) {
            return HEADER.equals(key) ? carrier : null;
        }
    };

    private TraceParents() {
    }

    /** The current span's {@code traceparent}, or an empty string outside any trace. */
    public static String current() {
        Map<String, String> fields = new HashMap<>();
        W3CTraceContextPropagator.getInstance().inject(Context.current(), fields, Map::put);
        return fields.getOrDefault(HEADER, "");
    }

    /** The context a stored {@code traceparent} names; a new trace (the root context) when there is none or it is invalid. */
    public static Context parse(String traceParent) {
        if (traceParent == null || traceParent.isEmpty()) {
            return Context.root();
        }
        return W3CTraceContextPropagator.getInstance().extract(Context.root(), traceParent, STORED);
    }
}
