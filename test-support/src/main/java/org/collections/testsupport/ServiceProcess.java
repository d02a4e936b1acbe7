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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a service of the suite as a real process: its packaged jar, its own fresh database and role on the test
 * PostgreSQL server, a port chosen up front (so other services can be told where it is before it starts) and the
 * DEV-ONLY keys of the {@code local} profile. It can be stopped, killed and started again on the same port and
 * database. The keys come from {@link DevKeys} (dev-keys/ at the repository root), as environment variables: the jar
 * itself holds none. Logs go to {@code target/service-logs/<service>.log} of the module under test, across restarts.
 */
public final class ServiceProcess implements AutoCloseable {

    private final String service;
    private final Path jar;
    private final String database;
    private final int port;
    private final int managementPort = freePort();
    private final String profile;
    private final Map<String, String> env = new HashMap<>();
    private boolean withDevKeys = true;
    private String maxHeap = "384m";
    private Process process;

    private ServiceProcess(String service, Path jar, String database, int port, String profile) {
        this.service = service;
        this.jar = jar;
        this.database = database;
        this.port = port;
        this.profile = profile;
    }

    /** Starts {@code service} at once in the {@code local} profile; see {@link #prepare}. */
    public static ServiceProcess start(String service, Map<String, String> env) {
        ServiceProcess prepared = prepare(service, "local");
        prepared.start(env);
        return prepared;
    }

    /**
     * Reserves a port and creates the database of the service's application, without starting it. The application
     * is the directory named by the system property {@code collections.app.<service>} when the module declares the
     * service's {@code app} archive as a test dependency; otherwise {@code ../<service>/target/quarkus-app} of the
     * reactor build ({@code target/system-test} for the system-test profile).
     */
    public static ServiceProcess prepare(String service, String profile) {
        // the system-test profile needs the system-test build (with /test/clock); everything else runs the production jar
        String declared = System.getProperty("collections.app." + service);
        Path app = declared != null ? Path.of(declared)
                : "system-test".equals(profile) ? Path.of("..", service, "target", "system-test")
                : Path.of("..", service, "target", "quarkus-app");
        Path jar = app.resolve("quarkus-run.jar").toAbsolutePath().normalize();
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: build " + service + " first (./mvnw -DskipTests package -pl "
                    + service + ")");
        }
        String database = PostgresDatabase.createDatabaseWithRole(PostgresDatabase.adminUrl(), service.replace("-", "_"));
        return new ServiceProcess(service, jar, database, freePort(), profile);
    }

    /**
     * Starts the jar WITHOUT the DEV-ONLY keys (only these variables and the database), as a production start
     * missing its Secret, and waits for it to exit.
     *
     * @return the exit code and what it wrote, or an exception when it is still running after {@code timeout}
     */
    public synchronized Exit runWithoutDevKeys(Map<String, String> extraEnv, Duration timeout) {
        withDevKeys = false;
        env.putAll(extraEnv);
        Path log = Path.of("target", "service-logs", service + ".log");
        try {
            long offset = Files.exists(log) ? Files.size(log) : 0;
            launch();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                kill();
                throw new IllegalStateException(service + " was still running after " + timeout);
            }
            byte[] all = Files.readAllBytes(log);
            return new Exit(process.exitValue(), new String(all, (int) offset, all.length - (int) offset,
                    java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            withDevKeys = true;
        }
    }

    /** How a process ended: its exit code and its output. */
    public record Exit(int code, String output) {
    }

    /**
     * Starts the process with exactly these variables besides its database - no DEV-ONLY keys - as a deployment starts
     * it from its ConfigMap and Secret, and waits until it is ready.
     */
    public synchronized void startWithOnly(Map<String, String> environment) {
        withDevKeys = false;
        env.putAll(environment);
        start();
    }

    /** Starts the process with these extra environment variables (kept for restarts) and waits until it is ready. */
    public synchronized void start(Map<String, String> extraEnv) {
        env.putAll(extraEnv);
        start();
    }

    /** Starts the process again, as configured, and waits until it is ready. */
    public synchronized void start() {
        launch();
        // a start takes 30-80 s while other builds load the 2 shared cores; the bound only catches a hung start
        awaitReady(Duration.ofSeconds(180));
    }

    private void launch() {
        if (isAlive()) {
            throw new IllegalStateException(service + " is already running");
        }
        Path logs = Path.of("target", "service-logs");
        Map<String, String> db = PostgresDatabase.connectionConfig(PostgresDatabase.adminUrl(), database);
        try {
            Files.createDirectories(logs);
            ProcessBuilder builder = new ProcessBuilder(List.of(javaBinary(), "-Xmx" + maxHeap, "-Dquarkus.profile=" + profile,
                    "-Dquarkus.http.port=" + port, "-Dquarkus.management.port=" + managementPort, "-jar", jar.toString()))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logs.resolve(service + ".log").toFile()));
            builder.environment().put("DB_USER", database);
            builder.environment().put("DB_PASSWORD", "");
            builder.environment().put("DB_REACTIVE_URL", db.get("quarkus.datasource.reactive.url"));
            builder.environment().put("DB_JDBC_URL", db.get("quarkus.datasource.jdbc.url"));
            if (withDevKeys) {
                builder.environment().putAll(DevKeys.environment(service));
            } else {
                builder.environment().keySet().removeAll(DevKeys.environment(service).keySet());
            }
            builder.environment().putAll(env);
            process = builder.start();
        } catch (IOException e) {
            throw new IllegalStateException("Could not start " + service, e);
        }
    }

    /** Stops the process the way an orchestrator does (SIGTERM, then SIGKILL after 20 s). */
    public synchronized void stop() {
        if (process != null) {
            process.destroy();
            awaitExit();
        }
    }

    /** Kills the process at once ({@code kill -9}): no shutdown hooks, in-flight work simply ends. */
    public synchronized void kill() {
        if (process != null) {
            process.destroyForcibly();
            awaitExit();
        }
    }

    /** The heap the process gets from its next start on ({@code -Xmx}, e.g. {@code 96m}, the production setting). */
    public synchronized ServiceProcess withMaxHeap(String heap) {
        maxHeap = heap;
        return this;
    }

    /** The running process's id (for its memory in /proc). */
    public synchronized long pid() {
        return process.pid();
    }

    public String name() {
        return service;
    }

    public String url() {
        return "http://localhost:" + port;
    }

    /** The management interface (health, metrics), which is not served on the public port. */
    public String managementUrl() {
        return "http://localhost:" + managementPort;
    }

    /** The service's database, which is also the name of its role. */
    public String database() {
        return database;
    }

    public boolean isAlive() {
        return process != null && process.isAlive();
    }

    @Override
    public void close() {
        stop();
        PostgresDatabase.dropDatabaseAndRole(PostgresDatabase.adminUrl(), database);
    }

    private void awaitReady(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(service + " exited during start-up; see target/service-logs/" + service + ".log");
            }
            if (ready()) {
                return;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        kill();
        throw new IllegalStateException(service + " was not ready within " + timeout + "; see target/service-logs/" + service + ".log");
    }

    private boolean ready() {
        try {
            HttpURLConnection c = (HttpURLConnection) URI.create(managementUrl() + "/q/health/ready").toURL().openConnection();
            c.setConnectTimeout(500);
            c.setReadTimeout(1000);
            return c.getResponseCode() == 200;
        } catch (IOException notYet) {
            return false;
        }
    }

    private void awaitExit() {
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
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
