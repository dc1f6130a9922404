package tw.huixiao.platform.domain.isp;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A Tainan ISP's content, checked (seed 004 附件2): the term its courses run in, the execution
 * team (TN-TEAM), the needs-assessment meetings it rests on (TN-MEETINGS), the support services
 * (TN-SERVICES) and measures, the teachers (TN-TEACHERS), the timetable (TN-TIMETABLE), the
 * tracking-counsellor visits and what else the budget should hold. The budget itself is never
 * part of the plan: it is computed from it ({@link IspBudget}).
 */
public record IspPlan(Term term, List<TeamMember> team, List<Long> needsMeetingIds, List<Service> services,
                      Measures measures, List<Teacher> teachers, List<Cell> timetable, List<Visit> visits,
                      Extras extras, boolean fundingRequested) {

    public IspPlan {
        team = List.copyOf(team);
        needsMeetingIds = List.copyOf(needsMeetingIds);
        services = List.copyOf(services);
        teachers = List.copyOf(teachers);
        timetable = List.copyOf(timetable);
        visits = List.copyOf(visits);
    }

    /**
     * The weeks the ISP courses run: from a Monday, {@code weeks} whole weeks (the template's
     * "111/08/01~112/01/20 (共14週)").
     */
    public record Term(String label, LocalDate startsOn, int weeks) {

        /** The semester a day falls in (115學年度第一學期): the school year starts on 1 August, its second semester in February. */
        public static String semesterOf(LocalDate day) {
            int rocYear = day.getYear() - 1911;
            if (day.getMonthValue() >= 8) {
                return rocYear + "學年度第一學期";
            }
            return (rocYear - 1) + (day.getMonthValue() == 1 ? "學年度第一學期" : "學年度第二學期");
        }

        /** The last day of the term's last week (its Sunday): visits may fall on any day. */
        public LocalDate lastDay() {
            return startsOn.plusWeeks(weeks).minusDays(1);
        }

        /** The last school day (Friday of the last week). */
        public LocalDate lastSchoolDay() {
            return startsOn.plusWeeks(weeks - 1L).plusDays(4);
        }

        /** The date of a weekday in week {@code week} (0-based). */
        public LocalDate dateOf(int week, DayOfWeek day) {
            return startsOn.plusWeeks(week).plusDays(day.getValue() - 1L);
        }

        /** Calendar months the school days touch (the most administration months, TN-F-ADMIN). */
        public int months() {
            LocalDate last = lastSchoolDay();
            return (last.getYear() - startsOn.getYear()) * 12 + last.getMonthValue() - startsOn.getMonthValue() + 1;
        }

        public boolean contains(LocalDate day) {
            return !day.isBefore(startsOn) && !day.isAfter(lastDay());
        }

        public boolean overlaps(LocalDate from, LocalDate to) {
            return !from.isAfter(lastDay()) && !to.isBefore(startsOn);
        }
    }

    /** A member of the execution team; {@code userId} when the person has an account of the school. */
    public record TeamMember(TeamRole role, String name, Long userId, String duties) {
    }

    /** A row of the support-services table: item, method, unit or person, revision (修正情形). */
    public record Service(ServiceArea area, String item, String method, String provider, String revision) {
    }

    /** 輔導措施: schooling plan, courses after return, career plan, further study or employment. */
    public record Measures(String schooling, String courses, String career, String furtherStudy) {
    }

    /**
     * A row of the teacher-source table (師資來源): name, type, title, reason for hiring, degree or
     * licence, when the unfit-educator registry (不適任教育人員系統) was checked, the fee agreed if it
     * is not the schedule's rate (internal teachers in school hours are paid by the national
     * part-time rate table, which the plan states), a reduced-load counselling teacher, a member
     * of the 輔諮中心's staff, the bureau's consent to an external counsellor or tracker.
     */
    public record Teacher(String name, TeacherType type, String jobTitle, String reason, String qualification,
                          LocalDate registryCheckedOn, BigDecimal agreedRate, boolean reducedLoad, boolean centreStaff,
                          boolean bureauConsent, Long userId) {

        /** Who the teacher is across plans: the account if there is one, otherwise the name. */
        public String key() {
            return userId != null ? "user:" + userId : "name:" + name;
        }
    }

    /** A cell of the timetable: a course at a weekday and period, its teacher (by name) and the students pulled out. */
    public record Cell(DayOfWeek day, IspPeriod period, String course, String teacher, List<Long> studentIds) {
        public Cell {
            studentIds = List.copyOf(new LinkedHashSet<>(studentIds));
        }
    }

    /** A tracking counsellor's visit: when, who (a teacher of type TRACKING_COUNSELLOR), which student, how far, how long. */
    public record Visit(LocalDate date, String counsellor, Long studentId, BigDecimal distanceKm, int minutes, String note) {
    }

    /**
     * What the budget holds besides fees and visits: materials and printing for each student
     * pulled out (TN-F-MATERIAL, TN-F-PRINT), administration for some months (TN-F-ADMIN; default
     * the months of the term), an outdoor activity at its cost (TN-F-OUTDOOR; beyond the limit the
     * participants pay), the supplementary premium (TN-F-NHI) and the miscellany (TN-F-MISC: null
     * = as much as allowed). Amounts left null are the schedule's.
     */
    public record Extras(boolean materials, BigDecimal materialsPerStudent, boolean printing,
                         BigDecimal printingPerStudent, Integer administrationMonths, BigDecimal administrationPerMonth,
                         Outdoor outdoor, boolean nhiPremium, BigDecimal miscellaneous) {

        public static final Extras NONE = new Extras(false, null, false, null, 0, null, null, false, BigDecimal.ZERO);
    }

    public record Outdoor(String description, BigDecimal cost) {
    }

    /** The teacher of that name, if the table has one. */
    public java.util.Optional<Teacher> teacher(String name) {
        return teachers.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    /** The students pulled out anywhere in the timetable, and the case's own student. */
    public Set<Long> students(long caseStudentId) {
        Set<Long> all = new LinkedHashSet<>();
        all.add(caseStudentId);
        timetable.forEach(c -> all.addAll(c.studentIds()));
        return all;
    }
}
