package tw.huixiao.platform.application.casework;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tw.huixiao.platform.application.Caller;
import tw.huixiao.platform.application.CaseService;
import tw.huixiao.platform.application.InputLimits;
import tw.huixiao.platform.application.InvalidInputException;
import tw.huixiao.platform.application.InvalidInputException.FieldError;
import tw.huixiao.platform.application.Page;
import tw.huixiao.platform.application.StudentAccess;
import tw.huixiao.platform.application.audit.AccessLog;
import tw.huixiao.platform.domain.identity.Role;
import tw.huixiao.platform.domain.school.School;
import tw.huixiao.platform.domain.school.SchoolRepository;
import tw.huixiao.platform.application.policy.LoadedModule;
import tw.huixiao.platform.application.policy.Policies;
import tw.huixiao.policy.spi.CountyPolicy;
import tw.huixiao.policy.spi.ModuleVersion;
import tw.huixiao.policy.spi.casework.CaseState;
import tw.huixiao.policy.spi.detection.CaseCategory;
import tw.huixiao.policy.spi.detection.CaseKind;
import tw.huixiao.platform.domain.calendar.TaiwanTime;

/**
 * The case list filtered in the database (issue 8 §4): by kind (中輟, 長期缺課 … as the county's
 * categories belong to them) or one of the county's categories, state, tier, the ladder day of a
 * running streak, overdue tasks and homeroom class — over the cases the caller may see (whole
 * school; a homeroom teacher's classes; a mentor's students), a page at a time with the counts.
 * Every case listed is in its access log (CASE_LIST), as with GET /cases.
 */
@ApplicationScoped
@Transactional
public class CaseListService {

    /** What to list; null (or false) = any. */
    public record Filter(CaseKind kind, String categoryId, Set<CaseState> states, Integer tier, Integer ladderDay,
                         boolean overdueOnly, Long classId) {
        public static final Filter ANY = new Filter(null, null, null, null, null, false, null);
    }

    /** A case as a row of the list; {@code ladderDay} is the running streak's day, null when none runs. */
    public record Row(long id, long studentId, String studentName, int grade, String className, Integer seatNumber,
                      String categoryId, String categoryZhTw, String categoryEn, CaseKind kind, CaseState state, int tier,
                      Integer ladderDay, int overdueTasks, LocalDate openedOn, LocalDate returnedOn, boolean emergency,
                      boolean openedByEngine, String policyId, String policyVersion) {
    }

    /** How many cases the filter finds, and how many of them have overdue tasks. */
    public record Counts(long total, long withOverdueTasks) {
    }

    /** A category of the county's newest module, to filter by. */
    public record Category(String id, String zhTw, String en, CaseKind kind) {
    }

    /** A homeroom class the caller may filter by. */
    public record SchoolClassOption(long id, int schoolYear, String name) {
    }

    @Inject
    CaseService cases;

    @Inject
    StudentAccess access;

    @Inject
    CaseListStore store;

    @Inject
    SchoolRepository schools;

    @Inject
    Policies policies;

    @Inject
    AccessLog accessLog;

    @Inject
    Clock clock;

    public Page<Row> search(Filter filter, int page, int size) {
        Caller caller = cases.bindCaller();
        access.requireSomeStudentAccess(caller);
        List<FieldError> errors = new ArrayList<>();
        if (page < 0 || page > InputLimits.MAX_PAGE || size < 1 || size > CaseService.MAX_PAGE_SIZE) {
            errors.add(new FieldError("size", "每頁 1 至 " + CaseService.MAX_PAGE_SIZE + " 筆，頁碼自 0 起 (size 1–"
                    + CaseService.MAX_PAGE_SIZE + ", page 0–" + InputLimits.MAX_PAGE + ")"));
        }
        CaseListStore.Query query = query(caller, filter, errors);
        List<Row> items = rows(store.page(query, page * size, size));
        accessLog.listed(items.stream().map(Row::id).toList());
        return new Page<>(items, page, size, store.count(query).total());
    }

    /**
     * Every case the list shows under the filter and the caller's access, newest first, rather
     * than a page — not logged: the caller logs what it does with them (an export: one entry
     * listing them).
     */
    public List<Row> matching(Filter filter) {
        Caller caller = cases.bindCaller();
        access.requireSomeStudentAccess(caller);
        return rows(store.all(query(caller, filter, new ArrayList<>())));
    }

    /** The counts alone (no case is shown, nothing is logged). */
    public Counts count(Filter filter) {
        Caller caller = cases.bindCaller();
        access.requireSomeStudentAccess(caller);
        CaseListStore.Counts counts = store.count(query(caller, filter, new ArrayList<>()));
        return new Counts(counts.total(), counts.withOverdueTasks());
    }

