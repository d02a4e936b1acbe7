package org.collections.gateway.webhooks.client;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.ext.web.client.HttpResponse;
import io.vertx.mutiny.ext.web.client.WebClient;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.collections.gateway.tokens.ServiceToken;
import org.collections.gateway.webhooks.config.WebhooksConfig;
import org.collections.gateway.webhooks.domain.Holding;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * case-service's placement history of a case ({@code GET /api/v1/cases/{id}/placements}), read with the gateway's own
 * token. An unknown case has no history. Any other answer, or none within the timeout, fails: the event being routed
 * is then redelivered by its relay later, never sent on a guess.
 */
@ApplicationScoped
public class CaseHoldings {

    /** A case has a handful of placements; case-service's page limit. */
    static final int PAGE_LIMIT = 200;

    private final WebClient client;
    private final URI base;
    private final ServiceToken token;
    private final Duration timeout;

    public CaseHoldings(Vertx vertx, @ConfigProperty(name = "gateway.upstreams.case.url") URI base, ServiceToken token,
            WebhooksConfig config) {
        this.client = WebClient.create(vertx);
        this.base = base;
        this.token = token;
        this.timeout = config.holderCheckTimeout();
    }

    public Uni<List<Holding>> history(UUID caseId) {
        return client.getAbs(base.resolve("/api/v1/cases/" + caseId + "/placements?limit=" + PAGE_LIMIT).toString())
                .putHeader("Accept", "application/json")
                .putHeader("Authorization", token.authorization())
                .send()
                .ifNoItem().after(timeout).failWith(() -> new HolderUnknownException(caseId, "no answer within " + timeout))
                .onFailure(e -> !(e instanceof HolderUnknownException))
                .transform(e -> new HolderUnknownException(caseId, e.toString()))
                .map(response -> holdings(caseId, response));
    }

    private static List<Holding> holdings(UUID caseId, HttpResponse<?> response) {
        if (response.statusCode() == 404) {
            return List.of();
        }
        if (response.statusCode() != 200) {
            throw new HolderUnknownException(caseId, "case-service answered HTTP " + response.statusCode());
        }
        JsonObject page = response.bodyAsJsonObject();
        if (page.getString("nextCursor") != null) {
            throw new HolderUnknownException(caseId, "more than " + PAGE_LIMIT + " placements");
        }
        JsonArray items = page.getJsonArray("items", new JsonArray());
        List<Holding> history = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            JsonObject p = items.getJsonObject(i);
            String recalledAt = p.getString("recalledAt");
            history.add(new Holding(p.getString("agencyId"), Instant.parse(p.getString("placedAt")),
                    recalledAt == null ? null : Instant.parse(recalledAt)));
        }
        return history;
    }

    @PreDestroy
    void close() {
        client.close();
    }
}
