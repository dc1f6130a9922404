package tw.huixiao.platform.infrastructure.overview;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import tw.huixiao.platform.infrastructure.persistence.Jdbc;
import tw.huixiao.platform.infrastructure.persistence.Sql;
import tw.huixiao.platform.application.overview.LandingStore;
import tw.huixiao.platform.application.overview.Meeting;
import tw.huixiao.platform.application.overview.RollState;
import tw.huixiao.platform.application.overview.TierCount;

/** What a person's first screen shows beside their duties: a teacher's rolls, the counselling office's caseload. */
@ApplicationScoped
public class JdbcLandingStore implements LandingStore {

    @Inject
    Jdbc jdbc;

    /**
     * The teacher's classes and today's roll: a class roll, or the school's file for every class
     * (class 0). The latest batch names who saved it and when.
     */
    @Override
    public List<RollState> rolls(long schoolId, long teacherId, LocalDate day) {
        return Sql.list(jdbc.tenant(), "SELECT c.id, c.name, r.received_at, r.display_name, r.class_id "
                + "FROM school_class c LEFT JOIN LATERAL (SELECT b.received_at, u.display_name, ar.class_id "
                + "FROM attendance_roll ar JOIN attendance_batch b ON b.tenant_id = ar.tenant_id AND b.id = ar.batch_id "
                + "JOIN app_user u ON u.id = b.received_by WHERE ar.tenant_id = c.tenant_id AND ar.day = ? "
                + "AND ar.class_id IN (c.id, 0) ORDER BY b.received_at DESC LIMIT 1) r ON true "
                + "WHERE c.tenant_id = ? AND c.homeroom_teacher_id = ? ORDER BY c.school_year DESC, c.grade, c.name",
                r -> new RollState(r.getLong(1), r.getString(2), r.getTimestamp(3) != null,
                        Sql.instant(r, "received_at"), r.getString(4), Long.valueOf(0).equals(Sql.longOrNull(r, "class_id"))),
                day, schoolId, teacherId);
    }

    /** Cases not closed by counselling tier (1–3). */
    @Override
    public List<TierCount> openByTier(long schoolId) {
        return Sql.list(jdbc.tenant(), "SELECT tier, count(*) FROM student_case WHERE tenant_id = ? AND state <> 'CLOSED' "
                + "GROUP BY tier ORDER BY tier", r -> new TierCount(r.getInt(1), r.getLong(2)), schoolId);
    }

    /** The meetings held or planned on the days from..to, earliest first. */
    @Override
    public List<Meeting> meetings(long schoolId, LocalDate from, LocalDate to) {
        return Sql.list(jdbc.tenant(), "SELECT m.id, m.case_id, s.name, m.kind, m.rule_id, m.held_on FROM case_meeting m "
                + "JOIN student_case k ON k.tenant_id = m.tenant_id AND k.id = m.case_id "
                + "JOIN student s ON s.tenant_id = k.tenant_id AND s.id = k.student_id "
                + "WHERE m.tenant_id = ? AND m.held_on BETWEEN ? AND ? ORDER BY m.held_on, m.id",
                r -> new Meeting(r.getLong(1), r.getLong(2), r.getString(3), r.getString(4), r.getString(5),
                        Sql.date(r, "held_on")), schoolId, from, to);
    }
}
