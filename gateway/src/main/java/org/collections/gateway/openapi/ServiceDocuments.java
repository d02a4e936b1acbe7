package org.collections.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.smallrye.openapi.runtime.OpenApiDocumentService;
import io.smallrye.mutiny.Uni;
import io.smallrye.openapi.runtime.io.Format;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.ext.web.client.WebClient;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The services' OpenAPI documents as the gateway last fetched them from {@code <upstream>/q/openapi}, merged with the
 * gateway's own. A service that does not answer keeps its last good document; one that never answered is listed as
 * unavailable and asked again every {@code gateway.openapi.retry-interval}, so the merged document completes itself
 * when the service comes back. Every document is fetched again every {@code gateway.openapi.refresh-interval}.
 * A document is read from {@code <gateway.upstreams.NAME.url>/q/openapi?format=json}, or from
 * {@code gateway.openapi.document-urls.NAME} where one is configured.
 */
@ApplicationScoped
public class ServiceDocuments {

    private static final Logger LOG = Logger.getLogger(ServiceDocuments.class);
    static final String GATEWAY = "gateway";

    @Inject
    Vertx vertx;

    @Inject
    OpenApiDocumentService ownDocument;

    @Inject
    Config config;

    @Inject
    Clock clock;

    @ConfigProperty(name = "gateway.openapi.services", defaultValue = "case,contact,plan")
    List<String> services;

    @ConfigProperty(name = "gateway.openapi.fetch-timeout", defaultValue = "2s")
    Duration fetchTimeout;

    @ConfigProperty(name = "gateway.openapi.refresh-interval", defaultValue = "60s")
    Duration refreshInterval;

    private final Map<String, JsonNode> lastGood = new ConcurrentHashMap<>();
    private volatile WebClient client;
    private volatile Instant lastFullRefresh = Instant.EPOCH;
    private volatile OpenApiMerger.Result merged;

    void onStart(@Observes StartupEvent event) {
        client = WebClient.create(vertx, new WebClientOptions()
                .setConnectTimeout((int) fetchTimeout.toMillis()).setIdleTimeout(30));
        refresh(true).subscribe().with(ignored -> { }, e -> LOG.warn("OpenAPI refresh failed", e));
    }

    @PreDestroy
    void close() {
        if (client != null) {
            client.close();
        }
    }

    @Scheduled(every = "${gateway.openapi.retry-interval:5s}", delayed = "${gateway.openapi.retry-interval:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        boolean all = !clock.instant().isBefore(lastFullRefresh.plus(refreshInterval));
        return refresh(all);
    }

    /** The merged document of what is known now (recomputed only after a document changed). */
    public OpenApiMerger.Result merged() {
        OpenApiMerger.Result current = merged;
        if (current == null) {
            synchronized (this) {
                if (merged == null) {
                    merged = merge();
                }
                current = merged;
            }
        }
        return current;
    }

    /** Fetches every service's document ({@code all}) or only the missing ones. */
    Uni<Void> refresh(boolean all) {
        if (client == null) {
            return Uni.createFrom().voidItem();
        }
        if (all) {
            lastFullRefresh = clock.instant();
        }
        List<Uni<Void>> fetches = new ArrayList<>();
        for (String service : services) {
            if (all || !lastGood.containsKey(service)) {
                fetches.add(fetch(service));
            }
        }
        return fetches.isEmpty() ? Uni.createFrom().voidItem()
                : Uni.join().all(fetches).andCollectFailures().replaceWithVoid();
    }

    private Uni<Void> fetch(String service) {
        String url = config.getOptionalValue("gateway.openapi.document-urls." + service, String.class)
                .orElseGet(() -> config.getValue("gateway.upstreams." + service + ".url", String.class)
                        + "/q/openapi?format=json");
        return client.getAbs(url).putHeader(HttpHeaders.ACCEPT.toString(), "application/json")
                .timeout(fetchTimeout.toMillis()).send()
                .map(response -> {
                    if (response.statusCode() != 200) {
                        throw new IllegalStateException("answered " + response.statusCode());
                    }
                    JsonNode document = PlatformApi.parse(response.bodyAsString(StandardCharsets.UTF_8.name()));
                    if (!document.path("openapi").isTextual() || !document.path("paths").isObject()) {
                        throw new IllegalStateException("answered something that is not an OpenAPI document");
                    }
                    return document;
                })
                .onItem().invoke(document -> accept(service, document))
                .onFailure().invoke(e -> LOG.debugf("No OpenAPI document from %s: %s", service, e.getMessage()))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }

    private void accept(String service, JsonNode document) {
        JsonNode previous = lastGood.put(service, document);
        if (!document.equals(previous)) {
            if (previous == null) {
                LOG.infof("OpenAPI document of %s-service included in the merged document", service);
            }
            synchronized (this) {
                merged = null;
            }
        }
    }

    private OpenApiMerger.Result merge() {
        List<OpenApiMerger.Source> sources = new ArrayList<>();
        List<String> unavailable = new ArrayList<>();
        Map<String, JsonNode> documents = new LinkedHashMap<>();
        services.forEach(service -> documents.put(service + "-service", lastGood.get(service)));
        documents.put(GATEWAY, gatewayDocument());
        documents.forEach((name, document) -> {
            if (document == null) {
                unavailable.add(name);
            } else {
                sources.add(OpenApiMerger.Source.of(name, document));
            }
        });
        OpenApiMerger.Result result = PlatformApi.merger().merge(sources, unavailable);
        if (!result.conflicts().isEmpty()) {
            LOG.errorf("The services' OpenAPI documents conflict; the first document keeps each conflicting item: %s",
                    result.conflicts());
        }
        return result;
    }

    private JsonNode gatewayDocument() {
        try {
            return PlatformApi.parse(new String(ownDocument.getDocument("<default>", Format.JSON), StandardCharsets.UTF_8));
        } catch (RuntimeException e) {
            LOG.warn("The gateway's own OpenAPI document is not available", e);
            return null;
        }
    }
}
