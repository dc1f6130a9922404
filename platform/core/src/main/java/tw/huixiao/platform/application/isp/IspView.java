package tw.huixiao.platform.application.isp;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import tw.huixiao.platform.domain.isp.IspPlan;
import tw.huixiao.policy.spi.LocalizedText;

/**
 * A Tainan ISP as shown: its state and the steps open to it, the plan with names resolved, the
 * teacher-source table, the timetable (課程總表) and each student's own, the tracking visits, the
 * budget computed from the plan with the funding rules' violations, and its history.
 */
public record IspView(long id, long caseId, long studentId, String state, LocalizedText stateLabel, List<String> next,
                      Term term, List<TeamMember> team, List<Meeting> needsMeetings, List<Service> services,
                      IspPlan.Measures measures, List<Teacher> teachers, List<Cell> timetable, List<Row> overview,
                      List<StudentTimetable> studentTimetables, List<Visit> visits, IspPlan.Extras extras,
                      boolean fundingRequested, BudgetView budget, List<Step> history, Instant submittedAt,
                      Long submittedBy, Instant decidedAt, Long decidedBy, LocalDate filedOn, String filingReference,
                      LocalDate completedOn, Instant createdAt, long createdBy, Instant updatedAt, long updatedBy,
                      long version) {

    public record Term(String label, LocalDate startsOn, int weeks, LocalDate lastSchoolDay, int months) {
    }

    public record TeamMember(String role, LocalizedText roleLabel, String name, Long userId, String duties) {
    }

    /** Needs-assessment meeting #number of the case (TN-MEETINGS). */
    public record Meeting(long id, int number, LocalDate heldOn) {
    }

    public record Service(String area, LocalizedText areaLabel, String item, String method, String provider,
                          String revision) {
    }

    /** A row of 師資來源: seq, the courses taught (from the timetable), 內聘/外聘, the registry check. */
    public record Teacher(int seq, String name, String type, LocalizedText typeLabel, LocalizedText source,
                          List<String> courses, String jobTitle, String reason, String qualification,
                          boolean registryChecked, LocalDate registryCheckedOn, BigDecimal agreedRate, boolean reducedLoad,
                          boolean centreStaff, boolean bureauConsent, Long userId) {
    }

    public record Student(long id, String name) {
    }

    public record Cell(String day, String period, LocalizedText periodLabel, String course, String teacher,
                       List<Student> students) {
    }

    /** A period of a timetable, Monday to Friday ("*": in the original class). */
    public record Row(String period, LocalizedText label, List<String> days) {
    }

    public record StudentTimetable(long studentId, String name, List<Row> rows) {
    }

    public record Visit(LocalDate date, String counsellor, long studentId, String studentName, BigDecimal distanceKm,
                        int minutes, String note) {
    }

    public record Step(String from, String to, String note, Instant at, long by, String byName) {
    }
}
