package org.collections.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Gives a test run its own fresh database on the PostgreSQL server and drops it afterwards, so runs are
 * isolated and repeatable without Docker. The server is {@code PG_ADMIN_URL} (a JDBC URL of a database the
 * admin user can connect to; default the local server as {@code postgres}).
 */
public class PostgresDatabase implements QuarkusTestResourceLifecycleManager {

    public static final String ADMIN_URL_ENV = "PG_ADMIN_URL";
    private static final String DEFAULT_ADMIN_URL = "jdbc:postgresql://localhost:5432/postgres?user=postgres";

    private String adminUrl;
    private String database;

    @Override
    public Map<String, String> start() {
        adminUrl = adminUrl();
        database = createDatabase(adminUrl, "test");
        return connectionConfig(adminUrl, database);
    }

    @Override
    public void stop() {
        if (database != null) {
            dropDatabase(adminUrl, database);
        }
    }

    /** Quarkus datasource properties for {@code database} on the server behind {@code adminUrl}. */
    public static Map<String, String> connectionConfig(String adminUrl, String database) {
        URI uri = URI.create(adminUrl.substring("jdbc:".length()));
        String hostPort = uri.getHost() + ":" + (uri.getPort() < 0 ? 5432 : uri.getPort());
        String user = queryParam(uri, "user", "postgres");
        String password = queryParam(uri, "password", "");
        return Map.of(
                "quarkus.datasource.jdbc.url", "jdbc:postgresql://" + hostPort + "/" + database,
                "quarkus.datasource.reactive.url", "postgresql://" + hostPort + "/" + database,
                "quarkus.datasource.username", user,
                "quarkus.datasource.password", password,
                "test.database.name", database);
    }

    /**
     * The libpq variables (PGHOST, PGPORT, PGUSER, PGPASSWORD) of the admin user of the server behind {@code adminUrl},
     * for PostgreSQL's own programs (pg_dump, pg_restore, psql) and the scripts that run them.
     */
    public static Map<String, String> libpqEnvironment(String adminUrl) {
        URI uri = URI.create(adminUrl.substring("jdbc:".length()));
        Map<String, String> env = new HashMap<>(Map.of("PGHOST", uri.getHost(),
                "PGPORT", String.valueOf(uri.getPort() < 0 ? 5432 : uri.getPort()),
                "PGUSER", queryParam(uri, "user", "postgres")));
        String password = queryParam(uri, "password", "");
        if (!password.isEmpty()) {
            env.put("PGPASSWORD", password);
        }
        return env;
    }

    private static String queryParam(URI uri, String name, String fallback) {
        if (uri.getQuery() == null) {
            return fallback;
        }
        for (String pair : uri.getQuery().split("&")) {
            String[] kv = pair.split("=", 2);
            if (kv[0].equals(name) && kv.length == 2) {
                return kv[1];
            }
        }
        return fallback;
    }

    /** Creates a fresh database on the admin server; returns its name. */
    public static String createDatabase(String adminUrl, String prefix) {
        String name = prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
        run(adminUrl, "create database " + name);
        return name;
    }

    public static void dropDatabase(String adminUrl, String name) {
        run(adminUrl, "drop database if exists " + name + " with (force)");
    }

    /**
     * Creates a fresh database owned by a login role of the same name that only it may connect to, as each
     * service has in production; returns the name of both.
     */
    public static String createDatabaseWithRole(String adminUrl, String prefix) {
        String name = prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
        run(adminUrl, "create role " + name + " login");
        run(adminUrl, "create database " + name + " owner " + name);
        run(adminUrl, "revoke connect on database " + name + " from public");
        return name;
    }

    /** Drops a database made by {@link #createDatabaseWithRole} and its role. */
    public static void dropDatabaseAndRole(String adminUrl, String name) {
        dropDatabase(adminUrl, name);
        run(adminUrl, "drop role if exists " + name);
    }

    /** Drops every connection to the database, as a failing network or a restarted server would. */
    public static void terminateConnections(String adminUrl, String name) {
        run(adminUrl, "select pg_terminate_backend(pid) from pg_stat_activity where datname = '" + name + "'");
    }

    /** Runs one statement as the admin user on the database {@code name} of the server. */
    public static void runOn(String adminUrl, String name, String sql) {
        run(adminUrl.replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1"), sql);
    }

    public static String adminUrl() {
        return System.getenv().getOrDefault(ADMIN_URL_ENV, DEFAULT_ADMIN_URL);
    }

    private static void run(String adminUrl, String sql) {
        try (Connection c = DriverManager.getConnection(adminUrl); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + adminUrl + " refused: " + sql
                    + " (is the server running? set " + ADMIN_URL_ENV + ")", e);
        }
    }
}
