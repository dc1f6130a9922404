package tw.huixiao.platform.infrastructure.persistence;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Small JDBC helpers for the hand-written SQL stores: java.time parameters, rows mapped by a lambda. */
public final class Sql {

    public interface Row<T> {
        T map(ResultSet rows) throws SQLException;
    }

    private Sql() {
    }

    public static <T> List<T> list(Connection c, String sql, Row<T> row, Object... parameters) {
        List<T> found = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement(sql)) {
            bind(q, parameters);
            try (ResultSet rows = q.executeQuery()) {
                while (rows.next()) {
                    found.add(row.map(rows));
                }
            }
        } catch (SQLException e) {
            throw Jdbc.failure(e);
        }
        return found;
    }

    public static <T> Optional<T> one(Connection c, String sql, Row<T> row, Object... parameters) {
        return list(c, sql, row, parameters).stream().filter(java.util.Objects::nonNull).findFirst();
    }

    public static int update(Connection c, String sql, Object... parameters) {
        try (PreparedStatement u = c.prepareStatement(sql)) {
            bind(u, parameters);
            return u.executeUpdate();
        } catch (SQLException e) {
            throw Jdbc.failure(e);
        }
    }

    /** One statement run for each parameter row, sent as one JDBC batch; nothing is sent for no rows. */
    public static int[] batch(Connection c, String sql, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return new int[0];
        }
        try (PreparedStatement u = c.prepareStatement(sql)) {
            for (Object[] parameters : rows) {
                bind(u, parameters);
                u.addBatch();
            }
            return u.executeBatch();
        } catch (SQLException e) {
            throw Jdbc.failure(e);
        }
    }

    /** An INSERT … RETURNING id. */
    public static long insert(Connection c, String sql, Object... parameters) {
        return one(c, sql + " RETURNING id", rows -> rows.getLong(1), parameters).orElseThrow();
    }

    public static LocalDate date(ResultSet rows, String column) throws SQLException {
        Date d = rows.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    public static Instant instant(ResultSet rows, String column) throws SQLException {
        Timestamp t = rows.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    public static Long longOrNull(ResultSet rows, String column) throws SQLException {
        long v = rows.getLong(column);
        return rows.wasNull() ? null : v;
    }

    public static Integer intOrNull(ResultSet rows, String column) throws SQLException {
        int v = rows.getInt(column);
        return rows.wasNull() ? null : v;
    }

    public static Boolean boolOrNull(ResultSet rows, String column) throws SQLException {
        boolean v = rows.getBoolean(column);
        return rows.wasNull() ? null : v;
    }

    private static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            Object p = parameters[i];
            if (p == null) {
                statement.setNull(i + 1, Types.NULL);
            } else if (p instanceof LocalDate d) {
                statement.setDate(i + 1, Date.valueOf(d));
            } else if (p instanceof Instant t) {
                statement.setTimestamp(i + 1, Timestamp.from(t));
            } else if (p instanceof Long[] ids) {
                statement.setArray(i + 1, statement.getConnection().createArrayOf("bigint", ids));
            } else if (p instanceof LocalDate[] days) {
                Object[] dates = new Object[days.length];
                for (int d = 0; d < days.length; d++) {
                    dates[d] = Date.valueOf(days[d]);
                }
                statement.setArray(i + 1, statement.getConnection().createArrayOf("date", dates));
            } else if (p instanceof String[] values) {
                statement.setArray(i + 1, statement.getConnection().createArrayOf("varchar", values));
            } else {
                statement.setObject(i + 1, p);
            }
        }
    }
}
