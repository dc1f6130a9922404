package tw.huixiao.platform.infrastructure.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import tw.huixiao.platform.application.audit.AccessEntry;
import tw.huixiao.platform.application.audit.AccessLogLine;
import tw.huixiao.platform.application.audit.AccessLogQuery;
import tw.huixiao.platform.infrastructure.persistence.Jdbc;
import tw.huixiao.platform.infrastructure.persistence.Sql;
import tw.huixiao.platform.application.audit.AccessLogStore;

/** access_log rows through the transaction's tenant-bound connection (row-level security applies). */
@ApplicationScoped
public class JdbcAccessLogStore implements AccessLogStore {

    /** At most this many rows are shown for one case (the newest). */
    public static final int MAX_SHOWN = 500;

    @Inject
    Jdbc jdbc;

    @Override
    public void insert(long schoolId, Row row) {
        insertAll(schoolId, List.of(row));
    }

    @Override
    public void insertAll(long schoolId, List<Row> rows) {
        if (rows.isEmpty()) {
            return;
        }
        Sql.batch(jdbc.tenant(), "INSERT INTO access_log (tenant_id, occurred_at, user_id, username, roles, action, "
                + "outcome, case_id, record_type, record_id, channel, client_address, reason, detail) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows.stream().map(row -> new Object[] {schoolId,
                        row.at(), row.userId(), row.username(), row.roles(), row.action(), row.outcome(), row.caseId(),
                        row.recordType(), row.recordId(), row.channel(), row.clientAddress(), row.reason() == null ? null
                        : row.reason().substring(0, Math.min(500, row.reason().length())), row.detail()}).toList());
    }

    @Override
    public List<AccessEntry> forCase(long schoolId, long caseId) {
        return select("case_id = ?", schoolId, caseId, null);
    }

    /** The rows about one record outside any case (a student's register entry), newest first. */
    @Override
    public List<AccessEntry> forRecord(long schoolId, String recordType, long recordId) {
        return select("case_id IS NULL AND record_id = ? AND record_type = ?", schoolId, recordId, recordType);
    }

    private List<AccessEntry> select(String condition, long schoolId, long id, String recordType) {
        Object[] parameters = recordType == null ? new Object[] {schoolId, id} : new Object[] {schoolId, id, recordType};
        return Sql.list(jdbc.tenant(), "SELECT id, occurred_at, username, roles, action, outcome, record_type, "
                + "record_id, channel, client_address, reason FROM access_log WHERE tenant_id = ? AND " + condition
                + " ORDER BY occurred_at DESC, id DESC LIMIT " + MAX_SHOWN, rows -> new AccessEntry(rows.getLong(1),
                        Sql.instant(rows, 2), rows.getString(3), rows.getString(4), rows.getString(5), rows.getString(6),
                        rows.getString(7), Sql.longOrNull(rows, 8), rows.getString(9), rows.getString(10),
                        rows.getString(11)), parameters);
    }

    /**
     * A page of a case's log (caseId) or of a record's log outside cases (recordType + recordId),
     * newest first, filtered in SQL; the actor's name from the school's users (RLS applies to both).
     */
    @Override
    public List<AccessLogLine> page(long schoolId, Long caseId, String recordType, long recordId, AccessLogQuery query,
                                    int offset, int limit) {
        Filter f = filter(schoolId, caseId, recordType, recordId, query);
        List<Object> parameters = new ArrayList<>(f.values());
        parameters.add(Math.max(0, offset));
        parameters.add(Math.max(0, Math.min(limit, 500)));
        return Sql.list(jdbc.tenant(), "SELECT a.id, a.occurred_at, u.display_name, a.roles, a.action, a.outcome, "
                + "a.record_type, a.channel FROM access_log a LEFT JOIN app_user u ON u.id = a.user_id WHERE " + f.where
                + " ORDER BY a.occurred_at DESC, a.id DESC OFFSET ? LIMIT ?", rows -> new AccessLogLine(rows.getLong(1),
                        Sql.instant(rows, 2), rows.getString(3), rows.getString(4), rows.getString(5), rows.getString(6),
                        rows.getString(7), rows.getString(8)), parameters.toArray());
    }

    @Override
    public int count(long schoolId, Long caseId, String recordType, long recordId, AccessLogQuery query) {
        Filter f = filter(schoolId, caseId, recordType, recordId, query);
        return Sql.one(jdbc.tenant(), "SELECT count(*) FROM access_log a LEFT JOIN app_user u ON u.id = a.user_id "
                + "WHERE " + f.where, rows -> rows.getInt(1), f.values().toArray()).orElseThrow();
    }

    private record Filter(String where, List<Object> values) {
    }

    private static Filter filter(long schoolId, Long caseId, String recordType, long recordId, AccessLogQuery query) {
        StringBuilder where = new StringBuilder("a.tenant_id = ?");
        List<Object> values = new ArrayList<>(List.of(schoolId));
        if (caseId != null) {
            where.append(" AND a.case_id = ?");
            values.add(caseId);
        } else {
            where.append(" AND a.case_id IS NULL AND a.record_id = ? AND a.record_type = ?");
            values.add(recordId);
            values.add(recordType);
        }
        if (query.person() != null && !query.person().isBlank()) {
            where.append(" AND strpos(u.display_name, ?) > 0");
            values.add(query.person().strip());
        }
        if (query.outcome() != null) {
            where.append(" AND a.outcome = ?");
            values.add(query.outcome());
        }
        if (query.channel() != null) {
            where.append(" AND a.channel = ?");
            values.add(query.channel());
        }
        return new Filter(where.toString(), values);
    }
}
