package tw.huixiao.platform.domain.isp;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import tw.huixiao.policy.spi.LocalizedText;
import tw.huixiao.policy.spi.SchoolProfile;
import tw.huixiao.policy.spi.funding.Budget;
import tw.huixiao.policy.spi.funding.BudgetItemKind;
import tw.huixiao.policy.spi.funding.BudgetLine;
import tw.huixiao.policy.spi.funding.FundingPolicy;
import tw.huixiao.policy.spi.funding.Violation;

/**
 * The ISP budget computed from the plan, never typed: hourly fees from the timetable (a
 * teacher's periods on each weekday × the weeks of the term, one dated line per teaching day
 * so the daily cap can be checked, at the fee agreed or else the rate the case's funding rules
 * allow for the teacher's type at the school's level and remote-area flag; professionals paid
 * per hour (時) get their periods as hours, by the period's length at the school's level,
 * {@link IspPeriod#minutes}), tracking visits at
 * their distance band, materials and printing per student pulled out, administration per month,
 * the outdoor activity up to its limit, then the supplementary premium on the hourly fees and
 * the miscellany as the plan states it (an omitted miscellany is none, never its cap). Every line is then checked by the module's
 * rules ({@link FundingPolicy.Rules#validate}); each violation keeps the module's message with
 * its rule id, pointed at the summary line it concerns.
 */
public final class IspBudget {

    public static final String ADMINISTRATION = "ADMINISTRATION";
    public static final String PRINTING = "PRINTING";
    public static final String MATERIALS = "MATERIALS";
    public static final String NHI = "NHI_SUPPLEMENTARY_PREMIUM";
    public static final String OUTDOOR = "OUTDOOR_EXPERIENCE";
    public static final String MISCELLANEOUS = "MISCELLANEOUS";

    private IspBudget() {
    }

    /**
     * A line of the budget as shown: item, rule, payee, how the quantity came about, quantity ×
     * unit amount = amount; {@code dates} dated lines behind it (teaching days).
     */
    public record Line(String itemKind, LocalizedText item, String ruleId, String payee, LocalizedText basis,
                       BigDecimal quantity, LocalizedText unit, BigDecimal unitAmount, BigDecimal amount, int dates) {
    }

    /** A broken rule: its id, the module's message, the summary line it concerns (null: the whole budget), how often. */
    public record Finding(String ruleId, LocalizedText message, Integer line, int occurrences) {
    }

    /** Something the plan must say before a budget can be computed (e.g. an internal teacher's fee in school hours). */
    public record Problem(String field, String message) {
    }

    /**
     * The computed budget: the summary lines, the dated lines the rules checked, the hourly fees,
     * the total, what the participants pay beyond the outdoor limit, and the violations.
     */
    public record Computed(List<Line> lines, Budget detail, BigDecimal hourlyFees, BigDecimal total,
                           BigDecimal participantsPay, List<Finding> violations, List<Problem> problems) {

        public boolean fundable() {
            return violations.isEmpty() && problems.isEmpty();
        }

        public boolean breaks(String ruleId) {
            return violations.stream().anyMatch(v -> v.ruleId().equals(ruleId));
        }
    }

    public static Computed compute(IspPlan plan, long caseStudentId, FundingPolicy.Rules rules, SchoolProfile school,
                                   Function<Long, String> studentName) {
        return new Calculation(plan, caseStudentId, rules, school, studentName).run();
    }

    private static final class Calculation {
        private final IspPlan plan;
        private final long caseStudentId;
        private final FundingPolicy.Rules rules;
        private final SchoolProfile school;
        private final Function<Long, String> studentName;
        private final List<BudgetLine> detail = new ArrayList<>();
        private final List<Integer> summaryOf = new ArrayList<>();
        private final List<Line> lines = new ArrayList<>();
        private final List<Problem> problems = new ArrayList<>();
        private BigDecimal hourly = BigDecimal.ZERO;
        private BigDecimal participantsPay = BigDecimal.ZERO;

        Calculation(IspPlan plan, long caseStudentId, FundingPolicy.Rules rules, SchoolProfile school,
                    Function<Long, String> studentName) {
            this.plan = plan;
            this.caseStudentId = caseStudentId;
            this.rules = rules;
            this.school = school;
            this.studentName = studentName;
        }

