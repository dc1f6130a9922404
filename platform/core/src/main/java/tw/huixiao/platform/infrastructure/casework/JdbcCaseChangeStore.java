package tw.huixiao.platform.infrastructure.casework;

import tw.huixiao.platform.infrastructure.persistence.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import tw.huixiao.platform.infrastructure.persistence.Jdbc;
import tw.huixiao.platform.application.casework.CaseChangeStore;
import tw.huixiao.platform.application.casework.CaseChange;

/** The case's history (case_change) and the school's staff, through the tenant-bound connection. */
@ApplicationScoped
public class JdbcCaseChangeStore implements CaseChangeStore {

    @Inject
    Jdbc jdbc;

    @Override
    public void add(long schoolId, long caseId, String kind, String subject, String from, String to, String reason,
                    Instant at, long by) {
        Sql.update(jdbc.tenant(), "INSERT INTO case_change (tenant_id, case_id, kind, subject, from_value, to_value, "
                + "reason, changed_at, changed_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", schoolId, caseId, kind, subject, from,
                to, reason, at, by);
    }

    /** Oldest first. */
    @Override
    public List<CaseChange> ofCase(long schoolId, long caseId) {
        return Sql.list(jdbc.tenant(), "SELECT c.id, c.kind, c.subject, c.from_value, c.to_value, c.reason, "
                + "c.changed_at, c.changed_by, u.display_name FROM case_change c JOIN app_user u ON u.id = c.changed_by "
                + "WHERE c.tenant_id = ? AND c.case_id = ? ORDER BY c.changed_at, c.id",
                r -> new CaseChange(r.getLong(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
                        r.getString(6), Sql.instant(r, 7), r.getLong(8), r.getString(9)), schoolId, caseId);
    }

    /** The case's recorded events, oldest first (the engine's have no recorder). */
    @Override
    public List<Event> events(long schoolId, long caseId) {
        return Sql.list(jdbc.tenant(), "SELECT e.id, e.event, e.occurred_at, u.display_name, e.note FROM case_event e "
                + "LEFT JOIN app_user u ON u.id = e.recorded_by WHERE e.tenant_id = ? AND e.case_id = ? "
                + "ORDER BY e.occurred_at, e.id", r -> new Event(r.getLong(1), r.getString(2),
                Sql.instant(r, 3), r.getString(4), r.getString(5)), schoolId, caseId);
    }

    /** The day of the case's last recorded event of the kind (e.g. NEEDS_ASSESSED), in the zone. */
    @Override
    public Optional<LocalDate> lastEvent(long schoolId, long caseId, String event, ZoneId zone) {
        return lastEventAt(schoolId, caseId, event).map(at -> LocalDate.ofInstant(at, zone));
    }

    /** When the case's last event of the kind was recorded as having happened. */
    @Override
    public Optional<Instant> lastEventAt(long schoolId, long caseId, String event) {
        return Sql.one(jdbc.tenant(), "SELECT max(occurred_at) FROM case_event WHERE tenant_id = ? AND case_id = ? "
                + "AND event = ?", r -> Sql.instant(r, 1), schoolId, caseId, event);
    }

    /** An enabled account of the school, with its roles; empty for anyone else. */
    @Override
    public Optional<Staff> staff(long schoolId, long userId) {
        return staffWhere("u.id = ? AND u.school_id = ?", userId, schoolId).stream().findFirst();
    }

    /** The school's enabled accounts with their roles, by name. */
    @Override
    public List<Staff> schoolStaff(long schoolId) {
        return staffWhere("u.school_id = ?", schoolId);
    }

    /** Names of the school's accounts (enabled or not: history keeps naming people who left). */
    @Override
    public Map<Long, String> names(long schoolId, Collection<Long> userIds) {
        return Sql.list(jdbc.tenant(), "SELECT id, display_name FROM app_user WHERE school_id = ? AND id = ANY (?)",
                r -> Map.entry(r.getLong(1), r.getString(2)), schoolId, userIds.toArray(Long[]::new)).stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private List<Staff> staffWhere(String condition, Object... parameters) {
        return Sql.list(jdbc.tenant(), "SELECT u.id, u.display_name, string_agg(r.role, ',') FROM app_user u "
                + "LEFT JOIN app_user_role r ON r.user_id = u.id WHERE " + condition + " AND u.enabled "
                + "GROUP BY u.id, u.display_name ORDER BY u.display_name, u.id", r -> {
                    String roles = r.getString(3);
                    return new Staff(r.getLong(1), r.getString(2),
                            roles == null ? Set.of() : new TreeSet<>(Arrays.asList(roles.split(","))));
                }, parameters);
    }
}
