package org.collections.testsupport.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import org.collections.testsupport.DatabaseSnapshot;

/**
 * Fuzzes every operation of a service from its own OpenAPI document: one request per attack of the catalogue on
 * every body value, body, parameter and header, then random combinations up to the requested count. It checks
 * that no answer is a 5xx (or none at all), that every 4xx is {@code application/problem+json} with the status and a
 * title, that a request that can only be wrong (a NUL in a string, a far date where a date belongs, an unbounded
 * number, malformed Unicode, a duplicate key, a wrong content type) is not accepted, and that no rejected mutating
 * request changed any table of the service's database.
 *
 * <p>Reads run in parallel first; mutating requests run one at a time, each rejected one between two snapshots of
 * every table (row count and newest row version; {@code -Dfuzz.snapshot=md5} for an md5 over the rows), so a write
 * is pinned on the very request that made it.
 */
public final class Fuzzer {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    /**
     * {@code -Dfuzz.snapshot=md5}: compare an md5 over every table's rows around each rejected request instead of
     * row counts and newest row versions (same verdicts, several times slower once tables hold thousands of rows).
     */
    private static final boolean MD5 = "md5".equals(System.getProperty("fuzz.snapshot"));

    private final String baseUrl;
    private final List<Map.Entry<String, String>> roles = new ArrayList<>();
    private final Map<String, List<String>> seeds = new LinkedHashMap<>();
    private String jdbcUrl;
    private String jdbcUser;
    private String jdbcPassword;
    private int requests = Integer.getInteger("fuzz.requests", 10_000);
    private long seed = Long.getLong("fuzz.seed", 20261201L);
    private Duration timeout = Duration.ofSeconds(15);
    private Predicate<ApiOperation> include = op -> !op.path().startsWith("/internal") && !op.path().startsWith("/test")
            && !op.path().startsWith("/q/");

    private Fuzzer(String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    public static Fuzzer of(String baseUrl) {
        return new Fuzzer(baseUrl);
    }

    /** Sends requests with this token; the first role given sends most of them. */
    public Fuzzer as(String role, String token) {
        roles.add(Map.entry(role, token));
        return this;
    }

    /**
     * Real values for a path parameter, query parameter or body property of this name, or for a path parameter
     * right after this path segment (e.g. {@code "cases"} for {@code /cases/{id}}).
     */
    public Fuzzer seed(String name, List<String> values) {
        seeds.computeIfAbsent(name, k -> new ArrayList<>()).addAll(values);
        return this;
    }

    public Fuzzer database(String url, String user, String password) {
        this.jdbcUrl = url;
        this.jdbcUser = user;
        this.jdbcPassword = password;
        return this;
    }

    public Fuzzer requests(int count) {
        this.requests = count;
        return this;
    }

    public Fuzzer only(Predicate<ApiOperation> operations) {
        this.include = this.include.and(operations);
        return this;
    }

    /** Runs the fuzzing and prints its statistics; the report lists every violation found. */
    public FuzzReport run() {
        if (roles.isEmpty()) {
            throw new IllegalStateException("Give at least one role");
        }
        Random random = new Random(seed);
        List<ApiOperation> operations = OpenApiDocument.fetch(baseUrl).operations().stream().filter(include).toList();
        RequestFactory factory = new RequestFactory(seeds, roles, random);
        Map<ApiOperation, List<FuzzRequest>> systematic = new LinkedHashMap<>();
        List<FuzzRequest> all = new ArrayList<>();
        for (ApiOperation op : operations) {
            List<FuzzRequest> forOp = factory.systematic(op);
            systematic.put(op, forOp);
            all.addAll(forOp);
        }
        while (all.size() < requests) {
            ApiOperation op = operations.get(random.nextInt(operations.size()));
            all.add(factory.random(op, systematic.get(op)));
        }
        Collections.shuffle(all, random);
        List<FuzzRequest> reads = all.stream().filter(r -> !r.operation().mutating()).toList();
        List<FuzzRequest> writes = all.stream().filter(r -> r.operation().mutating()).toList();

        FuzzReport report = new FuzzReport(operations.size(), seed);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout).build();
        long started = System.nanoTime();
        sendReads(client, reads, report);
        sendWrites(client, writes, report);
        report.finish(System.nanoTime() - started);
        System.out.println(report.summary(baseUrl));
        return report;
    }

