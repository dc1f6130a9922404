package tw.huixiao.platform.infrastructure.documents;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tw.huixiao.platform.infrastructure.persistence.Jdbc;

/** Reference numbers, document issues and dispatches of the bound school (V8). */
@ApplicationScoped
public class DocumentStore {

    /** A generated document as recorded (never its content). */
    public record Issue(long id, long caseId, String kind, String referenceNumber, boolean confidential, int pages,
                        Instant issuedAt, long issuedBy, String issuedByName) {
    }

    /** A recorded sending of a document. */
    public record Dispatch(long id, long caseId, long issueId, String kind, String referenceNumber, String method,
                           LocalDate sentOn, String registeredMailNumber, String note, Instant recordedAt,
                           long recordedBy, String recordedByName) {
    }

    /** The streak that opened the case: first day absent and the ladder day reached (school days). */
    public record Absence(LocalDate since, LocalDate lastAbsent, int days) {
    }

    /** An open task of the case that produces a document kind. */
    public record OpenTask(long id, long version) {
    }

    @Inject
    Jdbc jdbc;

    /** The next number of the school's sequence for the ROC year; the row stays locked until commit. */
    public int nextNumber(long schoolId, int rocYear) {
        try (PreparedStatement next = jdbc.tenant().prepareStatement("INSERT INTO document_number AS d (tenant_id, "
                + "roc_year, last_number) VALUES (?, ?, 1) ON CONFLICT (tenant_id, roc_year) DO UPDATE "
                + "SET last_number = d.last_number + 1 RETURNING last_number")) {
            next.setLong(1, schoolId);
            next.setInt(2, rocYear);
            try (ResultSet r = next.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        } catch (SQLException e) {
            throw Jdbc.failure(e);
        }
    }

    public long insertIssue(long schoolId, long caseId, String kind, String policyId, String policyVersion,
                            String referenceNumber, boolean confidential, int pages, Instant at, long by) {
        try (PreparedStatement insert = jdbc.tenant().prepareStatement("INSERT INTO document_issue (tenant_id, case_id, "
                + "kind, policy_id, policy_version, reference_number, confidential, pages, issued_at, issued_by) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")) {
            insert.setLong(1, schoolId);
            insert.setLong(2, caseId);
            insert.setString(3, kind);
            insert.setString(4, policyId);
            insert.setString(5, policyVersion);
            insert.setString(6, referenceNumber);
            insert.setBoolean(7, confidential);
            insert.setInt(8, pages);
            insert.setTimestamp(9, Timestamp.from(at));
            insert.setLong(10, by);
            try (ResultSet r = insert.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        } catch (SQLException e) {
            throw Jdbc.failure(e);
        }
    }

    public List<Issue> issues(long schoolId, long caseId) {
        List<Issue> found = new ArrayList<>();
        try (PreparedStatement q = jdbc.tenant().prepareStatement("SELECT i.id, i.case_id, i.kind, i.reference_number, "
                + "i.confidential, i.pages, i.issued_at, i.issued_by, u.display_name FROM document_issue i "
                + "JOIN app_user u ON u.id = i.issued_by WHERE i.tenant_id = ? AND i.case_id = ? ORDER BY i.issued_at, i.id")) {
            q.setLong(1, schoolId);
            q.setLong(2, caseId);
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    found.add(new Issue(r.getLong(1), r.getLong(2), r.getString(3), r.getString(4), r.getBoolean(5),
                            r.getInt(6), r.getTimestamp(7).toInstant(), r.getLong(8), r.getString(9)));
                }
            }
        } catch (SQLException e) {
            throw Jdbc.failure(e);
        }
        return found;
    }

    public long insertDispatch(long schoolId, long caseId, long issueId, String kind, String method, LocalDate sentOn,
                               String registeredMailNumber, String note, Instant at, long by) {
        try (PreparedStatement insert = jdbc.tenant().prepareStatement("INSERT INTO document_dispatch (tenant_id, case_id, "
                + "issue_id, kind, method, sent_on, registered_mail_number, note, recorded_at, recorded_by) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")) {
            insert.setLong(1, schoolId);
            insert.setLong(2, caseId);
            insert.setLong(3, issueId);
            insert.setString(4, kind);
            insert.setString(5, method);
            insert.setDate(6, Date.valueOf(sentOn));
            insert.setString(7, registeredMailNumber);
            insert.setString(8, note);
            insert.setTimestamp(9, Timestamp.from(at));
            insert.setLong(10, by);
            try (ResultSet r = insert.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        } catch (SQLException e) {
            throw Jdbc.failure(e);
        }
    }

    public List<Dispatch> dispatches(long schoolId, long caseId) {
        List<Dispatch> found = new ArrayList<>();
        try (PreparedStatement q = jdbc.tenant().prepareStatement("SELECT d.id, d.case_id, d.issue_id, d.kind, "
                + "i.reference_number, d.method, d.sent_on, d.registered_mail_number, d.note, d.recorded_at, "
                + "d.recorded_by, u.display_name FROM document_dispatch d JOIN document_issue i ON i.tenant_id = "
                + "d.tenant_id AND i.id = d.issue_id JOIN app_user u ON u.id = d.recorded_by "
                + "WHERE d.tenant_id = ? AND d.case_id = ? ORDER BY d.recorded_at, d.id")) {
            q.setLong(1, schoolId);
            q.setLong(2, caseId);
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    found.add(new Dispatch(r.getLong(1), r.getLong(2), r.getLong(3), r.getString(4), r.getString(5),
                            r.getString(6), r.getDate(7).toLocalDate(), r.getString(8), r.getString(9),
                            r.getTimestamp(10).toInstant(), r.getLong(11), r.getString(12)));
                }
            }
        } catch (SQLException e) {
            throw Jdbc.failure(e);
        }
        return found;
    }

    /** The absence streak (episode) that belongs to the case, the latest if several. */
    public Optional<Absence> absence(long schoolId, long caseId) {
        try (PreparedStatement q = jdbc.tenant().prepareStatement("SELECT started_on, last_absent_on, ladder_day "
                + "FROM absence_episode WHERE tenant_id = ? AND case_id = ? ORDER BY started_on DESC LIMIT 1")) {
            q.setLong(1, schoolId);
            q.setLong(2, caseId);
            try (ResultSet r = q.executeQuery()) {
                return r.next() ? Optional.of(new Absence(r.getDate(1).toLocalDate(), r.getDate(2).toLocalDate(),
                        r.getInt(3))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw Jdbc.failure(e);
        }
    }

    /** The case's open tasks whose step produces the kind (case_task.produces). */
    public List<OpenTask> openTasksProducing(long schoolId, long caseId, String kind) {
        List<OpenTask> found = new ArrayList<>();
        try (PreparedStatement q = jdbc.tenant().prepareStatement("SELECT id, version FROM case_task WHERE tenant_id = ? "
                + "AND case_id = ? AND produces = ? AND status = 'OPEN' ORDER BY arose_at, step_index, occurrence")) {
            q.setLong(1, schoolId);
            q.setLong(2, caseId);
            q.setString(3, kind);
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    found.add(new OpenTask(r.getLong(1), r.getLong(2)));
                }
            }
        } catch (SQLException e) {
            throw Jdbc.failure(e);
        }
        return found;
    }
}
