package tw.huixiao.platform.application.isp;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import tw.huixiao.platform.application.InvalidInputException.FieldError;
import tw.huixiao.platform.domain.isp.IspPeriod;
import tw.huixiao.platform.domain.isp.IspPlan;
import tw.huixiao.platform.domain.isp.IspTimetable;
import tw.huixiao.platform.domain.isp.ServiceArea;
import tw.huixiao.platform.domain.isp.TeacherType;
import tw.huixiao.platform.domain.isp.TeamRole;
import tw.huixiao.policy.spi.RuleId;
import tw.huixiao.policy.spi.casework.PlanRequirements;

/**
 * Checks an ISP as sent, field by field (every problem at once, {@code field} paths such as
 * {@code timetable[3].teacher}), into a typed {@link IspPlan}; names timetable conflicts by their
 * cell; and lists what a plan still lacks before it can be submitted, citing the module's rules for
 * it (SPI 1.7 {@code planRequirements()}, e.g. Tainan's team, meetings and teachers rules). A draft
 * may be incomplete; it may not be wrong.
 */
final class IspChecks {

    static final int MAX_ROWS = 60;
    static final int MAX_CELLS = 200;
    static final int MAX_TEXT = 2_000;
    static final int MAX_NAME = 100;
    static final int MAX_WEEKS = 30;
    static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000");

    private IspChecks() {
    }

    /** What the checks look up: today, the school's students among those named, its staff accounts, the case's meetings. */
    record Context(LocalDate today, Map<Long, String> students, Set<Long> staff, Set<Long> needsMeetings) {
    }

    static IspPlan check(IspInput in, Context context, List<FieldError> errors) {
        if (in == null) {
            errors.add(new FieldError("body", "請求內容不可為空 (request body is required)"));
            return null;
        }
        IspPlan.Term term = term(in.term(), errors);
        List<IspPlan.TeamMember> team = team(in.team(), context, errors);
        List<Long> meetings = meetings(in.needsMeetingIds(), context, errors);
        List<IspPlan.Service> services = services(in.services(), errors);
        IspPlan.Measures measures = in.measures() == null ? null : new IspPlan.Measures(
                text(in.measures().schooling(), "measures.schooling", MAX_TEXT, errors),
                text(in.measures().courses(), "measures.courses", MAX_TEXT, errors),
                text(in.measures().career(), "measures.career", MAX_TEXT, errors),
                text(in.measures().furtherStudy(), "measures.furtherStudy", MAX_TEXT, errors));
        List<IspPlan.Teacher> teachers = teachers(in.teachers(), context, errors);
        List<IspPlan.Cell> cells = cells(in.timetable(), teachers, context, errors);
        List<IspPlan.Visit> visits = visits(in.visits(), term, teachers, context, errors);
        IspPlan.Extras extras = extras(in.extras(), term, errors);
        if (term == null || teachers == null || cells == null || extras == null) {
            return null;
        }
        return new IspPlan(term, team, meetings, services, measures, teachers, cells, visits, extras,
                in.fundingRequested() == null || in.fundingRequested());
    }

    private static IspPlan.Term term(IspInput.Term in, List<FieldError> errors) {
        if (in == null) {
            errors.add(new FieldError("term", "請填寫實施期程：學期、起始週一及週數 (the term: label, startsOn, weeks)"));
            return null;
        }
        String label = required(in.label(), "term.label", MAX_NAME, "請填寫學年度學期（例：115學年度第一學期） (the school year and semester)",
                errors);
        boolean ok = label != null;
        if (in.startsOn() == null) {
            errors.add(new FieldError("term.startsOn", "請填寫課程起始日 (the first day of the courses)"));
            ok = false;
        } else if (in.startsOn().getDayOfWeek() != DayOfWeek.MONDAY) {
            errors.add(new FieldError("term.startsOn", "課程以整週計算，起始日應為星期一 (courses run in whole weeks from a Monday)"));
            ok = false;
        }
        if (in.weeks() == null || in.weeks() < 1 || in.weeks() > MAX_WEEKS) {
            errors.add(new FieldError("term.weeks", "週數應為 1–" + MAX_WEEKS + " (weeks: 1–" + MAX_WEEKS + ")"));
            ok = false;
        }
        return ok ? new IspPlan.Term(label, in.startsOn(), in.weeks()) : null;
    }

