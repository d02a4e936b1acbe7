package org.collections.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.collections.testsupport.PostgresDatabase;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Several replicas of a service start at once after an install or upgrade, and each runs Flyway at start
 * (quarkus.flyway.migrate-at-start). Flyway serialises them with a PostgreSQL advisory lock: here two migrations of
 * case-service's schema (db/commons and db/migration, as its configuration lists them) start together on one fresh
 * database; both succeed, and every version is applied exactly once.
 */
class FlywayConcurrentMigrationTest {

    private static final String[] LOCATIONS = {"classpath:db/commons", "classpath:db/migration"};

    private String adminUrl;
    private String database;

    @BeforeEach
    void freshDatabase() {
        adminUrl = PostgresDatabase.adminUrl();
        database = PostgresDatabase.createDatabase(adminUrl, "k8s_flyway");
    }

    @AfterEach
    void dropDatabase() {
        PostgresDatabase.dropDatabase(adminUrl, database);
    }

    @Test
    void twoReplicasMigratingAtOnceApplyEachVersionOnce() throws Exception {
        var connection = PostgresDatabase.connectionConfig(adminUrl, database);
        String url = connection.get("quarkus.datasource.jdbc.url");
        String user = connection.get("quarkus.datasource.username");
        String password = connection.get("quarkus.datasource.password");
        int expectedVersions = Flyway.configure().locations(LOCATIONS).dataSource(url, user, password).load()
                .info().pending().length;
        assertThat(expectedVersions).as("case-service's migrations are on the class path").isGreaterThan(3);

        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService replicas = Executors.newFixedThreadPool(2);
        try {
            List<Future<MigrateResult>> results = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                results.add(replicas.submit(() -> {
                    Flyway flyway = Flyway.configure().locations(LOCATIONS).dataSource(url, user, password).load();
                    start.await(30, TimeUnit.SECONDS);
                    return flyway.migrate();
                }));
            }
            List<MigrateResult> outcomes = new ArrayList<>();
            for (Future<MigrateResult> result : results) {
                outcomes.add(result.get(5, TimeUnit.MINUTES));
            }
            assertThat(outcomes).allSatisfy(r -> assertThat(r.success).isTrue());
            // the lock is taken per migration: the two may share the work, but none is applied twice
            assertThat(outcomes.stream().mapToInt(r -> r.migrationsExecuted).sum()).isEqualTo(expectedVersions);
        } finally {
            replicas.shutdownNow();
        }

        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            assertThat(count(s, "select count(*) from flyway_schema_history where version is not null"))
                    .isEqualTo(expectedVersions);
            assertThat(count(s, "select count(*) from (select version from flyway_schema_history where version is not null"
                    + " group by version having count(*) > 1) twice")).isZero();
            assertThat(count(s, "select count(*) from flyway_schema_history where not success")).isZero();
            // and the schema is case-service's
            assertThat(count(s, "select count(*) from information_schema.tables where table_name in "
                    + "('collection_case', 'outbox_delivery')")).isEqualTo(2);
        }
    }

    private static long count(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