        Computed run() {
            hourlyFees();
            visits();
            extras();
            derived();
            Budget budget = new Budget(detail);
            List<Finding> findings = findings(rules.validate(budget, school));
            return new Computed(List.copyOf(lines), budget, hourly, budget.total(), participantsPay, findings,
                    List.copyOf(problems));
        }

        private void hourlyFees() {
            IspPlan.Term term = plan.term();
            for (int t = 0; t < plan.teachers().size(); t++) {
                IspPlan.Teacher teacher = plan.teachers().get(t);
                boolean perHour = teacher.type().pay() == TeacherType.Pay.HOUR;
                if (teacher.type().pay() != TeacherType.Pay.PERIOD && !perHour) {
                    continue;
                }
                Map<DayOfWeek, Integer> periods = new EnumMap<>(DayOfWeek.class);
                plan.timetable().stream().filter(c -> c.teacher().equals(teacher.name()))
                        .forEach(c -> periods.merge(c.day(), 1, Integer::sum));
                if (periods.isEmpty()) {
                    continue;
                }
                String kind = teacher.type().itemKind().orElseThrow();
                Map<String, String> attributes = Map.of("inSchoolHours", "true",
                        "reducedLoad", String.valueOf(teacher.reducedLoad()),
                        "centreStaff", String.valueOf(teacher.centreStaff()));
                Optional<BigDecimal> rate = rate(teacher.agreedRate(),
                        new BudgetLine(kind, teacher.name(), term.startsOn(), BigDecimal.ONE, BigDecimal.ZERO, attributes));
                if (rate.isEmpty()) {
                    problems.add(new Problem("teachers[" + t + "].agreedRate", teacher.type().label().zhTw() + " "
                            + teacher.name() + " 於上課時間授課，鐘點費依公立中小學兼任及代課教師鐘點費支給基準表，請填每節金額 "
                            + rules.item(kind).map(i -> "(" + i.ruleId() + ") ").orElse("")
                            + "(an internal teacher in school hours is paid by the national part-time rate table: "
                            + "state the fee per period)"));
                    continue;
                }
                Optional<BudgetItemKind> item = item(kind, "teachers[" + t + "].type");
                if (item.isEmpty()) {
                    continue;
                }
                int perWeek = periods.values().stream().mapToInt(Integer::intValue).sum();
                int minutes = IspPeriod.minutes(school.level());
                // A day's quantity: its periods (節), or for hourly pay their time in hours (時).
                Map<DayOfWeek, BigDecimal> perDay = new EnumMap<>(DayOfWeek.class);
                periods.forEach((day, n) -> perDay.put(day, perHour ? hours(n, minutes) : BigDecimal.valueOf(n)));
                BigDecimal total = perDay.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                        .multiply(BigDecimal.valueOf(term.weeks()));
                LocalizedText basis = perHour
                        ? LocalizedText.of("每週 " + perWeek + " 節（每節 " + minutes + " 分鐘）× " + term.weeks() + " 週",
                        perWeek + " period(s) of " + minutes + " min a week × " + term.weeks() + " week(s)")
                        : LocalizedText.of("每週 " + perWeek + " 節 × " + term.weeks() + " 週",
                        perWeek + " period(s) a week × " + term.weeks() + " week(s)");
                int summary = summary(item.get(), teacher.name(), basis, total, rate.get());
                for (int week = 0; week < term.weeks(); week++) {
                    for (DayOfWeek day : IspTimetable.DAYS) {
                        BigDecimal quantity = perDay.get(day);
                        if (quantity != null) {
                            add(summary, new BudgetLine(kind, teacher.name(), term.dateOf(week, day), quantity, rate.get(),
                                    attributes));
                        }
                    }
                }
                hourly = hourly.add(lines.get(summary).amount());
            }
        }

