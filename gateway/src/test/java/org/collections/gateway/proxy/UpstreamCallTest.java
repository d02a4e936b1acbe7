package org.collections.gateway.proxy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServer;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Letting go of an upstream exchange never breaks another one: on a pool of one connection, abandoning an exchange
 * that has been answered leaves the connection to the request that now uses it.
 */
class UpstreamCallTest {

    private final Vertx vertx = Vertx.vertx();
    private final AtomicInteger slowArrived = new AtomicInteger();
    private HttpServer server;
    private HttpClient client;

    @BeforeEach
    void start() throws Exception {
        server = vertx.createHttpServer().requestHandler(request -> {
            if (request.path().equals("/slow")) {
                slowArrived.incrementAndGet();
                vertx.setTimer(300, t -> request.response().end("slow"));
            } else {
                request.body().onSuccess(body -> request.response().end("quick"));
            }
        }).listen(0).toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        client = vertx.createHttpClient(new HttpClientOptions().setDefaultHost("localhost")
                .setDefaultPort(server.actualPort()).setMaxPoolSize(1).setKeepAlive(true));
    }

    @AfterEach
    void stop() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @Test
    void abandoningAnAnsweredExchangeLeavesItsConnectionToTheRequestNowUsingIt() throws Exception {
        HttpClientRequest first = result(client.request(HttpMethod.GET, "/quick"));
        assertThat(result(first.send().compose(HttpClientResponse::body)).toString()).isEqualTo("quick");
        UpstreamCall call = new UpstreamCall(() -> true);
        call.sent(first);

        Future<String> second = client.request(HttpMethod.GET, "/slow").compose(HttpClientRequest::send)
                .compose(HttpClientResponse::body).map(Buffer::toString);
        await().atMost(Duration.ofSeconds(10)).until(() -> slowArrived.get() == 1);
        call.abandon(new IllegalStateException("the client hung up"));

        assertThat(result(second)).isEqualTo("slow");
    }

    @Test
    void abandoningAnExchangeWhoseBodyIsIncompleteResetsIt() throws Exception {
        HttpClientRequest upload = result(client.request(HttpMethod.POST, "/quick"));
        upload.setChunked(true).write("{\"a\":");
        UpstreamCall call = new UpstreamCall(() -> false);
        call.sent(upload);

        call.abandon(new IllegalStateException("the client hung up mid-upload"));

        assertThatThrownBy(() -> result(upload.response())).isInstanceOf(ExecutionException.class);
        assertThat(result(client.request(HttpMethod.GET, "/slow").compose(HttpClientRequest::send)
                .compose(HttpClientResponse::body)).toString()).isEqualTo("slow");
    }

    private static <T> T result(Future<T> future) throws Exception {
        return future.toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }
}
