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

/**
 * The one place where the platform prepares JDBC statements (ArchitectureTest: no other class
 * calls {@code Connection#prepareStatement} or {@code createStatement}). Parameters are bound by
 * type: {@code null}, {@link LocalDate}, {@link Instant}, arrays of {@code Long}, {@code LocalDate}
 * and {@code String} (as SQL arrays), anything else as JDBC's {@code setObject}. Rows are mapped by
 * a lambda; failures are rethrown unchecked ({@link Jdbc#failure}).
 */
public final class Sql {

    /** Rows per JDBC batch and per fetch from the server. */
    static final int CHUNK = 1000;

    public interface Row<T> {
        T map(ResultSet rows) throws SQLException;
    }

    /** A row consumed in place (into a map, a builder) rather than mapped to one value. */
    public interface Each {
        void accept(ResultSet rows) throws SQLException;
    }

    private Sql() {
    }

    public static <T> List<T> list(Connection c, String sql, Row<T> row, Object... parameters) {
        List<T> found = new ArrayList<>();
        each(c, sql, rows -> found.add(row.map(rows)), parameters);
        return found;
    }

    /** Runs a query and hands each row to {@code each}; large results are fetched {@value #CHUNK} rows at a time. */
    public static void each(Connection c, String sql, Each each, Object... parameters) {
        try (PreparedStatement q = c.prepareStatement(sql)) {
            q.setFetchSize(CHUNK);
            bind(q, parameters);
            try (ResultSet rows = q.executeQuery()) {
                while (rows.next()) {
                    each.accept(rows);
                }
            }
        } catch (SQLException e) {
            throw Jdbc.failure(e);
        }
    }

    /** A statement whose result, if any, is not read: SET LOCAL, SELECT pg_advisory_xact_lock(…). */
    public static void run(Connection c, String sql, Object... parameters) {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, parameters);
            s.execute();
        } catch (SQLException e) {
            throw Jdbc.failure(e);
        }
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

    /**
     * One statement run for each parameter row, sent as JDBC batches of {@value #CHUNK}; nothing is
     * sent for no rows. Returns the update count of each row, in order.
     */
    public static int[] batch(Connection c, String sql, List<Object[]> rows) {
        int[] counts = new int[rows.size()];
        if (rows.isEmpty()) {
            return counts;
        }
        try (PreparedStatement u = c.prepareStatement(sql)) {
            int done = 0;
            for (Object[] parameters : rows) {
                bind(u, parameters);
                u.addBatch();
                if ((done + 1) % CHUNK == 0 || done + 1 == rows.size()) {
                    int[] chunk = u.executeBatch();
                    System.arraycopy(chunk, 0, counts, done + 1 - chunk.length, chunk.length);
                }
                done++;
            }
            return counts;
        } catch (SQLException e) {
            throw Jdbc.failure(e);
        }
    }

    /** How many rows of a {@link #batch} changed something (a count of 0 is a row the statement skipped). */
    public static int changed(int[] counts) {
        int n = 0;
        for (int count : counts) {
            n += count > 0 ? 1 : 0;
        }
        return n;
    }

    /** An INSERT run for each parameter row in batches of {@value #CHUNK}; the generated ids, in the rows' order. */
    public static List<Long> batchInsert(Connection c, String sql, List<Object[]> rows) {
        List<Long> ids = new ArrayList<>(rows.size());
        if (rows.isEmpty()) {
            return ids;
        }
        try (PreparedStatement insert = c.prepareStatement(sql, new String[] {"id"})) {
            int done = 0;
            for (Object[] parameters : rows) {
                bind(insert, parameters);
                insert.addBatch();
                if (++done % CHUNK == 0 || done == rows.size()) {
                    insert.executeBatch();
                    try (ResultSet keys = insert.getGeneratedKeys()) {
                        while (keys.next()) {
                            ids.add(keys.getLong(1));
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw Jdbc.failure(e);
        }
        if (ids.size() != rows.size()) {
            throw new IllegalStateException("batch insert returned " + ids.size() + " ids for " + rows.size() + " rows");
        }
        return ids;
    }

    /** An INSERT … RETURNING id. */
    public static long insert(Connection c, String sql, Object... parameters) {
        return one(c, sql + " RETURNING id", rows -> rows.getLong(1), parameters).orElseThrow();
    }

    public static LocalDate date(ResultSet rows, int column) throws SQLException {
        Date d = rows.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    public static Instant instant(ResultSet rows, int column) throws SQLException {
        Timestamp t = rows.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    public static Long longOrNull(ResultSet rows, int column) throws SQLException {
        long v = rows.getLong(column);
        return rows.wasNull() ? null : v;
    }

    public static Integer intOrNull(ResultSet rows, int column) throws SQLException {
        int v = rows.getInt(column);
        return rows.wasNull() ? null : v;
    }

    public static LocalDate date(ResultSet rows, String column) throws SQLException {
        return date(rows, rows.findColumn(column));
    }

    public static Instant instant(ResultSet rows, String column) throws SQLException {
        return instant(rows, rows.findColumn(column));
    }

    public static Long longOrNull(ResultSet rows, String column) throws SQLException {
        return longOrNull(rows, rows.findColumn(column));
    }

    public static Integer intOrNull(ResultSet rows, String column) throws SQLException {
        return intOrNull(rows, rows.findColumn(column));
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