        private void visits() {
            for (int v = 0; v < plan.visits().size(); v++) {
                IspPlan.Visit visit = plan.visits().get(v);
                IspPlan.Teacher counsellor = plan.teacher(visit.counsellor()).orElse(null);
                String kind = TeacherType.TRACKING_COUNSELLOR.itemKind().orElseThrow();
                Map<String, String> attributes = Map.of("distanceKm", visit.distanceKm().toPlainString(),
                        "minutes", String.valueOf(visit.minutes()),
                        "centreStaff", String.valueOf(counsellor != null && counsellor.centreStaff()));
                BudgetLine probe = new BudgetLine(kind, visit.counsellor(), visit.date(), BigDecimal.ONE, BigDecimal.ZERO,
                        attributes);
                Optional<BigDecimal> rate = rate(counsellor == null ? null : counsellor.agreedRate(), probe);
                Optional<BudgetItemKind> item = item(kind, "visits[" + v + "]");
                if (rate.isEmpty() || item.isEmpty()) {
                    if (rate.isEmpty()) {
                        problems.add(new Problem("visits[" + v + "].distanceKm", "追蹤輔導費無法依距離計算 "
                                + "(no tracking-visit rate for this distance)"));
                    }
                    continue;
                }
                String student = studentName.apply(visit.studentId());
                int summary = summary(item.get(), visit.counsellor(), LocalizedText.of(
                                visit.date() + " 訪視 " + student + "（" + visit.distanceKm().toPlainString() + " 公里，"
                                        + visit.minutes() + " 分鐘）",
                                visit.date() + " visit to " + student + " (" + visit.distanceKm().toPlainString() + " km, "
                                        + visit.minutes() + " min)"),
                        BigDecimal.ONE, rate.get());
                add(summary, new BudgetLine(kind, visit.counsellor(), visit.date(), BigDecimal.ONE, rate.get(), attributes));
            }
        }

        private void extras() {
            IspPlan.Extras extras = plan.extras();
            int months = extras.administrationMonths() == null ? plan.term().months() : extras.administrationMonths();
            if (months > 0) {
                perUnit(ADMINISTRATION, "extras.administrationMonths", extras.administrationPerMonth(), months,
                        LocalizedText.of(months + " 個月", months + " month(s)"));
            }
            int students = plan.students(caseStudentId).size();
            LocalizedText perStudent = LocalizedText.of(students + " 名學生 × 1 學期", students + " student(s) × 1 semester");
            if (extras.printing()) {
                perUnit(PRINTING, "extras.printing", extras.printingPerStudent(), students, perStudent);
            }
            if (extras.materials()) {
                perUnit(MATERIALS, "extras.materials", extras.materialsPerStudent(), students, perStudent);
            }
            IspPlan.Outdoor outdoor = extras.outdoor();
            if (outdoor != null && outdoor.cost() != null && outdoor.cost().signum() > 0) {
                BudgetLine probe = new BudgetLine(OUTDOOR, null, null, BigDecimal.ONE, BigDecimal.ZERO, Map.of());
                BigDecimal requested = rules.allowedUnitAmount(probe, new Budget(detail), school)
                        .map(limit -> limit.min(outdoor.cost())).orElse(outdoor.cost());
                participantsPay = outdoor.cost().subtract(requested);
                item(OUTDOOR, "extras.outdoor").ifPresent(item -> {
                    int summary = summary(item, null, LocalizedText.of(
                                    outdoor.description() + "，費用 " + money(outdoor.cost()) + " 元"
                                            + (participantsPay.signum() > 0 ? "，其中 " + money(participantsPay) + " 元由參加者自付" : ""),
                                    outdoor.description() + ", costing " + money(outdoor.cost())
                                            + (participantsPay.signum() > 0 ? ", of which participants pay "
                                            + money(participantsPay) : "")),
                            BigDecimal.ONE, requested);
                    add(summary, new BudgetLine(OUTDOOR, null, null, BigDecimal.ONE, requested, Map.of()));
                });
            }
        }

