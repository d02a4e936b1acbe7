package org.collections.cases.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.collections.cases.CaseApi.openCase;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.Map;
import org.collections.commons.outbox.OutboxBacklogGauge;
import org.collections.testsupport.Jdbc;
import org.collections.testsupport.PrometheusMetrics;
import org.junit.jupiter.api.Test;

/** The metrics the chart's alerts and dashboard use (k8s/src/test/resources/exposed-metrics.properties). */
@QuarkusTest
class ServiceMetricsTest {

    @TestHTTPResource(value = "/", management = true)
    URL managementRoot;

    @Inject
    OpenCasesGauge openCases;

    @Inject
    OutboxBacklogGauge backlog;

    @Test
    void requestTimersHaveHistogramBucketsForPercentiles() {
        openCase();
        PrometheusMetrics metrics = PrometheusMetrics.scrape(managementRoot);
        assertThat(metrics.has("http_server_requests_seconds_bucket", Map.of("uri", "/api/v1/cases", "le", "0.25")))
                .isTrue();
        assertThat(metrics.has("http_server_requests_seconds_bucket", Map.of("uri", "/api/v1/cases", "le", "+Inf")))
                .isTrue();
        assertThat(metrics.value("http_server_requests_seconds_count", Map.of("uri", "/api/v1/cases"))).isPositive();
        // pool saturation is read from the reactive pool's figures
        assertThat(metrics.has("sql_pool_ratio", Map.of())).isTrue();
        assertThat(metrics.has("sql_pool_queue_size", Map.of())).isTrue();
    }

    @Test
    void openCasesAreCountedByBucket() throws Throwable {
        openCase();
        VertxContextSupport.subscribeAndAwait(() -> openCases.refresh());
        String bucket = (String) Jdbc.query("select bucket from collection_case where status <> 'CLOSED' limit 1").get(0)
                .get("bucket");
        long inDatabase = Jdbc.count("select count(*) from collection_case where status <> 'CLOSED' and bucket = '"
                + bucket + "'");
        assertThat(PrometheusMetrics.scrape(managementRoot).value("cases_open", Map.of("bucket", bucket)))
                .isEqualTo((double) inDatabase).isPositive();
    }

    @Test
    void theOutboxBacklogIsTheAgeOfTheOldestUndeliveredEventPerSubscriber() throws Throwable {
        String id = openCase();
        // the test profile relays nothing by itself: the new case's events wait; make them an hour old
        Jdbc.query("update outbox_event set occurred_at = now() - interval '1 hour' where aggregate_id = '" + id
                + "' returning id");
        VertxContextSupport.subscribeAndAwait(() -> backlog.refresh());
        PrometheusMetrics metrics = PrometheusMetrics.scrape(managementRoot);
        assertThat(metrics.value("outbox_backlog_age_seconds", Map.of("subscriber", "contact"))).isGreaterThanOrEqualTo(3600);
        // the test profile routes no event to the gateway: nothing waits for it
        assertThat(metrics.has("outbox_backlog_age_seconds", Map.of("subscriber", "gateway"))).isTrue();
        assertThat(metrics.value("outbox_backlog_age_seconds", Map.of("subscriber", "gateway"))).isZero();
    }
}
