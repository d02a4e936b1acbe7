package org.collections.gateway.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * Without an OTLP endpoint (locally, in tests) spans are dropped: the one span exporter is the one that discards them,
 * which keeps Quarkus' OTLP exporter from calling a collector that is not there. {@link CollectorExportTest} shows the
 * other side.
 */
@QuarkusTest
class SpanExportTest {

    @Inject
    @Any
    Instance<SpanExporter> exporters;

    @Test
    void withoutAnEndpointTheOnlySpanExporterDropsEverySpan() {
        assertThat(exporters.stream().toList()).singleElement().isSameAs(SpanExporter.composite());
    }
}