    /** The categories of the newest module serving the caller's county. */
    public List<Category> categories() {
        Caller caller = cases.bindCaller();
        School school = schools.find(caller.requireSchool()).orElseThrow();
        return policies.forCounty(school.getCounty()).map(p -> p.categories().stream()
                .map(c -> new Category(c.id(), c.name().zhTw(), c.name().en(), c.kind())).toList()).orElse(List.of());
    }

    /** The classes the caller may filter by: the school's, or a teacher's own and their mentored students'. */
    public List<SchoolClassOption> classes() {
        Caller caller = cases.bindCaller();
        access.requireSomeStudentAccess(caller);
        boolean wholeSchool = access.seesWholeSchool(caller);
        return store.classes(caller.requireSchool(), !wholeSchool && caller.has(Role.HOMEROOM_TEACHER) ? caller.userId()
                        : null, !wholeSchool && caller.has(Role.MENTOR_TEACHER) ? caller.userId() : null).stream()
                .map(c -> new SchoolClassOption(c.id(), c.schoolYear(), c.name())).toList();
    }

    private CaseListStore.Query query(Caller caller, Filter given, List<FieldError> errors) {
        Filter f = given == null ? Filter.ANY : given;
        if (f.tier() != null && (f.tier() < 1 || f.tier() > 3)) {
            errors.add(new FieldError("tier", "輔導層級為 1、2 或 3 (tier is 1, 2 or 3)"));
        }
        if (f.ladderDay() != null && f.ladderDay() < 1) {
            errors.add(new FieldError("ladderDay", "追蹤日自第 1 天起 (ladder days start at 1)"));
        }
        List<String> categoryIds = categoryIds(caller, f);
        if (f.categoryId() != null && categoryIds.isEmpty()) {
            errors.add(new FieldError("categoryId", "本縣市規範模組沒有此個案類別（或不屬所選類型） (no category "
                    + f.categoryId() + (f.kind() == null ? "" : " of kind " + f.kind()) + " in the county's modules)"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        boolean wholeSchool = access.seesWholeSchool(caller);
        return new CaseListStore.Query(caller.requireSchool(),
                !wholeSchool && caller.has(Role.HOMEROOM_TEACHER) ? caller.userId() : null,
                !wholeSchool && caller.has(Role.MENTOR_TEACHER) ? caller.userId() : null,
                categoryIds, f.states() == null || f.states().isEmpty() ? null
                : f.states().stream().map(Enum::name).toList(), f.tier(), f.ladderDay(), f.overdueOnly(), f.classId(),
                LocalDate.ofInstant(clock.instant(), TaiwanTime.TAIPEI), clock.instant());
    }

    /**
     * The categories a kind or category filter stands for, across every loaded version of the
     * county's modules (cases follow the version they were opened under); null = any.
     */
    private List<String> categoryIds(Caller caller, Filter f) {
        if (f.kind() == null && f.categoryId() == null) {
            return null;
        }
        School school = schools.find(caller.requireSchool()).orElseThrow();
        Set<String> ids = new LinkedHashSet<>();
        policies.modules().stream().map(LoadedModule::policyIfActive).flatMap(Optional::stream)
                .filter(p -> p.identity().counties().contains(school.getCounty()))
                .flatMap(p -> p.categories().stream())
                .filter(c -> f.kind() == null || c.kind() == f.kind())
                .filter(c -> f.categoryId() == null || c.id().equals(f.categoryId()))
                .map(CaseCategory::id).forEach(ids::add);
        return List.copyOf(ids);
    }

    /** The rows with their categories' names from the module version each case is pinned to. */
    private List<Row> rows(List<CaseListStore.Row> found) {
        Map<String, Optional<CountyPolicy>> modules = new HashMap<>();
        return found.stream().map(r -> row(r, modules.computeIfAbsent(r.policyId() + "@" + r.policyVersion(),
                k -> policies.find(r.policyId(), ModuleVersion.parse(r.policyVersion()))))).toList();
    }

    private static Row row(CaseListStore.Row r, Optional<CountyPolicy> module) {
        Optional<CaseCategory> category = module.flatMap(p -> p.categories().stream()
                .filter(c -> c.id().equals(r.categoryId())).findFirst());
        return new Row(r.id(), r.studentId(), r.studentName(), r.grade(), r.className(), r.seatNumber(), r.categoryId(),
                category.map(c -> c.name().zhTw()).orElse(r.categoryId()),
                category.map(c -> c.name().en()).orElse(r.categoryId()), category.map(CaseCategory::kind).orElse(null),
                CaseState.valueOf(r.state()), r.tier(), r.ladderDay(), r.overdueTasks(), r.openedOn(), r.returnedOn(),
                r.emergency(), r.openedByEngine(), r.policyId(), r.policyVersion());
    }
}