    private static List<IspPlan.TeamMember> team(List<IspInput.TeamMember> in, Context context, List<FieldError> errors) {
        List<IspPlan.TeamMember> team = new ArrayList<>();
        List<IspInput.TeamMember> given = rows(in, "team", errors);
        for (int i = 0; i < given.size(); i++) {
            String at = "team[" + i + "]";
            IspInput.TeamMember m = given.get(i);
            if (m == null) {
                errors.add(new FieldError(at, "不可為空 (empty row)"));
                continue;
            }
            Optional<TeamRole> role = enumOf(TeamRole.class, m.role());
            if (role.isEmpty()) {
                errors.add(new FieldError(at + ".role", "職稱應為 " + names(TeamRole.values()) + " 之一 (unknown team role)"));
            }
            String name = required(m.name(), at + ".name", MAX_NAME, "請填寫姓名 (the name)", errors);
            if (m.userId() != null && !context.staff().contains(m.userId())) {
                errors.add(new FieldError(at + ".userId", "不是本校人員 (not a staff account of this school)"));
            }
            String duties = text(m.duties(), at + ".duties", MAX_TEXT, errors);
            if (role.isPresent() && name != null) {
                team.add(new IspPlan.TeamMember(role.get(), name, m.userId(), duties));
            }
        }
        return team;
    }

    private static List<Long> meetings(List<Long> in, Context context, List<FieldError> errors) {
        List<Long> meetings = new ArrayList<>();
        List<Long> given = in == null ? List.of() : in;
        for (int i = 0; i < given.size(); i++) {
            Long id = given.get(i);
            if (id == null || !context.needsMeetings().contains(id)) {
                errors.add(new FieldError("needsMeetingIds[" + i + "]", "不是本個案的需求評估會議 "
                        + "(not a needs-assessment meeting of this case)"));
            } else if (!meetings.contains(id)) {
                meetings.add(id);
            }
        }
        return meetings;
    }

    private static List<IspPlan.Service> services(List<IspInput.Service> in, List<FieldError> errors) {
        List<IspPlan.Service> services = new ArrayList<>();
        List<IspInput.Service> given = rows(in, "services", errors);
        for (int i = 0; i < given.size(); i++) {
            String at = "services[" + i + "]";
            IspInput.Service s = given.get(i);
            if (s == null) {
                errors.add(new FieldError(at, "不可為空 (empty row)"));
                continue;
            }
            Optional<ServiceArea> area = enumOf(ServiceArea.class, s.area());
            if (area.isEmpty()) {
                errors.add(new FieldError(at + ".area", "類別應為 " + names(ServiceArea.values()) + " 之一 (unknown area)"));
            }
            String item = required(s.item(), at + ".item", MAX_NAME, "請填寫項目 (the item)", errors);
            String method = text(s.method(), at + ".method", MAX_TEXT, errors);
            String provider = text(s.provider(), at + ".provider", MAX_TEXT, errors);
            String revision = text(s.revision(), at + ".revision", MAX_TEXT, errors);
            if (area.isPresent() && item != null) {
                services.add(new IspPlan.Service(area.get(), item, method, provider, revision));
            }
        }
        return services;
    }

