package tw.huixiao.platform.application.overview;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToLongFunction;
import tw.huixiao.platform.application.AccessDeniedException;
import tw.huixiao.platform.application.Caller;
import tw.huixiao.platform.application.CallerProvider;
import tw.huixiao.platform.application.InvalidInputException;
import tw.huixiao.platform.application.exports.TableExport;
import tw.huixiao.platform.domain.identity.Role;
import tw.huixiao.platform.domain.statistics.SuppressedTable;
import tw.huixiao.platform.application.overview.CaseRow;
import tw.huixiao.platform.application.overview.CountyPictureStore.CategoryStateCount;
import tw.huixiao.platform.application.overview.DutyRow;
import tw.huixiao.platform.application.overview.Measure;
import tw.huixiao.platform.application.overview.CountyPictureStore.Month;
import tw.huixiao.platform.application.overview.SchoolRow;
import tw.huixiao.platform.application.overview.CountyPictureStore.Scope;
import tw.huixiao.platform.application.overview.StepCount;
import tw.huixiao.platform.application.overview.CountyPictureStore.Terms;
import tw.huixiao.platform.application.tenancy.Tenancy;
import tw.huixiao.platform.application.policy.LoadedModule;
import tw.huixiao.platform.application.policy.Policies;
import tw.huixiao.policy.spi.CountyCode;
import tw.huixiao.policy.spi.CountyPolicy;
import tw.huixiao.policy.spi.ModuleVersion;
import tw.huixiao.policy.spi.detection.CaseCategory;
import tw.huixiao.policy.spi.detection.CaseKind;
import tw.huixiao.policy.spi.statistics.SmallNumberRule;
import tw.huixiao.platform.domain.calendar.TaiwanTime;

/**
 * The county's picture for a county bureau (issue 20 §1): the county's schools with their
 * enrolled students, open cases, dropouts (中輟) this semester and the rate per 1,000 students,
 * re-enrolments, long absences, overdue duties and overdue reports; open cases by category and
 * state, overdue duties by ladder step, month-by-month trends; filtered by district, level and
 * remote area. The transaction is bound to the bureau's county (PostgreSQL's county_read
 * policies), never to a school, so the county's data is read and nothing is written. Each number
 * has its list: counts only, except the dropouts, whose names the 中輟通報 sends to the bureau.
 * What leaves the county's officers (the export) goes through small-number suppression under the
 * county module's rule ({@code CountyPolicy.smallNumbers()}).
 */
@ApplicationScoped
@Transactional
public class CountyPictureService {

    /** The filters of the picture; null = all. */
    public record Filter(String district, String level, Boolean remoteArea) {

        public static final Filter ALL = new Filter(null, null, null);

        public Filter {
            district = district == null || district.isBlank() ? null : district.strip();
            if (level != null && level.isBlank()) {
                level = null;
            }
            if (level != null && !Set.of("ELEMENTARY", "JUNIOR_HIGH", "COMPLETE").contains(level)) {
                throw InvalidInputException.of("level", "學制應為 ELEMENTARY、JUNIOR_HIGH 或 COMPLETE "
                        + "(level is ELEMENTARY, JUNIOR_HIGH or COMPLETE)");
            }
        }
    }

    public record Totals(long schools, long enrolled, long open, long dropouts, double dropoutsPerThousand,
                         long reEnrolled, long longAbsence, long overdue, long reportsOverdue,
                         long schoolsWithReportOverdue) {
    }

    public record CategoryCount(String categoryId, String zhTw, String en, Map<String, Long> byState, long total) {
    }

    public record Picture(String county, LocalDate today, LocalDate semesterStart, Filter filter, Totals totals,
                          List<SchoolRow> schools, List<CategoryCount> openByCategory, List<StepCount> overdueBySteps,
                          List<Month> months, List<String> districts) {
    }

    /** What a published table shows: per column, the cells as text ("*" when hidden). */
    public record Published(List<String> header, List<List<String>> rows, List<String> totals, String note) {
    }

    /** The mark of a hidden cell in published statistics. */
    public static final String HIDDEN = "*";

    static final List<String> STATES = List.of("OPEN", "REPORTED", "RETURNED", "RE_ENROLLED", "PLACEMENT", "FOLLOW_UP");

