package tw.huixiao.platform.infrastructure.casework;

import tw.huixiao.platform.infrastructure.persistence.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import tw.huixiao.platform.infrastructure.persistence.Jdbc;
import tw.huixiao.platform.application.casework.CounsellingNoteStore;

/** Counselling notes (輔導紀錄) of the bound school's cases (V9). */
@ApplicationScoped
public class JdbcCounsellingNoteStore implements CounsellingNoteStore {

    private static final String SELECT = "SELECT n.*, u.display_name AS author_name FROM counselling_note n "
            + "JOIN app_user u ON u.id = n.author_id ";

    @Inject
    Jdbc jdbc;

    @Override
    public long insert(long schoolId, long caseId, LocalDate notedOn, String kind, String kindOther, String content,
                       int tier, Instant at, long by) {
        return Sql.insert(c(), "INSERT INTO counselling_note (tenant_id, case_id, noted_on, kind, kind_other, content, "
                        + "tier, author_id, created_at, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                schoolId, caseId, notedOn, kind, kindOther, content, (short) tier, by, at, at, by);
    }

    /** Replaces the note's date, kind, content and tier if it still has {@code version}. */
    @Override
    public boolean update(long schoolId, long id, long version, LocalDate notedOn, String kind, String kindOther,
                          String content, int tier, Instant at, long by) {
        return Sql.update(c(), "UPDATE counselling_note SET noted_on = ?, kind = ?, kind_other = ?, content = ?, tier = ?, "
                        + "updated_at = ?, updated_by = ?, version = version + 1 WHERE tenant_id = ? AND id = ? AND version = ?",
                notedOn, kind, kindOther, content, (short) tier, at, by, schoolId, id, version) == 1;
    }

    @Override
    public Optional<Note> find(long schoolId, long id) {
        return Sql.one(c(), SELECT + "WHERE n.tenant_id = ? AND n.id = ?", JdbcCounsellingNoteStore::note, schoolId, id);
    }

    /** The case's notes, oldest first. */
    @Override
    public List<Note> ofCase(long schoolId, long caseId) {
        return Sql.list(c(), SELECT + "WHERE n.tenant_id = ? AND n.case_id = ? ORDER BY n.noted_on, n.id",
                JdbcCounsellingNoteStore::note, schoolId, caseId);
    }

    private static Note note(ResultSet r) throws SQLException {
        return new Note(r.getLong("id"), r.getLong("case_id"), Sql.date(r, "noted_on"), r.getString("kind"),
                r.getString("kind_other"), r.getString("content"), r.getInt("tier"), r.getLong("author_id"),
                r.getString("author_name"), Sql.instant(r, "created_at"), Sql.instant(r, "updated_at"),
                r.getLong("updated_by"), r.getLong("version"));
    }

    private Connection c() {
        return jdbc.tenant();
    }
}