    private static List<IspPlan.Teacher> teachers(List<IspInput.Teacher> in, Context context, List<FieldError> errors) {
        List<IspPlan.Teacher> teachers = new ArrayList<>();
        List<IspInput.Teacher> given = rows(in, "teachers", errors);
        Set<String> names = new HashSet<>();
        boolean ok = true;
        for (int i = 0; i < given.size(); i++) {
            String at = "teachers[" + i + "]";
            IspInput.Teacher t = given.get(i);
            if (t == null) {
                errors.add(new FieldError(at, "不可為空 (empty row)"));
                ok = false;
                continue;
            }
            String name = required(t.name(), at + ".name", MAX_NAME, "請填寫姓名 (the name)", errors);
            if (name != null && !names.add(name)) {
                errors.add(new FieldError(at + ".name", "師資表已有 " + name + " (this name is already in the table)"));
                name = null;
            }
            Optional<TeacherType> type = enumOf(TeacherType.class, t.type());
            if (type.isEmpty()) {
                errors.add(new FieldError(at + ".type", "類別應為 " + names(TeacherType.values()) + " 之一 (unknown type)"));
            }
            if (t.userId() != null && !context.staff().contains(t.userId())) {
                errors.add(new FieldError(at + ".userId", "不是本校人員 (not a staff account of this school)"));
            }
            if (t.registryCheckedOn() != null && t.registryCheckedOn().isAfter(context.today())) {
                errors.add(new FieldError(at + ".registryCheckedOn", "查詢日期不可在未來 (the check cannot be in the future)"));
            }
            boolean reducedLoad = Boolean.TRUE.equals(t.reducedLoad());
            if (reducedLoad && type.isPresent() && type.get() != TeacherType.INTERNAL_TEACHER) {
                errors.add(new FieldError(at + ".reducedLoad", "僅內聘之輔導教師有減授課 (only internal counselling teachers "
                        + "have a reduced load)"));
            }
            BigDecimal rate = amount(t.agreedRate(), at + ".agreedRate", errors);
            String jobTitle = text(t.jobTitle(), at + ".jobTitle", MAX_NAME, errors);
            String reason = text(t.reason(), at + ".reason", MAX_TEXT, errors);
            String qualification = text(t.qualification(), at + ".qualification", MAX_TEXT, errors);
            if (name == null || type.isEmpty()) {
                ok = false;
                continue;
            }
            teachers.add(new IspPlan.Teacher(name, type.get(), jobTitle, reason, qualification, t.registryCheckedOn(),
                    rate, reducedLoad, Boolean.TRUE.equals(t.centreStaff()), Boolean.TRUE.equals(t.bureauConsent()),
                    t.userId()));
        }
        return ok ? teachers : null;
    }

    private static List<IspPlan.Cell> cells(List<IspInput.Cell> in, List<IspPlan.Teacher> teachers, Context context,
                                           List<FieldError> errors) {
        List<IspPlan.Cell> cells = new ArrayList<>();
        List<IspInput.Cell> given = in == null ? List.of() : in;
        if (given.size() > MAX_CELLS) {
            errors.add(new FieldError("timetable", "最多 " + MAX_CELLS + " 格 (at most " + MAX_CELLS + " cells)"));
            return null;
        }
        boolean ok = true;
        for (int i = 0; i < given.size(); i++) {
            String at = "timetable[" + i + "]";
            IspInput.Cell c = given.get(i);
            if (c == null) {
                errors.add(new FieldError(at, "不可為空 (empty cell)"));
                ok = false;
                continue;
            }
            Optional<DayOfWeek> day = enumOf(DayOfWeek.class, c.day()).filter(IspTimetable.DAYS::contains);
            if (day.isEmpty()) {
                errors.add(new FieldError(at + ".day", "星期應為 MONDAY–FRIDAY (a weekday, Monday to Friday)"));
            }
            Optional<IspPeriod> period = IspPeriod.parse(c.period());
            if (period.isEmpty()) {
                errors.add(new FieldError(at + ".period", "節次應為 1–7 或 LUNCH（用餐及午休） (period 1–7 or LUNCH)"));
            }
            String course = required(c.course(), at + ".course", MAX_NAME, "請填寫課程名稱 (the course)", errors);
            String teacher = required(c.teacher(), at + ".teacher", MAX_NAME, "請填寫授課者 (the teacher)", errors);
            if (teacher != null && teachers != null && teachers.stream().noneMatch(t -> t.name().equals(teacher))) {
                errors.add(new FieldError(at + ".teacher", teacher + " 不在師資來源表中 (not in the teacher table)"));
            }
            List<Long> students = c.studentIds() == null ? List.of() : c.studentIds();
            if (students.isEmpty()) {
                errors.add(new FieldError(at + ".studentIds", "請填寫抽離上課的學生 (the students pulled out)"));
            }
            for (int s = 0; s < students.size(); s++) {
                Long id = students.get(s);
                if (id == null || !context.students().containsKey(id)) {
                    errors.add(new FieldError(at + ".studentIds[" + s + "]", "不是本校學生或您無權檢視 (not a student you may see)"));
                }
            }
            if (day.isEmpty() || period.isEmpty() || course == null || teacher == null || students.isEmpty()) {
                ok = false;
                continue;
            }
            cells.add(new IspPlan.Cell(day.get(), period.get(), course, teacher, students));
        }
        return ok ? cells : null;
    }