    @Inject
    CallerProvider callers;

    @Inject
    Tenancy tenancy;

    @Inject
    CountyPictureStore store;

    @Inject
    Policies policies;

    @Inject
    Clock clock;

    /** Whether the caller is a county bureau's officer (the picture is theirs). */
    public boolean available() {
        Caller caller = callers.get();
        return caller.has(Role.BUREAU_OFFICER) && caller.bureauCounty() != null;
    }

    public Picture picture(Filter filter) {
        return pictureOf(bind(), filter);
    }

    /**
     * The picture of the county the transaction is already bound to (the monthly statistics job
     * binds it itself); the database answers nothing for any other county.
     */
    public Picture pictureOf(String county, Filter filter) {
        Terms terms = terms(county);
        Scope scope = scope(county, filter, null);
        List<SchoolRow> schools = store.schools(scope, terms);
        long enrolled = sum(schools, SchoolRow::enrolled);
        long dropouts = sum(schools, SchoolRow::dropouts);
        Totals totals = new Totals(schools.size(), enrolled, sum(schools, SchoolRow::open), dropouts,
                perThousand(dropouts, enrolled), sum(schools, SchoolRow::reEnrolled), sum(schools, SchoolRow::longAbsence),
                sum(schools, SchoolRow::overdue), sum(schools, SchoolRow::reportsOverdue),
                schools.stream().filter(s -> s.reportsOverdue() > 0).count());
        LocalDate today = terms.today();
        return new Picture(county, today, terms.semesterStart(), filter, totals, schools,
                categories(store.openByCategoryAndState(scope)), store.overdueBySteps(scope, terms),
                store.months(scope, terms, today.minusMonths(11).withDayOfMonth(1), today), store.districts(county));
    }

    /** The cases behind a case measure, optionally of one school, category and state. */
    public List<CaseRow> cases(Filter filter, Measure measure, Long schoolId, String categoryId, String state) {
        if (!measure.onCases()) {
            throw InvalidInputException.of("measure", "此數字不是個案數 (" + measure + " does not count cases)");
        }
        if (state != null && !STATES.contains(state)) {
            throw InvalidInputException.of("state", "不明的列管狀態 (unknown state): " + state);
        }
        String county = bind();
        // Only the dropout reports (中輟通報) send the student's name to the bureau.
        return store.cases(scope(county, filter, schoolId), terms(county), measure, categoryId, state,
                measure == Measure.DROPOUTS);
    }

    /** The duties behind an overdue measure, optionally of one school and ladder step. */
    public List<DutyRow> duties(Filter filter, Measure measure, Long schoolId, String ruleId) {
        if (measure.onCases()) {
            throw InvalidInputException.of("measure", "此數字不是待辦事項數 (" + measure + " does not count duties)");
        }
        String county = bind();
        return store.duties(scope(county, filter, schoolId), terms(county), measure, ruleId);
    }

    /** The county's small-number rule (its newest module's). */
    public SmallNumberRule smallNumbers() {
        return smallNumbers(bind());
    }

