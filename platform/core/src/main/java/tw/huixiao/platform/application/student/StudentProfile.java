package tw.huixiao.platform.application.student;

import java.time.LocalDate;
import java.util.List;
import tw.huixiao.platform.application.CaseView;
import tw.huixiao.platform.application.StudentView;

/**
 * The student detail page: the register entry as the caller may see it (guardians' contacts and
 * the background per role), the class and its 導師, the enrolment events (入學, 註冊, 轉出, 報到),
 * the semester's attendance and the student's cases the caller may see.
 *
 * @param accessLogShown whether the caller may read who looked at the student (輔導室, 校長)
 */
public record StudentProfile(StudentView student, ClassInfo schoolClass, List<Enrolment> enrolment,
                             AttendanceSummary attendance, List<CaseView> cases, boolean accessLogShown) {

    /** 班級: school year in ROC years, grade, name and its homeroom teacher. */
    public record ClassInfo(long id, int schoolYear, int grade, String name, String homeroomTeacher) {
    }

    /** A registration or transfer event with its label. */
    public record Enrolment(LocalDate on, String kind, String zhTw, String en, String otherSchool, String note) {
    }
}
