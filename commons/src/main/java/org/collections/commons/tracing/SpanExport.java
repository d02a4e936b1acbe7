package org.collections.commons.tracing;

import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.quarkus.arc.lookup.LookupIfProperty;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * Spans leave the process only where an OTLP endpoint is configured ({@code QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT}, or
 * the traces-only {@code QUARKUS_OTEL_EXPORTER_OTLP_TRACES_ENDPOINT}). Without one, Quarkus sends them to its default,
 * {@value #QUARKUS_DEFAULT}, and logs a warning for every batch where no collector listens (quarkusio/quarkus#44200).
 * A span exporter bean takes the place of Quarkus' OTLP exporter, so this one, which drops every span, can be looked up
 * only while both endpoints are that default. Trace context is propagated and logged either way.
 */
@Singleton
public class SpanExport {

    /** Quarkus' value for an unset endpoint (so a collector on this host is named without the final slash). */
    static final String QUARKUS_DEFAULT = "http://localhost:4317/";

    @Produces
    @Singleton
    @LookupIfProperty(name = "quarkus.otel.exporter.otlp.endpoint", stringValue = QUARKUS_DEFAULT, lookupIfMissing = true)
    @LookupIfProperty(name = "quarkus.otel.exporter.otlp.traces.endpoint", stringValue = QUARKUS_DEFAULT, lookupIfMissing = true)
    SpanExporter dropSpansWithoutAnEndpoint() {
        return SpanExporter.composite();
    }
}