    private static List<IspPlan.Visit> visits(List<IspInput.Visit> in, IspPlan.Term term, List<IspPlan.Teacher> teachers,
                                              Context context, List<FieldError> errors) {
        List<IspPlan.Visit> visits = new ArrayList<>();
        List<IspInput.Visit> given = in == null ? List.of() : in;
        if (given.size() > MAX_CELLS) {
            errors.add(new FieldError("visits", "最多 " + MAX_CELLS + " 次 (at most " + MAX_CELLS + " visits)"));
            return visits;
        }
        for (int i = 0; i < given.size(); i++) {
            String at = "visits[" + i + "]";
            IspInput.Visit v = given.get(i);
            if (v == null) {
                errors.add(new FieldError(at, "不可為空 (empty row)"));
                continue;
            }
            boolean ok = true;
            if (v.date() == null) {
                errors.add(new FieldError(at + ".date", "請填寫訪視日期 (the date)"));
                ok = false;
            } else if (term != null && !term.contains(v.date())) {
                errors.add(new FieldError(at + ".date", "訪視日期不在計畫期程 " + term.startsOn() + "–" + term.lastDay() + " 內 "
                        + "(the visit is outside the plan's weeks)"));
            }
            String counsellor = required(v.counsellor(), at + ".counsellor", MAX_NAME, "請填寫追蹤輔導員 (the counsellor)",
                    errors);
            if (counsellor != null && teachers != null && teachers.stream().noneMatch(t -> t.name().equals(counsellor)
                    && t.type() == TeacherType.TRACKING_COUNSELLOR)) {
                errors.add(new FieldError(at + ".counsellor", counsellor + " 不是師資來源表中的追蹤輔導員 "
                        + "(not a tracking counsellor of the teacher table)"));
            }
            if (v.studentId() == null || !context.students().containsKey(v.studentId())) {
                errors.add(new FieldError(at + ".studentId", "不是本校學生或您無權檢視 (not a student you may see)"));
                ok = false;
            }
            if (v.distanceKm() == null || v.distanceKm().signum() < 0 || v.distanceKm().compareTo(new BigDecimal("500")) > 0) {
                errors.add(new FieldError(at + ".distanceKm", "請填寫學校至案主居住地距離 0–500 公里 (distance from school to "
                        + "the student's home, 0–500 km)"));
                ok = false;
            }
            if (v.minutes() == null || v.minutes() < 1 || v.minutes() > 600) {
                errors.add(new FieldError(at + ".minutes", "請填寫面談分鐘數 1–600 (the session's minutes)"));
                ok = false;
            }
            String note = text(v.note(), at + ".note", MAX_TEXT, errors);
            if (ok && counsellor != null) {
                visits.add(new IspPlan.Visit(v.date(), counsellor, v.studentId(), v.distanceKm(), v.minutes(), note));
            }
        }
        return visits;
    }

