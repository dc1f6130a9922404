package tw.huixiao.platform.infrastructure.documents;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import tw.huixiao.platform.infrastructure.persistence.Jdbc;
import tw.huixiao.platform.infrastructure.persistence.Sql;
import tw.huixiao.platform.application.documents.DocumentStore;

/** Reference numbers, document issues and dispatches of the bound school (V8). */
@ApplicationScoped
public class JdbcDocumentStore implements DocumentStore {

    @Inject
    Jdbc jdbc;

    /** The next number of the school's sequence for the ROC year; the row stays locked until commit. */
    @Override
    public int nextNumber(long schoolId, int rocYear) {
        return Sql.one(jdbc.tenant(), "INSERT INTO document_number AS d (tenant_id, roc_year, last_number) "
                + "VALUES (?, ?, 1) ON CONFLICT (tenant_id, roc_year) DO UPDATE SET last_number = d.last_number + 1 "
                + "RETURNING last_number", r -> r.getInt(1), schoolId, rocYear).orElseThrow();
    }

    @Override
    public long insertIssue(long schoolId, long caseId, String kind, String policyId, String policyVersion,
                            String referenceNumber, boolean confidential, int pages, Instant at, long by) {
        return Sql.insert(jdbc.tenant(), "INSERT INTO document_issue (tenant_id, case_id, kind, policy_id, "
                + "policy_version, reference_number, confidential, pages, issued_at, issued_by) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", schoolId, caseId, kind, policyId, policyVersion,
                referenceNumber, confidential, pages, at, by);
    }

    @Override
    public List<Issue> issues(long schoolId, long caseId) {
        return Sql.list(jdbc.tenant(), "SELECT i.id, i.case_id, i.kind, i.reference_number, i.confidential, i.pages, "
                + "i.issued_at, i.issued_by, u.display_name FROM document_issue i JOIN app_user u ON u.id = i.issued_by "
                + "WHERE i.tenant_id = ? AND i.case_id = ? ORDER BY i.issued_at, i.id",
                r -> new Issue(r.getLong(1), r.getLong(2), r.getString(3), r.getString(4), r.getBoolean(5), r.getInt(6),
                        r.getTimestamp(7).toInstant(), r.getLong(8), r.getString(9)), schoolId, caseId);
    }

    @Override
    public long insertDispatch(long schoolId, long caseId, long issueId, String kind, String method, LocalDate sentOn,
                               String registeredMailNumber, String note, Instant at, long by) {
        return Sql.insert(jdbc.tenant(), "INSERT INTO document_dispatch (tenant_id, case_id, issue_id, kind, method, "
                + "sent_on, registered_mail_number, note, recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                schoolId, caseId, issueId, kind, method, sentOn, registeredMailNumber, note, at, by);
    }

    @Override
    public List<Dispatch> dispatches(long schoolId, long caseId) {
        return Sql.list(jdbc.tenant(), "SELECT d.id, d.case_id, d.issue_id, d.kind, i.reference_number, d.method, "
                + "d.sent_on, d.registered_mail_number, d.note, d.recorded_at, d.recorded_by, u.display_name "
                + "FROM document_dispatch d JOIN document_issue i ON i.tenant_id = d.tenant_id AND i.id = d.issue_id "
                + "JOIN app_user u ON u.id = d.recorded_by WHERE d.tenant_id = ? AND d.case_id = ? "
                + "ORDER BY d.recorded_at, d.id",
                r -> new Dispatch(r.getLong(1), r.getLong(2), r.getLong(3), r.getString(4), r.getString(5),
                        r.getString(6), r.getDate(7).toLocalDate(), r.getString(8), r.getString(9),
                        r.getTimestamp(10).toInstant(), r.getLong(11), r.getString(12)), schoolId, caseId);
    }

    @Override
    public Optional<Episode> episode(long schoolId, long episodeId) {
        return Sql.one(jdbc.tenant(), "SELECT id, student_id, case_id, policy_id, policy_version, started_on, "
                + "last_absent_on, ladder_day FROM absence_episode WHERE tenant_id = ? AND id = ?",
                r -> new Episode(r.getLong(1), r.getLong(2), (Long) r.getObject(3), r.getString(4), r.getString(5),
                        new Absence(r.getDate(6).toLocalDate(), r.getDate(7).toLocalDate(), r.getInt(8))),
                schoolId, episodeId);
    }

    /** The absence streak (episode) that belongs to the case, the latest if several. */
    @Override
    public Optional<Absence> absence(long schoolId, long caseId) {
        return Sql.one(jdbc.tenant(), "SELECT started_on, last_absent_on, ladder_day FROM absence_episode "
                + "WHERE tenant_id = ? AND case_id = ? ORDER BY started_on DESC LIMIT 1",
                r -> new Absence(r.getDate(1).toLocalDate(), r.getDate(2).toLocalDate(), r.getInt(3)), schoolId, caseId);
    }

    /** The case's open tasks whose step produces the kind (case_task.produces). */
    @Override
    public List<OpenTask> openTasksProducing(long schoolId, long caseId, String kind) {
        return Sql.list(jdbc.tenant(), "SELECT id, version FROM case_task WHERE tenant_id = ? AND case_id = ? "
                + "AND produces = ? AND status = 'OPEN' ORDER BY arose_at, step_index, occurrence",
                r -> new OpenTask(r.getLong(1), r.getLong(2)), schoolId, caseId, kind);
    }
}
