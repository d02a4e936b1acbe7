package org.collections.commons.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.vertx.core.tracing.TracingPolicy;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.mutiny.core.MultiMap;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.ext.web.client.HttpResponse;
import io.vertx.mutiny.ext.web.client.WebClient;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import org.jboss.logging.Logger;

/**
 * The service's own bearer token: a client-credential token of the gateway's {@code /oauth2/token} for the service's
 * client id and secret ({@link ServiceIdentityConfig}). Kept until two thirds of its lifetime have passed, shared by
 * concurrent callers while it is being fetched, forgotten when a callee refuses it. The secret is never logged.
 */
@ApplicationScoped
public class ServiceCredentials {

    private static final Logger LOG = Logger.getLogger(ServiceCredentials.class);

    private record Token(String authorization, Instant renewAt) {
    }

    private final ServiceIdentityConfig config;
    private final ObjectMapper mapper;
    private final WebClient client;
    // Token lifetimes are the issuer's wall-clock times, never the (test-movable) business clock.
    private final Clock clock = Clock.systemUTC();
    private volatile Token current;
    private volatile String previous;
    private Uni<Token> pending;

    public ServiceCredentials(ServiceIdentityConfig config, ObjectMapper mapper, Vertx vertx) {
        this.config = config;
        this.mapper = mapper;
        this.client = WebClient.create(vertx, new WebClientOptions().setTracingPolicy(TracingPolicy.IGNORE));
    }

    @PreDestroy
    void close() {
        client.close();
    }

    /** The value of an {@code Authorization} header with the service's own token. */
    public Uni<String> authorization() {
        Token token = current;
        if (token != null && clock.instant().isBefore(token.renewAt())) {
            return Uni.createFrom().item(token.authorization());
        }
        return fetch().map(Token::authorization);
    }

    /** Whether {@code authorization} carries a token of this service's (the current one or the one before). */
    public boolean isOwn(String authorization) {
        Token token = current;
        return authorization != null && (token != null && authorization.equals(token.authorization())
                || authorization.equals(previous));
    }

    /** Forgets {@code authorization} when it is the current token, so that the next call fetches a new one. */
    public void refused(String authorization) {
        Token token = current;
        if (token != null && token.authorization().equals(authorization)) {
            LOG.warnf("A service token of %s was refused; fetching a new one", config.clientId());
            current = null;
        }
    }

    private synchronized Uni<Token> fetch() {
        if (pending == null) {
            pending = request().onItemOrFailure().invoke((token, failure) -> {
                synchronized (this) {
                    pending = null;
                }
                if (token != null) {
                    Token old = current;
                    previous = old == null ? null : old.authorization();
                    current = token;
                }
            }).memoize().indefinitely();
        }
        return pending;
    }

    private Uni<Token> request() {
        String secret = config.clientSecret().filter(s -> !s.isBlank()).orElse(null);
        String url = config.tokenUrl().filter(s -> !s.isBlank()).orElse(null);
        if (secret == null || url == null) {
            return Uni.createFrom().failure(new ServiceIdentityException(config.clientId()
                    + " has no identity of its own (service-identity.client-secret and service-identity.token-url,"
                    + " SERVICE_CLIENT_SECRET): a call on nobody's behalf cannot be made"));
        }
        String basic = Base64.getEncoder().encodeToString((form(config.clientId()) + ":" + form(secret))
                .getBytes(StandardCharsets.UTF_8));
        Instant asked = clock.instant();
        return client.postAbs(url).timeout(config.timeout().toMillis())
                .putHeader("Authorization", "Basic " + basic)
                .putHeader("Accept", "application/json")
                .sendForm(MultiMap.caseInsensitiveMultiMap().add("grant_type", "client_credentials"))
                .onFailure().transform(e -> new ServiceIdentityException("The token endpoint " + url
                        + " cannot be reached: " + e, e))
                .map(response -> token(response, asked));
    }

    private Token token(HttpResponse<?> response, Instant asked) {
        if (response.statusCode() != 200) {
            throw new ServiceIdentityException("The token endpoint refused the credentials of " + config.clientId()
                    + " (HTTP " + response.statusCode() + ")");
        }
        try {
            JsonNode body = mapper.readTree(response.bodyAsString());
            String accessToken = body.path("access_token").asText("");
            long lifetime = body.path("expires_in").asLong(0);
            if (accessToken.isEmpty() || lifetime <= 0) {
                throw new ServiceIdentityException("The token endpoint answered without access_token or expires_in");
            }
            LOG.debugf("Service token of %s obtained, valid for %d s", config.clientId(), lifetime);
            return new Token("Bearer " + accessToken, asked.plusSeconds(lifetime * 2 / 3));
        } catch (IOException e) {
            throw new ServiceIdentityException("The token endpoint answered with no JSON", e);
        }
    }

    private static String form(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