    /**
     * The picture as it may leave the county's officers: the schools' table, each column suppressed
     * with its county total (columns are separate counts: only their totals relate cells), and the
     * open cases by category and state with row and column totals.
     */
    public Published publishedSchools(Picture p, boolean english) {
        SmallNumberRule rule = smallNumbers(p.county());
        List<ToLongFunction<SchoolRow>> measures = List.of(SchoolRow::enrolled, SchoolRow::open, SchoolRow::dropouts,
                SchoolRow::reEnrolled, SchoolRow::longAbsence, SchoolRow::overdue, SchoolRow::reportsOverdue);
        List<List<String>> rows = new ArrayList<>();
        for (SchoolRow s : p.schools()) {
            List<String> row = new ArrayList<>(List.of(s.moeCode(), s.name(), s.district()));
            rows.add(row);
        }
        List<String> totals = new ArrayList<>(List.of("", english ? "County total" : "全縣市合計", ""));
        List<SuppressedTable> columns = new ArrayList<>();
        for (ToLongFunction<SchoolRow> m : measures) {
            long[][] cells = new long[Math.max(1, p.schools().size())][1];
            for (int i = 0; i < p.schools().size(); i++) {
                cells[i][0] = m.applyAsLong(p.schools().get(i));
            }
            columns.add(SuppressedTable.of(cells, rule.threshold()));
        }
        for (int i = 0; i < p.schools().size(); i++) {
            for (SuppressedTable c : columns) {
                rows.get(i).add(c.shown(i, 0, HIDDEN));
            }
        }
        for (SuppressedTable c : columns) {
            totals.add(c.shown(c.rows(), 0, HIDDEN));
        }
        List<String> header = english
                ? List.of("MOE code", "School", "District", "Enrolled", "Open cases", "Dropouts this semester",
                "Re-enrolled", "Long absence", "Overdue duties", "Overdue reports")
                : List.of("學校代碼", "學校", "行政區", "在學學生", "列管中個案", "本學期中輟", "復學", "長期缺課", "逾期待辦",
                "逾期通報");
        return new Published(header, rows, totals, rule.note().in(english ? java.util.Locale.ENGLISH
                : java.util.Locale.TRADITIONAL_CHINESE));
    }

