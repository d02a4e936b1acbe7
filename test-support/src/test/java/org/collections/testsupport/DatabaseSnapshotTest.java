package org.collections.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The fuzzer's proof that a rejected request wrote nothing is only as good as the snapshot's eye for a change. */
class DatabaseSnapshotTest {

    private String adminUrl;
    private String database;

    @BeforeEach
    void freshDatabase() {
        adminUrl = PostgresDatabase.adminUrl();
        database = PostgresDatabase.createDatabase(adminUrl, "snapshot");
        PostgresDatabase.runOn(adminUrl, database, "create table thing (id int primary key, name text, data bytea)");
        PostgresDatabase.runOn(adminUrl, database, "create table other (id int primary key)");
        PostgresDatabase.runOn(adminUrl, database, "insert into thing values (1, 'a', '\\x01'), (2, 'b', null)");
    }

    @AfterEach
    void drop() {
        PostgresDatabase.dropDatabase(adminUrl, database);
    }

    @Test
    void theFingerprintSeesEveryInsertUpdateAndDeleteToo() {
        var connection = PostgresDatabase.connectionConfig(adminUrl, database);
        try (DatabaseSnapshot snapshot = DatabaseSnapshot.of(connection.get("quarkus.datasource.jdbc.url"),
                connection.get("quarkus.datasource.username"), connection.get("quarkus.datasource.password"))) {
            DatabaseSnapshot.State before = snapshot.fingerprint();
            assertEquals(List.of(), snapshot.fingerprint().changedSince(before));
            PostgresDatabase.runOn(adminUrl, database, "update thing set name = 'a' where id = 1"); // same value
            DatabaseSnapshot.State updated = snapshot.fingerprint();
            assertEquals(List.of("thing (rows 2 -> 2)"), updated.changedSince(before));
            PostgresDatabase.runOn(adminUrl, database, "insert into other values (7)");
            DatabaseSnapshot.State inserted = snapshot.fingerprint();
            assertEquals(List.of("other (rows 0 -> 1)"), inserted.changedSince(updated));
            PostgresDatabase.runOn(adminUrl, database, "delete from thing where id = 2");
            assertEquals(List.of("thing (rows 2 -> 1)"), snapshot.fingerprint().changedSince(inserted));
        }
    }

    @Test
    void seesEveryInsertUpdateAndDeleteInAnyTableAndNothingElse() {
        var connection = PostgresDatabase.connectionConfig(adminUrl, database);
        try (DatabaseSnapshot snapshot = DatabaseSnapshot.of(connection.get("quarkus.datasource.jdbc.url"),
                connection.get("quarkus.datasource.username"), connection.get("quarkus.datasource.password"))) {
            DatabaseSnapshot.State before = snapshot.take();
            assertEquals(List.of(), snapshot.take().changedSince(before), "nothing written, nothing seen");

            PostgresDatabase.runOn(adminUrl, database, "update thing set data = '\\x02' where id = 1");
            DatabaseSnapshot.State updated = snapshot.take();
            assertEquals(List.of("thing (rows 2 -> 2)"), updated.changedSince(before));

            PostgresDatabase.runOn(adminUrl, database, "insert into other values (7)");
            DatabaseSnapshot.State inserted = snapshot.take();
            assertEquals(List.of("other (rows 0 -> 1)"), inserted.changedSince(updated));

            PostgresDatabase.runOn(adminUrl, database, "delete from thing where id = 2");
            assertTrue(snapshot.take().changedSince(inserted).contains("thing (rows 2 -> 1)"));
        }
    }
}
