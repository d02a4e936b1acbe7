package org.collections.gateway.proxy;

import io.opentelemetry.api.OpenTelemetry;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.MultiMap;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.streams.Pipe;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.util.Collection;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeoutException;
import org.collections.gateway.edge.EdgeProblems;
import org.collections.gateway.ratelimit.RateLimits;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

/**
 * Proxies {@code /api/**} to the upstream the routing table names, with vertx-http-proxy's {@link ProxyRequest} and
 * {@link ProxyResponse} (headers copied without hop-by-hop ones, bodies piped both ways, never buffered). Around each
 * exchange: the request id, the client's rate limit, the upstream's circuit breaker, the route class's timeouts and
 * body limit, and problem+json for every way it can fail (429, 413, 502, 503, 504). A path no rule claims, or a
 * {@code local} rule claims, is passed on to the gateway's own handlers; if none answers, a 404.
 * <p>
 * Trace context is OpenTelemetry's: the request's server span continues the client's {@code traceparent} (or starts a
 * trace), and the upstream request, sent while that span is current, is a client span whose context Vert.x writes into
 * its headers. The client's own trace headers are not copied, or the upstream would receive them twice.
 */
@ApplicationScoped
public class ApiProxy {

    private static final Logger LOG = Logger.getLogger(ApiProxy.class);
    /** The status metrics record when the client left before the answer (nginx's 499; never sent). */
    static final int CLIENT_CLOSED_REQUEST = 499;

    private final Vertx vertx;
    private final GatewaySettings settings;
    private final Upstreams upstreams;
    private final RateLimits rateLimits;
    private final ProxyMetrics metrics;
    private final long retryAfterUnavailable;
    private final Collection<String> traceHeaders;

    public ApiProxy(Vertx vertx, GatewaySettings settings, Upstreams upstreams, RateLimits rateLimits,
            ProxyMetrics metrics, OpenTelemetry telemetry,
            @ConfigProperty(name = "gateway.retry-after-unavailable", defaultValue = "5") long retryAfterUnavailable) {
        this.vertx = vertx;
        this.settings = settings;
        this.upstreams = upstreams;
        this.rateLimits = rateLimits;
        this.metrics = metrics;
        this.retryAfterUnavailable = retryAfterUnavailable;
        this.traceHeaders = telemetry.getPropagators().getTextMapPropagator().fields();
    }

    void install(@Observes Router router) {
        router.route("/api/*").handler(this::handle);
        router.route("/api/*").order(Integer.MAX_VALUE - 100).handler(rc -> EdgeProblems.send(rc, 404, "not-found",
                "Not found", "No API operation is served at this path"));
    }

    void handle(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        var match = settings.routes().match(request.method().name(), request.path());
        if (match.isEmpty() || match.get().local()) {
            rc.next();
            return;
        }
        Route route = match.get();
        long started = System.nanoTime();
        request.pause();
        HttpServerResponse response = rc.response();
        String requestId = ForwardingHeaders.requestId(request.getHeader(ForwardingHeaders.REQUEST_ID));
        response.putHeader(ForwardingHeaders.REQUEST_ID, requestId);
        RouteClass routeClass = settings.routeClass(route.routeClass());

        RateLimits.Decision decision = rateLimits.take(clientOf(rc), routeClass.name());
        response.putHeader("RateLimit-Limit", Long.toString(decision.limit()))
                .putHeader("RateLimit-Remaining", Long.toString(decision.remaining()))
                .putHeader("RateLimit-Reset", Long.toString(decision.resetSeconds()))
                .putHeader("RateLimit-Policy", decision.limit() + ";w=" + decision.windowSeconds());
        if (!decision.allowed()) {
            response.putHeader("Retry-After", Long.toString(decision.retryAfterSeconds()));
            EdgeProblems.send(rc, 429, "rate-limited", "Too many requests",
                    "The rate limit of this client for this kind of request is used up; retry after the time in Retry-After");
            metrics.record(route, 429, started);
            return;
        }

        if (request.version() == HttpVersion.HTTP_2 && !request.isEnded()
                && !request.headers().contains(HttpHeaders.CONTENT_LENGTH)) {
            // vertx-http-proxy streams a body of unknown length to the upstream only when the client's headers say
            // chunked, which HTTP/2 requests never do; their body is just as much a stream of unknown length.
            request.headers().set(HttpHeaders.TRANSFER_ENCODING, HttpHeaders.CHUNKED);
        }
        ProxyRequest proxyRequest = ProxyRequest.reverseProxy(request);
        MultiMap headers = proxyRequest.headers();
        ForwardingHeaders.dropHopByHop(headers);
        headers.set(ForwardingHeaders.REQUEST_ID, requestId);
        traceHeaders.forEach(headers::remove);
        ForwardingHeaders.forwarded(headers, request);
        LimitedReadStream body = new LimitedReadStream(request, routeClass.maxBodyBytes());
        proxyRequest.setBody(Body.body(body, proxyRequest.getBody().length()));

        Upstreams.Upstream upstream = upstreams.get(route.upstream());
        Context context = vertx.getOrCreateContext();
        UpstreamCall call = new UpstreamCall(request::isEnded);
        CompletionStage<ProxyResponse> exchange;
        try {
            exchange = upstream.breaker().get(() -> exchange(upstream, proxyRequest, routeClass, body, response, call));
        } catch (RuntimeException e) {
            exchange = io.vertx.core.Future.<ProxyResponse>failedFuture(e).toCompletionStage();
        }
        exchange.whenComplete((proxyResponse, failure) -> context.runOnContext(v -> {
            if (failure == null) {
                respond(rc, route, proxyResponse, call, started);
            } else {
                fail(rc, route, unwrap(failure), body, started);
            }
        }));
    }

