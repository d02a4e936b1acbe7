package org.collections.testsupport.authz;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.collections.testsupport.Tokens;

/**
 * One table of operation × caller with the class of answer each caller must get, read from a {@code |}-separated
 * resource. Cells: {@code ok} (authorized: any answer but 401, 403, 404 or a 5xx), {@code 401}, {@code 403},
 * {@code 404} (exactly that), {@code hidden} (a 404, or a 2xx that mentions none of the fixture's {@code placed*} values),
 * {@code replay} (a 2xx marked {@code Idempotent-Replayed: true}) and {@code fresh} (authorized and not a replay).
 * {@code ${name}} in a request or body is a value of the fixture; every caller that may act gets a fresh fixture, so
 * no cell depends on what another cell changed.
 */
public final class AuthorizationMatrix {

    /** The callers, in the order of the table's columns. */
    public static final List<String> CALLERS = List.of("admin", "supervisor", "collector", "auditor", "agencyA", "agencyB",
            "service", "none", "expired", "unknownKey", "otherAudience");
    private static final List<String> REFUSED_TOKENS = List.of("none", "expired", "unknownKey", "otherAudience");

    private final String resource;
    private final List<Row> rows;

    private AuthorizationMatrix(String resource, List<Row> rows) {
        this.resource = resource;
        this.rows = rows;
    }

    /** Reads the table from a class-path resource. */
    public static AuthorizationMatrix load(String resource) {
        InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalArgumentException(resource + " is not on the class path");
        }
        List<Row> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            boolean header = true;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.trim().startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\\|");
                if (header) {
                    header = false;
                    continue;
                }
                if (cells.length != 3 + CALLERS.size()) {
                    throw new IllegalArgumentException(resource + ": expected " + (3 + CALLERS.size()) + " cells in: " + line);
                }
                Map<String, String> expected = new LinkedHashMap<>();
                for (int i = 0; i < CALLERS.size(); i++) {
                    expected.put(CALLERS.get(i), cells[3 + i].trim());
                }
                rows.add(new Row(cells[0].trim(), cells[1].trim(), cells[2].trim(), expected));
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return new AuthorizationMatrix(resource, rows);
    }

    /**
     * Tokens of every caller: agency A is the agency the fixtures place cases with, agency B another one; service is a
     * platform service's own token (contact-service's).
     */
    public static Map<String, String> callers(String agencyA, String agencyB) {
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("admin", Tokens.admin());
        tokens.put("supervisor", Tokens.supervisor());
        tokens.put("collector", Tokens.collector());
        tokens.put("auditor", Tokens.auditor());
        tokens.put("agencyA", Tokens.agency(agencyA));
        tokens.put("agencyB", Tokens.agency(agencyB));
        tokens.put("service", Tokens.service("contact-service"));
        tokens.put("none", null);
        tokens.put("expired", Tokens.expired("admin", null));
        tokens.put("unknownKey", Tokens.unknownKey("admin", null));
        tokens.put("otherAudience", Tokens.otherAudience("admin", null));
        return tokens;
    }

    public List<Row> rows() {
        return rows;
    }

    /**
     * Sends every cell's request and returns one line per cell whose answer is not of the expected class. Prints
     * the table of the statuses received. The fixture gets the row's request and body and returns fresh values for
     * (at least) their placeholders.
     */
    public List<String> check(String baseUrl, Map<String, String> tokens, Function<String, Map<String, String>> fixture) {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        List<String> mismatches = new ArrayList<>();
        StringBuilder table = new StringBuilder("\nAuthorization matrix " + resource + " (status received; * = not as expected)\n");
        table.append(String.format("%-34s", "operation"));
        CALLERS.forEach(c -> table.append(String.format("%-14s", c)));
        table.append('\n');
        for (Row row : rows) {
            String template = row.request() + " " + row.body();
            Map<String, String> shared = fixture.apply(template);
            table.append(String.format("%-34s", cut(row.operation(), 33)));
            for (String caller : CALLERS) {
                Map<String, String> values = REFUSED_TOKENS.contains(caller) ? shared : fixture.apply(template);
                Answer answer = send(client, baseUrl, row, values, tokens.get(caller));
                String expected = row.expected().get(caller);
                String defect = defect(expected, answer, values);
                table.append(String.format("%-14s", answer.status() + (defect == null ? "" : "*")));
                if (defect != null) {
                    mismatches.add(row.operation() + " [" + row.request() + "] as " + caller + ": expected " + expected
                            + ", got " + answer.status() + " — " + defect);
                }
            }
            table.append('\n');
        }
        System.out.println(table);
        return mismatches;
    }

    private static String defect(String expected, Answer answer, Map<String, String> values) {
        int s = answer.status();
        switch (expected) {
            case "ok":
                return s == 401 || s == 403 || s == 404 || s >= 500 || s < 0 ? cut(answer.body(), 200) : null;
            case "fresh":
                if (s == 401 || s == 403 || s == 404 || s >= 500 || s < 0) {
                    return cut(answer.body(), 200);
                }
                return answer.replayed() ? "answered with another caller's stored response" : null;
            case "replay":
                return s >= 200 && s < 300 && answer.replayed() ? null : "not a replay: " + cut(answer.body(), 200);
            case "hidden":
                if (s == 404) {
                    return null;
                }
                if (s < 200 || s >= 300) {
                    return cut(answer.body(), 200);
                }
                for (var v : values.entrySet()) {
                    if (v.getKey().startsWith("placed") && answer.body().contains(v.getValue())) {
                        return "the answer shows " + v.getKey() + " " + v.getValue();
                    }
                }
                return null;
            default:
                return String.valueOf(s).equals(expected) ? null : cut(answer.body(), 200);
        }
    }

    private static Answer send(HttpClient client, String baseUrl, Row row, Map<String, String> values, String token) {
        String[] parts = fill(row.request(), values).split(" ");
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + parts[1])).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json");
        for (int i = 2; i < parts.length; i++) {
            String[] header = parts[i].split("=", 2);
            builder.header(header[0], header[1]);
        }
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        String body = row.body().equals("-") ? null : fill(row.body(), values);
        if (body != null && !row.request().contains("Content-Type=")) {
            builder.header("Content-Type", "application/json");
        }
        builder.method(parts[0], body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        try {
            HttpResponse<String> response = client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body(),
                    response.headers().firstValue("Idempotent-Replayed").map("true"::equalsIgnoreCase).orElse(false));
        } catch (IOException e) {
            return new Answer(-1, e.toString(), false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(-1, e.toString(), false);
        }
    }

    private static String fill(String template, Map<String, String> values) {
        String filled = template;
        for (var v : values.entrySet()) {
            filled = filled.replace("${" + v.getKey() + "}", v.getValue());
        }
        if (filled.contains("${")) {
            throw new IllegalArgumentException("The fixture has no value for a placeholder of: " + template);
        }
        return filled;
    }

    private static String cut(String s, int max) {
        s = s == null ? "" : s.replace("\n", " ");
        return s.length() > max ? s.substring(0, max) + "…" : s;
    }

    /** One operation: its request ({@code METHOD /path Header=value …}), JSON body or {@code -}, expected answers. */
    public record Row(String operation, String request, String body, Map<String, String> expected) {
    }

    private record Answer(int status, String body, boolean replayed) {
    }
}