    private static IspPlan.Extras extras(IspInput.Extras in, IspPlan.Term term, List<FieldError> errors) {
        if (in == null) {
            return new IspPlan.Extras(false, null, false, null, null, null, null, true, null);
        }
        Integer months = in.administrationMonths();
        if (months != null && (months < 0 || term != null && months > term.months())) {
            errors.add(new FieldError("extras.administrationMonths", "業務行政費月數應為 0–" + (term == null ? "?" : term.months())
                    + "（計畫期程所跨月數） (months: 0 to the months the plan spans)"));
        }
        IspPlan.Outdoor outdoor = null;
        if (in.outdoor() != null) {
            String description = required(in.outdoor().description(), "extras.outdoor.description", MAX_TEXT,
                    "請說明戶外活動內容 (describe the activity)", errors);
            BigDecimal cost = amount(in.outdoor().cost(), "extras.outdoor.cost", errors);
            if (cost == null) {
                errors.add(new FieldError("extras.outdoor.cost", "請填寫活動費用 (the cost)"));
            }
            outdoor = new IspPlan.Outdoor(description, cost);
        }
        return new IspPlan.Extras(Boolean.TRUE.equals(in.materials()),
                amount(in.materialsPerStudent(), "extras.materialsPerStudent", errors), Boolean.TRUE.equals(in.printing()),
                amount(in.printingPerStudent(), "extras.printingPerStudent", errors), months,
                amount(in.administrationPerMonth(), "extras.administrationPerMonth", errors), outdoor,
                in.nhiPremium() == null || in.nhiPremium(), amount(in.miscellaneous(), "extras.miscellaneous", errors));
    }

    // ---- timetable conflicts -------------------------------------------------------------

    /**
     * Each conflict as an error on the later cell, naming both cells — another case's plan by its
     * numbers only to a caller who sees the whole school (a homeroom teacher learns no other
     * child's case from a clash).
     */
    static List<FieldError> conflicts(IspPlan plan, List<IspTimetable.Conflict> conflicts, Function<Long, String> student,
                                      boolean namesOtherCases) {
        List<FieldError> errors = new ArrayList<>();
        for (IspTimetable.Conflict c : conflicts) {
            IspPlan.Cell cell = plan.timetable().get(c.cell());
            String where = dayZh(cell.day()) + " " + cell.period().label().zhTw();
            String whereEn = cell.day() + " " + cell.period().label().en().toLowerCase();
            String other;
            String otherEn;
            IspPlan.Cell with;
            if (c.withCell() != null) {
                with = plan.timetable().get(c.withCell());
                other = "第 " + (c.withCell() + 1) + " 格";
                otherEn = "cell " + (c.withCell() + 1);
            } else {
                with = c.withOther().cell();
                other = namesOtherCases ? "個案 #" + c.withOther().caseId() + " 的 ISP #" + c.withOther().planId()
                        : "另一份進行中的 ISP";
                otherEn = namesOtherCases ? "the ISP #" + c.withOther().planId() + " of case #" + c.withOther().caseId()
                        : "another plan in progress";
            }
            String message = c.kind() == IspTimetable.ConflictKind.STUDENT
                    ? where + "：學生 " + student.apply(c.studentId()) + " 已排在" + other + "【" + with.course() + "】，不能同時在【"
                            + cell.course() + "】 (a student cannot be in two cells at once: " + whereEn + ", already in "
                            + otherEn + ")"
                    : where + "：" + c.teacher() + " 已在" + other + "教【" + with.course() + "】，不能同時教【" + cell.course()
                            + "】 (a teacher cannot teach two cells at once: " + whereEn + ", already in " + otherEn + ")";
            errors.add(new FieldError("timetable[" + c.cell() + "]", message));
        }
        return errors;
    }

    static String dayZh(DayOfWeek day) {
        return switch (day) {
            case MONDAY -> "星期一";
            case TUESDAY -> "星期二";
            case WEDNESDAY -> "星期三";
            case THURSDAY -> "星期四";
            case FRIDAY -> "星期五";
            case SATURDAY -> "星期六";
            case SUNDAY -> "星期日";
        };
    }

    // ---- before submission -----------------------------------------------------------------