    private CompletionStage<ProxyResponse> exchange(Upstreams.Upstream upstream, ProxyRequest proxyRequest,
            RouteClass routeClass, LimitedReadStream body, HttpServerResponse edge, UpstreamCall call) {
        Promise<ProxyResponse> promise = Promise.promise();
        long timer = vertx.setTimer(routeClass.responseTimeout().toMillis(),
                id -> promise.tryFail(call.sent() ? new UpstreamTimeoutException() : new ConnectException("no connection in time")));
        RequestOptions options = new RequestOptions().setMethod(proxyRequest.getMethod()).setURI(proxyRequest.getURI())
                .setConnectTimeout(routeClass.connectTimeout().toMillis())
                .setIdleTimeout(routeClass.responseTimeout().toMillis());
        upstream.client().request(options)
                .compose(clientRequest -> {
                    call.sent(clientRequest);
                    Future<ProxyResponse> answer = proxyRequest.send(clientRequest);
                    // in place of vertx-http-proxy's handler, which resets the upstream request even once it has ended
                    edge.exceptionHandler(call::abandon);
                    return answer;
                })
                .onComplete(ar -> {
                    vertx.cancelTimer(timer);
                    if (ar.succeeded()) {
                        if (!promise.tryComplete(ar.result())) {
                            ar.result().release();
                        }
                    } else if (body.exceeded()) {
                        promise.tryFail(new BodyTooLargeException(routeClass.maxBodyBytes()));
                    } else {
                        promise.tryFail(edge.closed() ? new ClientGoneException() : ar.cause());
                    }
                });
        promise.future().onFailure(call::abandon);
        return promise.future().toCompletionStage();
    }

    /**
     * Relays the upstream's answer: status, end-to-end headers and the body, streamed. (vertx-http-proxy's own
     * {@code ProxyResponse.send} resets the upstream request when the client is gone, even after the whole answer
     * has arrived; see {@link UpstreamCall}.)
     */
    private void respond(RoutingContext rc, Route route, ProxyResponse proxyResponse, UpstreamCall call, long started) {
        HttpServerResponse edge = rc.response();
        if (edge.closed()) {
            proxyResponse.release();
            metrics.record(route, CLIENT_CLOSED_REQUEST, started);
            return;
        }
        MultiMap headers = proxyResponse.headers();
        ForwardingHeaders.dropHopByHop(headers);
        headers.remove(ForwardingHeaders.REQUEST_ID);
        int status = proxyResponse.getStatusCode();
        edge.setStatusCode(status).headers().addAll(headers);
        Body body = proxyResponse.getBody();
        if (body.length() >= 0) {
            edge.putHeader(HttpHeaders.CONTENT_LENGTH, Long.toString(body.length()));
        } else {
            edge.setChunked(true);
        }
        Pipe<Buffer> pipe = body.stream().pipe();
        pipe.endOnFailure(false);
        pipe.to(edge).onComplete(ar -> {
            if (ar.failed()) {
                LOG.debugf("Response of route %s broke off: %s", route.name(), ar.cause().getClass().getSimpleName());
                call.abandon(ar.cause());
                edge.reset();
            }
            metrics.record(route, status, started);
        });
    }

    private void fail(RoutingContext rc, Route route, Throwable failure, LimitedReadStream body, long started) {
        int status;
        if (failure instanceof ClientGoneException || rc.response().closed()) {
            status = CLIENT_CLOSED_REQUEST;
        } else if (failure instanceof BodyTooLargeException || body.exceeded()) {
            status = 413;
            EdgeProblems.send(rc, status, "payload-too-large", "Payload too large",
                    "The request body is larger than this operation accepts");
        } else if (failure instanceof CircuitBreakerOpenException) {
            status = 503;
            rc.response().putHeader("Retry-After", Long.toString(upstreams.retryAfterOpenSeconds()));
            EdgeProblems.send(rc, status, "service-unavailable", "Service unavailable",
                    "The service behind this operation is failing; the gateway stopped calling it for a while");
        } else if (failure instanceof UpstreamTimeoutException || failure instanceof TimeoutException) {
            status = 504;
            EdgeProblems.send(rc, status, "gateway-timeout", "Gateway timeout",
                    "The service behind this operation did not answer in time; the request may or may not have taken effect");
        } else if (failure instanceof ConnectException || failure instanceof UnknownHostException
                || failure instanceof NoRouteToHostException) {
            status = 503;
            rc.response().putHeader("Retry-After", Long.toString(retryAfterUnavailable));
            EdgeProblems.send(rc, status, "service-unavailable", "Service unavailable",
                    "The service behind this operation cannot be reached");
        } else {
            status = 502;
            LOG.warnf("Route %s: upstream %s failed: %s", route.name(), route.upstream(), failure.getClass().getName());
            EdgeProblems.send(rc, status, "bad-gateway", "Bad gateway",
                    "The service behind this operation gave no valid answer");
        }
        metrics.record(route, status, started);
    }

    /** The agency a token speaks for, else its subject; whoever else authenticated by their principal name. */
    static String clientOf(RoutingContext rc) {
        if (rc.user() instanceof QuarkusHttpUser user && !user.getSecurityIdentity().isAnonymous()) {
            if (user.getSecurityIdentity().getPrincipal() instanceof JsonWebToken jwt) {
                Object agency = jwt.getClaim("agency_id");
                return agency != null ? "agency:" + agency : "sub:" + jwt.getSubject();
            }
            return "principal:" + user.getSecurityIdentity().getPrincipal().getName();
        }
        return "address:" + (rc.request().remoteAddress() == null ? "?" : rc.request().remoteAddress().hostAddress());
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable t = failure;
        while ((t instanceof java.util.concurrent.CompletionException || t instanceof java.util.concurrent.ExecutionException)
                && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
