package org.collections.testsupport;

import java.io.File;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs another service of the suite as a real process: its packaged jar, its own fresh database on the test
 * PostgreSQL server, a free port, the DEV-ONLY keys of the {@code local} profile. Logs go to
 * {@code target/service-logs/<service>.log} of the module under test.
 */
public final class ServiceProcess implements AutoCloseable {

    private final String service;
    private final Process process;
    private final String database;
    private final int port;

    private ServiceProcess(String service, Process process, String database, int port) {
        this.service = service;
        this.process = process;
        this.database = database;
        this.port = port;
    }

    /**
     * Starts {@code ../<service>/target/quarkus-app/quarkus-run.jar} (relative to the module under test) and waits
     * until it is ready. {@code env} adds environment variables (e.g. where to deliver its events).
     */
    public static ServiceProcess start(String service, Map<String, String> env) {
        Path jar = Path.of("..", service, "target", "quarkus-app", "quarkus-run.jar").toAbsolutePath().normalize();
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: build " + service + " first (./mvnw -DskipTests package -pl "
                    + service + ")");
        }
        String adminUrl = PostgresDatabase.adminUrl();
        String database = PostgresDatabase.createDatabase(adminUrl, service.replace("-", "_"));
        Map<String, String> db = PostgresDatabase.connectionConfig(adminUrl, database);
        int port = freePort();
        Path logs = Path.of("target", "service-logs");
        try {
            Files.createDirectories(logs);
            List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx384m", "-Dquarkus.profile=local",
                    "-Dquarkus.http.port=" + port, "-jar", jar.toString()));
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(logs.resolve(service + ".log").toFile());
            builder.environment().put("DB_USER", db.get("quarkus.datasource.username"));
            builder.environment().put("DB_PASSWORD", db.get("quarkus.datasource.password"));
            builder.environment().put("DB_REACTIVE_URL", db.get("quarkus.datasource.reactive.url"));
            builder.environment().put("DB_JDBC_URL", db.get("quarkus.datasource.jdbc.url"));
            builder.environment().putAll(env);
            ServiceProcess started = new ServiceProcess(service, builder.start(), database, port);
            started.awaitReady(Duration.ofSeconds(90));
            return started;
        } catch (IOException e) {
            PostgresDatabase.dropDatabase(adminUrl, database);
            throw new IllegalStateException("Could not start " + service, e);
        }
    }

    public String url() {
        return "http://localhost:" + port;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    private void awaitReady(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                close();
                throw new IllegalStateException(service + " exited during start-up; see target/service-logs/" + service + ".log");
            }
            try {
                HttpURLConnection c = (HttpURLConnection) URI.create(url() + "/q/health/ready").toURL().openConnection();
                c.setConnectTimeout(500);
                c.setReadTimeout(1000);
                if (c.getResponseCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        close();
        throw new IllegalStateException(service + " was not ready within " + timeout + "; see target/service-logs/" + service + ".log");
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        PostgresDatabase.dropDatabase(PostgresDatabase.adminUrl(), database);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String javaBinary() {
        return System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    }
}
