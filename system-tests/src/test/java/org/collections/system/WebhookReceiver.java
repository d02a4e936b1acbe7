package org.collections.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/** A partner's webhook receiver on the loopback interface: records what it gets and answers 204. */
final class WebhookReceiver implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One message as received: lower-cased header names, the raw body. */
    record Delivery(Map<String, List<String>> headers, String body) {

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        String type() {
            return json().path("type").asText();
        }

        JsonNode data() {
            return json().path("data");
        }
    }

    final List<Delivery> deliveries = new CopyOnWriteArrayList<>();
    private final HttpServer server;

    WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hooks", exchange -> {
            Map<String, List<String>> headers = new TreeMap<>();
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values));
            deliveries.add(new Delivery(headers, new String(exchange.getRequestBody().readAllBytes(),
                    StandardCharsets.UTF_8)));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks";
    }

    /** The messages about the case, in the order received. */
    List<Delivery> about(UUID caseId) {
        return deliveries.stream().filter(d -> caseId.toString().equals(d.data().path("caseId").asText())).toList();
    }

    /** The types of the messages about the case, in the order received. */
    List<String> types(UUID caseId) {
        return about(caseId).stream().map(Delivery::type).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