    private void sendReads(HttpClient client, List<FuzzRequest> reads, FuzzReport report) {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (FuzzRequest r : reads) {
                futures.add(pool.submit(() -> check(r, send(client, r), report)));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            pool.shutdownNow();
        }
    }

    private void sendWrites(HttpClient client, List<FuzzRequest> writes, FuzzReport report) {
        if (jdbcUrl == null) {
            writes.forEach(r -> check(r, send(client, r), report));
            return;
        }
        try (DatabaseSnapshot snapshot = DatabaseSnapshot.of(jdbcUrl, jdbcUser, jdbcPassword)) {
            DatabaseSnapshot.State current = null;
            for (FuzzRequest r : writes) {
                if (current == null) {
                    current = timed(snapshot, report);
                }
                Answer answer = send(client, r);
                check(r, answer, report);
                if (answer.status() >= 200 && answer.status() < 400) {
                    current = null; // accepted: it may write, so take a fresh snapshot before the next one
                    continue;
                }
                DatabaseSnapshot.State after = timed(snapshot, report);
                List<String> changed = after.changedSince(current);
                if (!changed.isEmpty()) {
                    report.violation("rejected request wrote", r, answer.status() + "; changed " + String.join(", ", changed));
                }
                current = after;
            }
        }
    }

    private static DatabaseSnapshot.State timed(DatabaseSnapshot snapshot, FuzzReport report) {
        long start = System.nanoTime();
        DatabaseSnapshot.State state = MD5 ? snapshot.take() : snapshot.fingerprint();
        report.snapshotNanos.addAndGet(System.nanoTime() - start);
        report.snapshots.incrementAndGet();
        return state;
    }

