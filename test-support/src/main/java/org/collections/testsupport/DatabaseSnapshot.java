package org.collections.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The content of every table of a database in one round trip: per table its row count and an md5 over its rows
 * (or, faster, its newest row version).
 * Two snapshots differ exactly when some table gained, lost or changed a row, which is how a test proves that a
 * rejected request wrote nothing.
 */
public final class DatabaseSnapshot implements AutoCloseable {

    private final Connection connection;
    private final String query;
    private final String fingerprintQuery;

    private DatabaseSnapshot(Connection connection, List<String> tables) {
        this.connection = connection;
        this.query = tables.stream()
                .map(t -> "select '" + t + "' as t, count(*) as n, coalesce(md5(string_agg(md5(x::text), '' order by md5(x::text))), '')"
                        + " as h from \"" + t + "\" x")
                .collect(Collectors.joining(" union all "));
        // every insert or update leaves a row version of a newer transaction, every delete one row fewer
        this.fingerprintQuery = tables.stream()
                .map(t -> "select '" + t + "' as t, count(*) as n, coalesce(max(x.xmin::text::bigint), 0)::text as h from \""
                        + t + "\" x")
                .collect(Collectors.joining(" union all "));
    }

    /** Opens a connection to the database and finds its tables (Flyway's history excluded). */
    public static DatabaseSnapshot of(String jdbcUrl, String user, String password) {
        try {
            Connection c = DriverManager.getConnection(jdbcUrl, user, password == null ? "" : password);
            return new DatabaseSnapshot(c, tables(c));
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot connect to " + jdbcUrl, e);
        }
    }

    /** Every ordinary table of the public schema but Flyway's history. */
    public static List<String> tables(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "select table_name from information_schema.tables where table_schema = 'public'"
                        + " and table_type = 'BASE TABLE' and table_name <> 'flyway_schema_history' order by table_name")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        return tables;
    }

    /** Row count and an md5 over the rows of every table, now. */
    public State take() {
        return run(query);
    }

    /**
     * Row count and newest row version (transaction id) of every table, now: changes exactly when {@link #take()}
     * does for writes made after the previous fingerprint (no hashing, so fast enough to take around every request),
     * but not for a change an older, still open transaction commits later.
     */
    public State fingerprint() {
        return run(fingerprintQuery);
    }

    private State run(String sql) {
        Map<String, String> tables = new TreeMap<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                tables.put(rs.getString(1), rs.getLong(2) + ":" + rs.getString(3));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return new State(tables);
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // closing a connection that is gone already
        }
    }

    /** One snapshot: table → "count:md5". */
    public record State(Map<String, String> tables) {

        /** The tables whose rows differ between the two snapshots, with their counts before → after. */
        public List<String> changedSince(State before) {
            var names = new TreeSet<>(tables.keySet());
            names.addAll(before.tables.keySet());
            List<String> changed = new ArrayList<>();
            for (String name : names) {
                String a = before.tables.get(name);
                String b = tables.get(name);
                if (a == null || !a.equals(b)) {
                    changed.add(name + " (rows " + count(a) + " -> " + count(b) + ")");
                }
            }
            return changed;
        }

        private static String count(String entry) {
            return entry == null ? "-" : entry.substring(0, entry.indexOf(':'));
        }
    }
}
