package tw.huixiao.platform.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The one statement helper against the real PostgreSQL: batches split in chunks keep each row's
 * count and id in order, parameters bind by type. Everything lives in a temporary table of a
 * transaction that is rolled back, so nothing is left in the shared database.
 */
class SqlTest {

    private Connection c;

    @BeforeEach
    void open() throws SQLException {
        c = TestDatabase.asApplication();
        c.setAutoCommit(false);
        Sql.run(c, "CREATE TEMP TABLE sql_probe (id bigserial PRIMARY KEY, label text UNIQUE, day date, at timestamptz) "
                + "ON COMMIT DROP");
    }

    @AfterEach
    void close() throws SQLException {
        c.rollback();
        c.close();
    }

    @Test
    void batchInsertReturnsEveryRowsIdInTheRowsOrderAcrossChunks() {
        int n = Sql.CHUNK * 2 + 7;
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rows.add(new Object[] {"row-" + i, LocalDate.of(2026, 9, 1).plusDays(i % 30)});
        }
        List<Long> ids = Sql.batchInsert(c, "INSERT INTO sql_probe (label, day) VALUES (?, ?)", rows);

        assertEquals(n, ids.size());
        Map<Long, String> stored = new HashMap<>();
        Sql.each(c, "SELECT id, label FROM sql_probe", r -> stored.put(r.getLong(1), r.getString(2)));
        for (int i = 0; i < n; i++) {
            assertEquals("row-" + i, stored.get(ids.get(i)), "id of row " + i);
        }
    }

    @Test
    void batchKeepsEachRowsCountSoSkippedRowsShow() {
        Sql.update(c, "INSERT INTO sql_probe (label) VALUES ('taken')");
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < Sql.CHUNK + 2; i++) {
            rows.add(new Object[] {i == Sql.CHUNK ? "taken" : "new-" + i});
        }
        int[] counts = Sql.batch(c, "INSERT INTO sql_probe (label) VALUES (?) ON CONFLICT (label) DO NOTHING", rows);

        assertEquals(Sql.CHUNK + 2, counts.length);
        assertEquals(0, counts[Sql.CHUNK], "the row that conflicted, in the second chunk");
        assertEquals(1, counts[Sql.CHUNK + 1]);
        assertEquals(Sql.CHUNK + 1, Sql.changed(counts));
        assertEquals(0, Sql.batch(c, "INSERT INTO sql_probe (label) VALUES (?)", List.of()).length);
    }

    @Test
    void parametersBindByTypeAndNullsReadAsNull() {
        Instant at = Instant.parse("2026-09-01T00:30:00Z");
        long id = Sql.insert(c, "INSERT INTO sql_probe (label, day, at) VALUES (?, ?, ?)", "王○明", LocalDate.of(2026, 9, 1),
                at);
        long empty = Sql.insert(c, "INSERT INTO sql_probe (label, day, at) VALUES (?, ?, ?)", "空", null, null);

        assertEquals(LocalDate.of(2026, 9, 1), Sql.one(c, "SELECT day FROM sql_probe WHERE id = ?", r -> Sql.date(r, 1), id)
                .orElseThrow());
        assertEquals(at, Sql.one(c, "SELECT at FROM sql_probe WHERE id = ?", r -> Sql.instant(r, "at"), id).orElseThrow());
        assertNull(Sql.list(c, "SELECT day FROM sql_probe WHERE id = ?", r -> Sql.date(r, 1), empty).get(0));
        assertNull(Sql.list(c, "SELECT NULL::bigint", r -> Sql.longOrNull(r, 1)).get(0));

        List<String> byArrays = Sql.list(c, "SELECT label FROM sql_probe WHERE id = ANY (?) AND label = ANY (?) "
                + "AND day = ANY (?) ORDER BY id", r -> r.getString(1), new Long[] {id, empty}, new String[] {"王○明", "空"},
                new LocalDate[] {LocalDate.of(2026, 9, 1)});
        assertEquals(List.of("王○明"), byArrays);
        assertTrue(Sql.one(c, "SELECT 1 FROM sql_probe WHERE label = ?", r -> true, "無").isEmpty());
        assertArrayEquals(new int[] {1, 1}, Sql.batch(c, "UPDATE sql_probe SET label = label || '*' WHERE id = ?",
                List.of(new Object[] {id}, new Object[] {empty})));
    }
}
