package tw.huixiao.platform.infrastructure.casework;

import tw.huixiao.platform.infrastructure.persistence.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tw.huixiao.platform.domain.identity.Role;
import tw.huixiao.platform.infrastructure.persistence.Jdbc;
import tw.huixiao.platform.application.casework.MeetingStore;

/** Meetings, their attendees, outside participants and decisions, for the bound school. */
@ApplicationScoped
public class JdbcMeetingStore implements MeetingStore {

    private static final String COLUMNS = "id, case_id, kind, rule_id, held_on, chair_user_id, chair_name, minutes, "
            + "created_at, created_by, updated_at, version";

    @Inject
    Jdbc jdbc;

    @Override
    public long insert(long schoolId, long caseId, String kind, String ruleId, LocalDate heldOn, Long chairUserId,
                       String chairName, String minutes, Instant at, long by) {
        return Sql.insert(c(), "INSERT INTO case_meeting (tenant_id, case_id, kind, rule_id, held_on, chair_user_id, "
                        + "chair_name, minutes, created_at, created_by, updated_at, updated_by) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", schoolId, caseId, kind, ruleId, heldOn,
                chairUserId, chairName, minutes, at, by, at, by);
    }

    /** Corrects a meeting read at {@code version}; false if someone changed it meanwhile. */
    @Override
    public boolean update(long schoolId, long id, long version, String kind, String ruleId, LocalDate heldOn,
                          Long chairUserId, String chairName, String minutes, Instant at, long by) {
        return Sql.update(c(), "UPDATE case_meeting SET kind = ?, rule_id = ?, held_on = ?, chair_user_id = ?, "
                        + "chair_name = ?, minutes = ?, updated_at = ?, updated_by = ?, version = version + 1 "
                        + "WHERE tenant_id = ? AND id = ? AND version = ?", kind, ruleId, heldOn, chairUserId, chairName,
                minutes, at, by, schoolId, id, version) == 1;
    }

    /** Bumps the version when decisions are added at {@code version}; false if it changed meanwhile. */
    @Override
    public boolean touch(long schoolId, long id, long version, Instant at, long by) {
        return Sql.update(c(), "UPDATE case_meeting SET updated_at = ?, updated_by = ?, version = version + 1 "
                + "WHERE tenant_id = ? AND id = ? AND version = ?", at, by, schoolId, id, version) == 1;
    }

    @Override
    public void replaceAttendees(long schoolId, long meetingId, Collection<Long> userIds) {
        Sql.update(c(), "DELETE FROM meeting_attendee WHERE tenant_id = ? AND meeting_id = ?", schoolId, meetingId);
        for (long user : userIds) {
            Sql.update(c(), "INSERT INTO meeting_attendee (tenant_id, meeting_id, user_id) VALUES (?, ?, ?)",
                    schoolId, meetingId, user);
        }
    }

    @Override
    public void replaceParticipants(long schoolId, long meetingId, List<Participant> participants) {
        Sql.update(c(), "DELETE FROM meeting_participant WHERE tenant_id = ? AND meeting_id = ?", schoolId, meetingId);
        for (int i = 0; i < participants.size(); i++) {
            Participant p = participants.get(i);
            Sql.update(c(), "INSERT INTO meeting_participant (tenant_id, meeting_id, position, name, agency, contact) "
                    + "VALUES (?, ?, ?, ?, ?, ?)", schoolId, meetingId, i + 1, p.name(), p.agency(), p.contact());
        }
    }

    @Override
    public void insertDecision(long schoolId, long meetingId, Decision d, Instant at, long by) {
        Sql.update(c(), "INSERT INTO meeting_decision (tenant_id, meeting_id, seq, decision, owner_role, owner_user_id, "
                        + "due_on, task_id, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", schoolId,
                meetingId, d.seq(), d.decision(), d.ownerRole(), d.ownerUserId(), d.dueOn(), d.taskId(), at, by);
    }

    @Override
    public Optional<Meeting> find(long schoolId, long caseId, long id) {
        return Sql.one(c(), "SELECT " + COLUMNS + " FROM case_meeting WHERE tenant_id = ? AND case_id = ? AND id = ?",
                JdbcMeetingStore::meeting, schoolId, caseId, id);
    }

    @Override
    public List<Meeting> ofCase(long schoolId, long caseId) {
        return Sql.list(c(), "SELECT " + COLUMNS + " FROM case_meeting WHERE tenant_id = ? AND case_id = ? "
                + "ORDER BY held_on, id", JdbcMeetingStore::meeting, schoolId, caseId);
    }

    @Override
    public List<Long> attendees(long schoolId, long meetingId) {
        return Sql.list(c(), "SELECT user_id FROM meeting_attendee WHERE tenant_id = ? AND meeting_id = ? ORDER BY user_id",
                rows -> rows.getLong(1), schoolId, meetingId);
    }

    @Override
    public List<Participant> participants(long schoolId, long meetingId) {
        return Sql.list(c(), "SELECT name, agency, contact FROM meeting_participant WHERE tenant_id = ? "
                        + "AND meeting_id = ? ORDER BY position",
                rows -> new Participant(rows.getString(1), rows.getString(2), rows.getString(3)), schoolId, meetingId);
    }

    @Override
    public List<Decision> decisions(long schoolId, long meetingId) {
        return Sql.list(c(), "SELECT seq, decision, owner_role, owner_user_id, due_on, task_id FROM meeting_decision "
                        + "WHERE tenant_id = ? AND meeting_id = ? ORDER BY seq",
                rows -> new Decision(rows.getInt("seq"), rows.getString("decision"), rows.getString("owner_role"),
                        Sql.longOrNull(rows, "owner_user_id"), Sql.date(rows, "due_on"), Sql.longOrNull(rows, "task_id")),
                schoolId, meetingId);
    }

    /** The staff accounts of the school among the ids (others are left out). */
    @Override
    public Map<Long, Staff> staff(long schoolId, Collection<Long> ids) {
        Map<Long, Staff> found = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        record Line(long id, String name, String role) {
        }
        for (Line line : Sql.list(c(), "SELECT u.id, u.display_name, r.role FROM app_user u "
                        + "LEFT JOIN app_user_role r ON r.user_id = u.id WHERE u.school_id = ? AND u.id = ANY (?) "
                        + "ORDER BY u.id", rows -> new Line(rows.getLong(1), rows.getString(2), rows.getString(3)),
                schoolId, ids.toArray(Long[]::new))) {
            Staff staff = found.computeIfAbsent(line.id(), k -> new Staff(k, line.name(), EnumSet.noneOf(Role.class)));
            if (line.role() != null) {
                staff.roles().add(Role.valueOf(line.role()));
            }
        }
        return found;
    }

    /** The id of the task stored under a key. */
    @Override
    public Optional<Long> taskId(long schoolId, String taskKey) {
        return Sql.one(c(), "SELECT id FROM case_task WHERE tenant_id = ? AND task_key = ?", rows -> rows.getLong(1),
                schoolId, taskKey);
    }

    private static Meeting meeting(java.sql.ResultSet rows) throws java.sql.SQLException {
        return new Meeting(rows.getLong("id"), rows.getLong("case_id"), rows.getString("kind"), rows.getString("rule_id"),
                Sql.date(rows, "held_on"), Sql.longOrNull(rows, "chair_user_id"), rows.getString("chair_name"),
                rows.getString("minutes"), Sql.instant(rows, "created_at"), rows.getLong("created_by"),
                Sql.instant(rows, "updated_at"), rows.getLong("version"));
    }

    private Connection c() {
        return jdbc.tenant();
    }
}
