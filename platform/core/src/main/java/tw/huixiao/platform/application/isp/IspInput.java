package tw.huixiao.platform.application.isp;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A Tainan ISP as the client sends it (codes as strings, checked field by field). The budget is
 * not part of it: it is computed from the plan. {@code version} is required when replacing a
 * draft.
 */
public record IspInput(Term term, List<TeamMember> team, List<Long> needsMeetingIds, List<Service> services,
                       Measures measures, List<Teacher> teachers, List<Cell> timetable, List<Visit> visits,
                       Extras extras, Boolean fundingRequested, Long version) {

    /** The weeks the courses run: a label (e.g. 115學年度第一學期), the Monday they start, how many weeks. */
    public record Term(String label, LocalDate startsOn, Integer weeks) {
    }

    /** role: PRINCIPAL, COUNSELLING_DIRECTOR, … (TeamRole); userId when the person has an account. */
    public record TeamMember(String role, String name, Long userId, String duties) {
    }

    /** area: PERSONAL, LIVING, FAMILY, LEARNING, SOCIAL, OTHER. */
    public record Service(String area, String item, String method, String provider, String revision) {
    }

    public record Measures(String schooling, String courses, String career, String furtherStudy) {
    }

    /**
     * type: INTERNAL_TEACHER, EXTERNAL_TEACHER, UNLICENSED_COUNSELLOR, LICENSED_PROFESSIONAL,
     * PSYCHIATRIST, TRACKING_COUNSELLOR, VOLUNTEER; registryCheckedOn: when the unfit-educator
     * registry was checked; agreedRate: only when the fee is not the schedule's.
     */
    public record Teacher(String name, String type, String jobTitle, String reason, String qualification,
                          LocalDate registryCheckedOn, BigDecimal agreedRate, Boolean reducedLoad, Boolean centreStaff,
                          Boolean bureauConsent, Long userId) {
    }

    /** day: MONDAY … FRIDAY; period: 1 … 7 or LUNCH; teacher: a name of the teacher table. */
    public record Cell(String day, String period, String course, String teacher, List<Long> studentIds) {
    }

    /** counsellor: a TRACKING_COUNSELLOR of the teacher table. */
    public record Visit(LocalDate date, String counsellor, Long studentId, BigDecimal distanceKm, Integer minutes,
                        String note) {
    }

    public record Extras(Boolean materials, BigDecimal materialsPerStudent, Boolean printing,
                         BigDecimal printingPerStudent, Integer administrationMonths, BigDecimal administrationPerMonth,
                         Outdoor outdoor, Boolean nhiPremium, BigDecimal miscellaneous) {
    }

    public record Outdoor(String description, BigDecimal cost) {
    }

    /** A step of the plan's life: the version read, and a note (the reason, for returning or withdrawing). */
    public record Step(Long version, String note) {
    }

    /** Filing with the bureau (送本局備查): when and the letter's reference. */
    public record Filing(Long version, LocalDate filedOn, String reference) {
    }

    /** Completion (辦理完畢): the day; the expense statement is due within a month (TN-REPORT). */
    public record Completion(Long version, LocalDate completedOn, String note) {
    }
}