    /**
     * What a plan lacks before the school's review: the team's convener and secretary, a meeting, the
     * teachers' papers — each message citing the module's rule for it, if it declares one.
     */
    static List<FieldError> readyToSubmit(IspPlan plan, Optional<PlanRequirements> rules) {
        String team = cite(rules.map(PlanRequirements::team));
        String meetingsRule = cite(rules.map(PlanRequirements::needsMeetings));
        String teachersRule = cite(rules.map(PlanRequirements::teachers));
        List<FieldError> errors = new ArrayList<>();
        for (TeamRole needed : List.of(TeamRole.PRINCIPAL, TeamRole.COUNSELLING_DIRECTOR)) {
            if (plan.team().stream().noneMatch(m -> m.role() == needed)) {
                errors.add(new FieldError("team", "執行小組須有" + needed.label().zhTw() + "（" + needed.duties().zhTw()
                        + "）" + team + "(the execution team needs its " + needed.label().en().toLowerCase() + ")"));
            }
        }
        if (plan.needsMeetingIds().isEmpty()) {
            errors.add(new FieldError("needsMeetingIds", "請附至少一次個案需求評估會議 " + meetingsRule
                    + "(at least one needs-assessment meeting)"));
        }
        for (int i = 0; i < plan.teachers().size(); i++) {
            IspPlan.Teacher t = plan.teachers().get(i);
            String at = "teachers[" + i + "]";
            if (t.reason() == null) {
                errors.add(new FieldError(at + ".reason", t.name() + "：請註明聘任原因 " + teachersRule + "(state why)"));
            }
            if (t.qualification() == null) {
                errors.add(new FieldError(at + ".qualification", t.name() + "：請註明學歷或證照 " + teachersRule
                        + "(the degree or licence)"));
            }
            if (!t.type().internal() && !t.centreStaff() && t.registryCheckedOn() == null) {
                errors.add(new FieldError(at + ".registryCheckedOn", "外聘人員 " + t.name() + " 尚未查詢不適任教育人員系統 "
                        + teachersRule + "(check external hires against the unfit-educator registry)"));
            }
            boolean needsConsent = t.type() == TeacherType.UNLICENSED_COUNSELLOR || t.type() == TeacherType.LICENSED_PROFESSIONAL
                    || t.type() == TeacherType.PSYCHIATRIST || t.type() == TeacherType.TRACKING_COUNSELLOR;
            if (needsConsent && !t.centreStaff() && !t.bureauConsent()) {
                errors.add(new FieldError(at + ".bureauConsent", "外聘專業輔導人員或追蹤輔導員 " + t.name()
                        + " 需經教育局同意，不得私聘 " + teachersRule + "(the bureau must consent to an external counsellor or tracker)"));
            }
        }
        return errors;
    }

    // ---- helpers ----------------------------------------------------------------------------

    /** "(RULE) " for a rule the module declares, nothing otherwise. */
    private static String cite(Optional<RuleId> rule) {
        return rule.map(r -> "(" + r.value() + ") ").orElse("");
    }

    private static <T> List<T> rows(List<T> in, String field, List<FieldError> errors) {
        List<T> given = in == null ? List.of() : in;
        if (given.size() > MAX_ROWS) {
            errors.add(new FieldError(field, "最多 " + MAX_ROWS + " 列 (at most " + MAX_ROWS + " rows)"));
            return List.of();
        }
        return given;
    }

    private static <E extends Enum<E>> Optional<E> enumOf(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Enum.valueOf(type, value.strip().toUpperCase()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String names(Enum<?>[] values) {
        StringBuilder s = new StringBuilder();
        for (Enum<?> v : values) {
            s.append(s.length() == 0 ? "" : "、").append(v.name());
        }
        return s.toString();
    }

    private static String required(String value, String field, int max, String message, List<FieldError> errors) {
        String s = text(value, field, max, errors);
        if (s == null && (value == null || value.isBlank())) {
            errors.add(new FieldError(field, message));
        }
        return s;
    }

    private static String text(String value, String field, int max, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String s = value.strip();
        if (s.length() > max) {
            errors.add(new FieldError(field, "最多 " + max + " 字 (at most " + max + " characters)"));
            return null;
        }
        return s;
    }

    private static BigDecimal amount(BigDecimal value, String field, List<FieldError> errors) {
        if (value == null) {
            return null;
        }
        if (value.signum() < 0 || value.compareTo(MAX_AMOUNT) > 0 || value.stripTrailingZeros().scale() > 0) {
            errors.add(new FieldError(field, "金額應為 0–1,000,000 的整數元 (a whole amount in NTD, 0–1,000,000)"));
            return null;
        }
        return value;
    }
}