    /** Open cases by category (rows) and state (columns), with totals, suppressed. */
    public Published publishedCategories(Picture p, boolean english) {
        SmallNumberRule rule = smallNumbers(p.county());
        List<CategoryCount> categories = p.openByCategory();
        long[][] cells = new long[Math.max(1, categories.size())][STATES.size()];
        for (int i = 0; i < categories.size(); i++) {
            for (int j = 0; j < STATES.size(); j++) {
                cells[i][j] = categories.get(i).byState().getOrDefault(STATES.get(j), 0L);
            }
        }
        SuppressedTable t = SuppressedTable.of(cells, rule.threshold());
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < categories.size(); i++) {
            List<String> row = new ArrayList<>();
            row.add(english ? categories.get(i).en() : categories.get(i).zhTw());
            for (int j = 0; j <= STATES.size(); j++) {
                row.add(t.shown(i, j, HIDDEN));
            }
            rows.add(row);
        }
        List<String> totals = new ArrayList<>();
        totals.add(english ? "Total" : "合計");
        for (int j = 0; j <= STATES.size(); j++) {
            totals.add(categories.isEmpty() ? "0" : t.shown(t.rows(), j, HIDDEN));
        }
        List<String> header = new ArrayList<>();
        header.add(english ? "Category" : "類別");
        for (String s : STATES) {
            header.add(english ? STATE_EN.get(s) : STATE_ZH.get(s));
        }
        header.add(english ? "Total" : "合計");
        return new Published(header, rows, totals, rule.note().in(english ? java.util.Locale.ENGLISH
                : java.util.Locale.TRADITIONAL_CHINESE));
    }

    static final Map<String, String> STATE_ZH = Map.of("OPEN", "開案", "REPORTED", "已通報", "RETURNED", "已返校",
            "RE_ENROLLED", "已復學", "PLACEMENT", "安置中", "FOLLOW_UP", "追蹤輔導");
    static final Map<String, String> STATE_EN = Map.of("OPEN", "Open", "REPORTED", "Reported", "RETURNED", "Returned",
            "RE_ENROLLED", "Re-enrolled", "PLACEMENT", "Placement", "FOLLOW_UP", "Follow-up");

    /** The county picture's schools table, suppressed, as CSV or XLSX (what leaves the county's officers). */
    public TableExport.File export(Filter filter, TableExport.Format format) {
        Picture p = picture(filter);
        Published published = publishedSchools(p, false);
        List<List<Object>> rows = new ArrayList<>();
        published.rows().forEach(r -> rows.add(new ArrayList<>(r)));
        rows.add(new ArrayList<>(published.totals()));
        List<Object> note = new ArrayList<>();
        note.add(published.note());
        while (note.size() < published.header().size()) {
            note.add("");
        }
        rows.add(note);
        return new TableExport("county-picture-" + p.county().toLowerCase() + "-" + p.today(), "縣市概況",
                published.header(), rows).write(format);
    }

    private String bind() {
        Caller caller = callers.get();
        if (!caller.has(Role.BUREAU_OFFICER) || caller.bureauCounty() == null) {
            throw new AccessDeniedException("縣市概況僅供教育局（處）承辦人檢視 (the county picture is for county bureau officers)");
        }
        String county = caller.bureauCounty().value();
        tenancy.bindCounty(county);
        return county;
    }

    private Scope scope(String county, Filter filter, Long schoolId) {
        Filter f = filter == null ? Filter.ALL : filter;
        return new Scope(county, f.district(), f.level(), f.remoteArea(), schoolId);
    }

    /** The terms of the county's modules (every version loaded: cases stay pinned to theirs). */
    Terms terms(String county) {
        Set<String> dropouts = new LinkedHashSet<>();
        Set<String> longAbsence = new LinkedHashSet<>();
        Set<String> reports = new LinkedHashSet<>();
        for (CountyPolicy policy : modules(county)) {
            for (CaseCategory c : policy.categories()) {
                if (c.kind() == CaseKind.DROPOUT) {
                    dropouts.add(c.id());
                } else if (c.kind() == CaseKind.LONG_ABSENCE) {
                    longAbsence.add(c.id());
                }
            }
            reports.addAll(policy.documentKinds());
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), TaiwanTime.TAIPEI);
        LocalDate start = semesterStart(today);
        Instant startInstant = start.atStartOfDay(TaiwanTime.TAIPEI).toInstant();
        return new Terms(dropouts.toArray(String[]::new), longAbsence.toArray(String[]::new),
                reports.toArray(String[]::new), start, startInstant, today, clock.instant());
    }

    /**
     * The semester today is in, by the school year's calendar (學年度: first semester from 1 August,
     * second from 1 February); a county's schools share it, whatever their own first school day.
     */
    public static LocalDate semesterStart(LocalDate today) {
        if (today.getMonthValue() >= 8) {
            return LocalDate.of(today.getYear(), 8, 1);
        }
        if (today.getMonthValue() == 1) {
            return LocalDate.of(today.getYear() - 1, 8, 1);
        }
        return LocalDate.of(today.getYear(), 2, 1);
    }

    private List<CountyPolicy> modules(String county) {
        CountyCode code = CountyCode.of(county);
        return policies.modules().stream().filter(m -> m.status() == LoadedModule.Status.ACTIVE)
                .map(LoadedModule::policy).filter(p -> p.identity().counties().contains(code)).toList();
    }

    public SmallNumberRule smallNumbers(String county) {
        return policies.forCounty(CountyCode.of(county)).map(CountyPolicy::smallNumbers).orElse(SmallNumberRule.STANDARD);
    }

    private List<CategoryCount> categories(List<CategoryStateCount> counts) {
        Map<String, Map<String, Long>> byCategory = new LinkedHashMap<>();
        Map<String, String[]> names = new LinkedHashMap<>();
        for (CategoryStateCount c : counts) {
            byCategory.computeIfAbsent(c.categoryId(), k -> new LinkedHashMap<>()).merge(c.state(), c.count(), Long::sum);
            names.computeIfAbsent(c.categoryId(), k -> categoryName(c.categoryId(), c.policyId(), c.policyVersion()));
        }
        List<CategoryCount> found = new ArrayList<>();
        byCategory.forEach((id, states) -> found.add(new CategoryCount(id, names.get(id)[0], names.get(id)[1], states,
                states.values().stream().mapToLong(Long::longValue).sum())));
        return found;
    }

    /** A category's name from the module version its cases are pinned to (the id if the module is gone). */
    public String[] categoryName(String categoryId, String policyId, String version) {
        return policies.find(policyId, ModuleVersion.parse(version)).flatMap(p -> p.categories().stream()
                        .filter(c -> c.id().equals(categoryId)).findFirst())
                .map(c -> new String[] {c.name().zhTw(), c.name().en()})
                .orElse(new String[] {categoryId, categoryId});
    }

    private static long sum(List<SchoolRow> rows, ToLongFunction<SchoolRow> measure) {
        return rows.stream().mapToLong(measure).sum();
    }

    private static double perThousand(long count, long of) {
        return of == 0 ? 0 : Math.round(count * 10_000.0 / of) / 10.0;
    }
}
