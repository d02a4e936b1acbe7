package org.collections.system;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.collections.testsupport.PostgresDatabase;

/** Operator's SQL on a database of the test PostgreSQL server, as its admin user. */
final class Sql {

    private Sql() {
    }

    /** The rows of a query with string parameters, each column as text. */
    static List<String[]> rows(String database, String sql, String... parameters) throws SQLException {
        try (Connection c = DriverManager.getConnection(url(database)); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setString(i + 1, parameters[i]);
            }
            List<String[]> rows = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String[] row = new String[rs.getMetaData().getColumnCount()];
                    for (int i = 0; i < row.length; i++) {
                        row[i] = rs.getString(i + 1);
                    }
                    rows.add(row);
                }
            }
            return rows;
        }
    }

    /** Runs an update with string parameters; returns the number of rows it changed. */
    static int update(String database, String sql, String... parameters) throws SQLException {
        try (Connection c = DriverManager.getConnection(url(database)); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setString(i + 1, parameters[i]);
            }
            return s.executeUpdate();
        }
    }

    /**
     * Runs a query (e.g. {@code select ... for update}) in a transaction that stays open, holding its locks, until the
     * returned connection is closed (which rolls it back).
     */
    static Connection holding(String database, String sql, String... parameters) throws SQLException {
        Connection c = DriverManager.getConnection(url(database));
        try {
            c.setAutoCommit(false);
            try (PreparedStatement s = c.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    s.setString(i + 1, parameters[i]);
                }
                s.execute();
            }
            return c;
        } catch (SQLException e) {
            c.close();
            throw e;
        }
    }

    private static String url(String database) {
        return PostgresDatabase.adminUrl().replaceFirst("/[^/?]+(\\?|$)", "/" + database + "$1");
    }
}
