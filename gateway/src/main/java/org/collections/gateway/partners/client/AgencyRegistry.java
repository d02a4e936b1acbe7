package org.collections.gateway.partners.client;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.ext.web.client.HttpResponse;
import io.vertx.mutiny.ext.web.client.WebClient;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import org.collections.commons.problem.DependencyUnavailableException;
import org.collections.commons.problem.ProblemException;
import org.collections.gateway.partners.config.PartnersConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * case-service's agency registry, asked with the admin's own token when a certificate or a client is registered:
 * only a registered ACTIVE agency gets one. Not asked per request: a suspended agency keeps working the cases
 * already placed with it (case-service's rule), and its certificates and clients are removed by an admin.
 */
@ApplicationScoped
public class AgencyRegistry {

    static final String DEPENDENCY = "case-service";
    static final int RETRY_AFTER_SECONDS = 5;
    private static final Logger LOG = Logger.getLogger(AgencyRegistry.class);

    private final WebClient client;
    private final URI base;
    private final PartnersConfig config;

    public AgencyRegistry(Vertx vertx, @ConfigProperty(name = "gateway.upstreams.case.url") URI base,
            PartnersConfig config) {
        this.client = WebClient.create(vertx);
        this.base = base;
        this.config = config;
    }

    /** Completes when {@code agencyId} is registered and ACTIVE; a 422 on {@code agencyId} otherwise. */
    public Uni<Void> requireActive(String agencyId, String authorization) {
        var request = client.getAbs(base.resolve("/api/v1/agencies/" + agencyId).toString())
                .putHeader("Accept", "application/json");
        if (authorization != null) {
            request.putHeader("Authorization", authorization);
        }
        return request.send()
                .ifNoItem().after(config.registryTimeout()).fail()
                .onFailure().transform(e -> {
                    LOG.warnf("case-service agency registry unavailable: %s", e.toString());
                    return new DependencyUnavailableException(DEPENDENCY, RETRY_AFTER_SECONDS, e);
                })
                .map(AgencyRegistry::check);
    }

    private static Void check(HttpResponse<?> response) {
        switch (response.statusCode()) {
            case 200 -> {
                String status = statusOf(response);
                if (!"ACTIVE".equals(status)) {
                    throw ProblemException.unprocessableField("agency-not-active", "Agency not active", "agencyId",
                            "the agency is " + status + " in case-service; only an ACTIVE agency gets certificates or clients");
                }
                return null;
            }
            case 404 -> throw ProblemException.unprocessableField("agency-not-registered", "Agency not registered",
                    "agencyId", "no such agency is registered in case-service; an admin registers it with "
                            + "POST /api/v1/agencies first");
            case 401 -> throw new ProblemException(401, "unauthorized", "Unauthorized",
                    DEPENDENCY + " did not accept the caller's token");
            case 403 -> throw ProblemException.forbidden(DEPENDENCY + " does not let the caller read the agency registry");
            default -> {
                if (response.statusCode() >= 500) {
                    throw new DependencyUnavailableException(DEPENDENCY, RETRY_AFTER_SECONDS, null);
                }
                throw new ProblemException(502, "dependency-error", "Bad gateway",
                        DEPENDENCY + " rejected the agency lookup (HTTP " + response.statusCode() + ")");
            }
        }
    }

    private static String statusOf(HttpResponse<?> response) {
        try {
            JsonObject body = response.bodyAsJsonObject();
            return body == null ? "UNKNOWN" : body.getString("status", "UNKNOWN");
        } catch (RuntimeException e) {
            return "UNKNOWN";
        }
    }

    @PreDestroy
    void close() {
        client.close();
    }
}