    private Answer send(HttpClient client, FuzzRequest r) {
        long start = System.nanoTime();
        try {
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + r.target())).timeout(timeout)
                    .header("Authorization", "Bearer " + r.token())
                    .header("Accept", "application/json, application/problem+json");
            r.headers().forEach(builder::header);
            if (r.contentType() != null) {
                builder.header("Content-Type", r.contentType());
            }
            builder.method(r.method(), r.body() == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(r.body()));
            HttpResponse<String> response = client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body(), System.nanoTime() - start);
        } catch (HttpTimeoutException e) {
            return new Answer(-1, "", "no answer within " + timeout.toSeconds() + " s", System.nanoTime() - start);
        } catch (IllegalArgumentException e) {
            return new Answer(-2, "", "not sendable: " + e.getMessage(), 0);
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            return new Answer(-1, "", "connection failed: " + e, System.nanoTime() - start);
        }
    }

    private void check(FuzzRequest r, Answer answer, FuzzReport report) {
        report.count(r, answer.status(), answer.nanos());
        if (answer.status() == -2) {
            return; // the client itself refuses to send it (e.g. a header it considers illegal): nothing reached the service
        }
        if (answer.status() < 0) {
            report.violation("no answer", r, answer.body());
        } else if (r.mustReject() && answer.status() < 300 && !reportsPerRow(r.operation())) {
            report.violation("hostile value accepted", r, answer.status() + " " + cut(answer.body()));
        } else if (answer.status() >= 500) {
            report.violation("5xx", r, answer.status() + " " + cut(answer.body()));
        } else if (answer.status() >= 400) {
            String problem = problemDefect(answer);
            if (problem != null) {
                report.violation("4xx not problem+json", r, answer.status() + " " + problem);
            }
        }
    }

    /** Bulk uploads (JSON lines, CSV) may answer bad rows in a per-row report with a 2xx. */
    private static boolean reportsPerRow(ApiOperation op) {
        return op.bodyMediaType() != null && !op.bodyMediaType().equals("application/json");
    }

    /** Why the 4xx is not a proper problem document, or null when it is one. */
    private static String problemDefect(Answer answer) {
        if (!answer.contentType().startsWith("application/problem+json")) {
            return "Content-Type '" + answer.contentType() + "' body " + cut(answer.body());
        }
        try {
            JsonNode problem = MAPPER.readTree(answer.body());
            if (problem == null || problem.path("status").asInt() != answer.status()) {
                return "status member missing or different: " + cut(answer.body());
            }
            if (problem.path("title").asText("").isBlank()) {
                return "title missing: " + cut(answer.body());
            }
            return null;
        } catch (Exception e) {
            return "body is not JSON: " + cut(answer.body());
        }
    }

    private static String cut(String s) {
        if (s == null) {
            return "";
        }
        s = s.replace("\n", " ");
        return s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }

    private record Answer(int status, String contentType, String body, long nanos) {
    }

    /** What a run did and what it found. */
    public static final class FuzzReport {

        private final int operations;
        private final long seed;
        private final Map<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();
        private final Map<String, AtomicLong> perOperation = new ConcurrentHashMap<>();
        private final Map<String, String> violations = Collections.synchronizedMap(new LinkedHashMap<>());
        private final Map<String, AtomicLong> violationCounts = new ConcurrentHashMap<>();
        private final AtomicLong sent = new AtomicLong();
        private final AtomicLong snapshotNanos = new AtomicLong();
        private final AtomicLong snapshots = new AtomicLong();
        private final AtomicLong slowest = new AtomicLong();
        private volatile String slowestRequest = "";
        private long nanos;

        FuzzReport(int operations, long seed) {
            this.operations = operations;
            this.seed = seed;
        }

        void count(FuzzRequest r, int status, long requestNanos) {
            sent.incrementAndGet();
            statuses.computeIfAbsent(status, k -> new AtomicLong()).incrementAndGet();
            perOperation.computeIfAbsent(r.operation().name(), k -> new AtomicLong()).incrementAndGet();
            if (requestNanos > slowest.get()) {
                slowest.set(requestNanos);
                slowestRequest = r.describe();
            }
        }

        void violation(String kind, FuzzRequest r, String detail) {
            // one entry per kind, operation and attack (the kind of value, not where), with the first example
            String attack = r.attack().replaceAll(" at /\\S*", "").replaceAll(" in (query|path) \\S+", " in $1");
            String key = kind + " | " + r.operation().name() + " | " + attack;
            violationCounts.computeIfAbsent(key, k -> new AtomicLong()).incrementAndGet();
            violations.putIfAbsent(key, r.describe() + " -> " + detail);
        }

        void finish(long runNanos) {
            this.nanos = runNanos;
        }

        public long requests() {
            return sent.get();
        }

        public int operations() {
            return operations;
        }

        /** One line per kind of violation: kind | operation | attack (count) and the first request that showed it. */
        public List<String> violations() {
            List<String> lines = new ArrayList<>();
            synchronized (violations) {
                violations.forEach((key, example) -> lines.add(key + " (" + violationCounts.get(key) + "x)\n      e.g. "
                        + example));
            }
            return lines;
        }

        public String summary(String baseUrl) {
            double seconds = nanos / 1e9;
            StringBuilder s = new StringBuilder();
            s.append(String.format("%nFuzzing %s: %d requests over %d operations in %.1f s (%.0f requests/s), seed %d%n",
                    baseUrl, sent.get(), operations, seconds, sent.get() / Math.max(seconds, 0.001), seed));
            s.append("  status histogram: ");
            new TreeMap<>(statuses).forEach((status, n) -> s.append(status < 0 ? "none" : status).append('=')
                    .append(n).append(' '));
            s.append(String.format("%n  table snapshots: %d taking %.1f s%n", snapshots.get(), snapshotNanos.get() / 1e9));
            s.append(String.format("  slowest: %.2f s %s%n", slowest.get() / 1e9, cutLine(slowestRequest)));
            s.append("  violations: ").append(violations.size()).append(" kinds\n");
            violations().forEach(v -> s.append("    ").append(v).append('\n'));
            return s.toString();
        }

        private static String cutLine(String s) {
            return s.length() > 300 ? s.substring(0, 300) + "…" : s;
        }
    }
}