        private void derived() {
            IspPlan.Extras extras = plan.extras();
            if (extras.nhiPremium() && hourly.signum() > 0) {
                BudgetLine probe = new BudgetLine(NHI, null, null, BigDecimal.ONE, BigDecimal.ZERO, Map.of());
                Optional<BigDecimal> premium = rules.allowedUnitAmount(probe, new Budget(detail), school);
                Optional<BudgetItemKind> item = item(NHI, "extras.nhiPremium");
                if (premium.isPresent() && item.isPresent()) {
                    int summary = summary(item.get(), null, LocalizedText.of("鐘點費 " + money(hourly) + " 元之補充保費",
                            "premium on " + money(hourly) + " in hourly fees"), BigDecimal.ONE, premium.get());
                    add(summary, new BudgetLine(NHI, null, null, BigDecimal.ONE, premium.get(), Map.of()));
                }
            }
            // The miscellany is what the plan asks for: omitted, there is none (never silently its cap).
            BigDecimal misc = extras.miscellaneous() == null ? BigDecimal.ZERO : extras.miscellaneous();
            if (misc.signum() > 0) {
                item(MISCELLANEOUS, "extras.miscellaneous").ifPresent(item -> {
                    int summary = summary(item, null, LocalizedText.of("用人費用以外之經常支出之雜支",
                            "miscellany on recurring expenses other than personnel"), BigDecimal.ONE, misc);
                    add(summary, new BudgetLine(MISCELLANEOUS, null, null, BigDecimal.ONE, misc, Map.of()));
                });
            }
        }

        /** A line of {@code quantity} units at the amount given or else the one the rules allow. */
        private void perUnit(String kind, String field, BigDecimal given, int quantity, LocalizedText basis) {
            BudgetLine probe = new BudgetLine(kind, null, null, BigDecimal.valueOf(quantity), BigDecimal.ZERO, Map.of());
            Optional<BigDecimal> unit = rate(given, probe);
            Optional<BudgetItemKind> item = item(kind, field);
            if (unit.isEmpty()) {
                problems.add(new Problem(field, "請填寫金額：經費規定未訂此項單價 (state the amount: the funding rules set none)"));
                return;
            }
            if (item.isPresent()) {
                int summary = summary(item.get(), null, basis, BigDecimal.valueOf(quantity), unit.get());
                add(summary, new BudgetLine(kind, null, null, BigDecimal.valueOf(quantity), unit.get(), Map.of()));
            }
        }

        private Optional<BigDecimal> rate(BigDecimal agreed, BudgetLine probe) {
            return agreed != null ? Optional.of(agreed) : rules.allowedUnitAmount(probe, new Budget(detail), school);
        }

        private Optional<BudgetItemKind> item(String code, String field) {
            Optional<BudgetItemKind> item = rules.item(code);
            if (item.isEmpty()) {
                problems.add(new Problem(field, "本縣市經費規定無「" + code + "」項目 (the county's funding schedule has no item "
                        + code + ")"));
            }
            return item;
        }

        private int summary(BudgetItemKind item, String payee, LocalizedText basis, BigDecimal quantity, BigDecimal unit) {
            lines.add(new Line(item.code(), item.name(), item.ruleId().toString(), payee, basis, quantity, item.unit(), unit,
                    quantity.multiply(unit), 0));
            return lines.size() - 1;
        }

        private void add(int summary, BudgetLine line) {
            detail.add(line);
            summaryOf.add(summary);
            Line s = lines.get(summary);
            lines.set(summary, new Line(s.itemKind(), s.item(), s.ruleId(), s.payee(), s.basis(), s.quantity(), s.unit(),
                    s.unitAmount(), s.amount(), s.dates() + (line.date() == null ? 0 : 1)));
        }

        private List<Finding> findings(List<Violation> violations) {
            Map<String, Finding> grouped = new LinkedHashMap<>();
            for (Violation v : violations) {
                Integer line = v.lineIfAny().isPresent() ? summaryOf.get(v.line()) : null;
                String key = v.ruleId() + "|" + v.message().zhTw() + "|" + line;
                Finding before = grouped.get(key);
                grouped.put(key, new Finding(v.ruleId().toString(), v.message(), line,
                        before == null ? 1 : before.occurrences() + 1));
            }
            return List.copyOf(grouped.values());
        }
    }

    /** {@code periods} periods of {@code minutes} minutes in hours, to the hundredth (2 × 40 min = 1.33 時). */
    static BigDecimal hours(int periods, int minutes) {
        return BigDecimal.valueOf((long) periods * minutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
    }

    static String money(BigDecimal amount) {
        return String.format("%,d", amount.setScale(0, RoundingMode.HALF_UP).longValueExact());
    }
}
