package tw.huixiao.platform.application.overview;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tw.huixiao.platform.application.AccessDeniedException;
import tw.huixiao.platform.application.Caller;
import tw.huixiao.platform.application.CallerProvider;
import tw.huixiao.platform.application.audit.AccessLog;
import tw.huixiao.platform.application.audit.RecordType;
import tw.huixiao.platform.domain.identity.Role;
import tw.huixiao.platform.application.overview.ChildOnLadder;
import tw.huixiao.platform.application.overview.IdleCase;
import tw.huixiao.platform.application.overview.OverdueDuty;
import tw.huixiao.platform.application.overview.PersonCount;
import tw.huixiao.platform.application.overview.SchoolOverviewStore.Week;
import tw.huixiao.platform.application.tenancy.Tenancy;
import tw.huixiao.platform.application.policy.Policies;
import tw.huixiao.policy.spi.ModuleVersion;
import tw.huixiao.platform.domain.calendar.TaiwanTime;

/**
 * The principal's school overview — the Taoyuan SOP makes the principal responsible for knowing
 * every day how the at-risk students are doing: children on each ladder day today, open cases by
 * category and by state, overdue duties by office and by responsible person, cases with nothing
 * done for a week, and the semester's weekly trend. Each number has its list (same conditions).
 * Set-based SQL under row-level security; only for the principal. The numbers name no child; the
 * lists behind them do and are logged as case-list reads.
 */
@ApplicationScoped
@Transactional
public class SchoolOverviewService {

    public record CategoryCount(String categoryId, String zhTw, String en, long cases) {
    }

    public record Overview(LocalDate today, Map<Integer, Long> childrenByLadderDay, List<CategoryCount> openByCategory,
                           Map<String, Long> openByState, Map<String, Long> overdueByRole,
                           List<PersonCount> overdueByPerson, long idleCases, int idleDays, LocalDate semesterStart,
                           List<Week> weeks) {
    }

    @Inject
    CallerProvider callers;

    @Inject
    Tenancy tenancy;

    @Inject
    SchoolOverviewStore store;

    @Inject
    Policies policies;

    @Inject
    AccessLog accessLog;

    @Inject
    Clock clock;

    public boolean available() {
        return callers.get().has(Role.PRINCIPAL) && callers.get().school().isPresent();
    }

    public Overview overview() {
        long school = bind();
        LocalDate today = today();
        Instant now = clock.instant();
        Map<Integer, Long> ladder = new LinkedHashMap<>();
        store.childrenByLadderDay(school).forEach(c -> ladder.put(Integer.valueOf(c.key()), c.count()));
        Map<String, Long> byState = new LinkedHashMap<>();
        store.openByState(school).forEach(c -> byState.put(c.key(), c.count()));
        Map<String, Long> byRole = new LinkedHashMap<>();
        store.overdueByRole(school, today, now).forEach(c -> byRole.put(c.key(), c.count()));
        Optional<LocalDate[]> semester = store.semester(school, today);
        LocalDate from = semester.map(s -> s[0]).orElse(today.minusWeeks(17));
        LocalDate to = semester.map(s -> s[1].isBefore(today) ? s[1] : today).orElse(today);
        return new Overview(today, ladder, categories(school), byState, byRole,
                store.overdueByPerson(school, today, now), store.idleCount(school, idleSince(now)),
                SchoolOverviewStore.IDLE_DAYS, from, store.weeks(school, from, to));
    }

    public List<ChildOnLadder> childrenOnLadderDay(int day) {
        List<ChildOnLadder> found = store.childrenOnLadderDay(bind(), day);
        accessLog.listed(found.stream().map(ChildOnLadder::caseId).filter(java.util.Objects::nonNull).toList());
        return found;
    }

    /** Overdue duties of an office (role name) or of a person (user id); both null = every overdue duty. */
    public List<OverdueDuty> overdueDuties(String role, Long personId) {
        long school = bind();
        List<OverdueDuty> found = store.overdueDuties(school, today(), clock.instant(), role, personId);
        accessLog.listed(found.stream().map(OverdueDuty::caseId).filter(java.util.Objects::nonNull).distinct().toList());
        return found;
    }

    public List<IdleCase> idleCases() {
        long school = bind();
        List<IdleCase> found = store.idleCases(school, idleSince(clock.instant()));
        accessLog.listed(found.stream().map(IdleCase::caseId).toList());
        return found;
    }

    /** A category's name from the module version its cases are pinned to (the id if the module is gone). */
    public String[] categoryName(String categoryId, String policyId, String version) {
        return policies.find(policyId, ModuleVersion.parse(version)).flatMap(p -> p.categories().stream()
                        .filter(c -> c.id().equals(categoryId)).findFirst())
                .map(c -> new String[] {c.name().zhTw(), c.name().en()})
                .orElse(new String[] {categoryId, categoryId});
    }

    private List<CategoryCount> categories(long school) {
        Map<String, long[]> counts = new LinkedHashMap<>();
        Map<String, String[]> names = new HashMap<>();
        for (SchoolOverviewStore.CategoryCount c : store.openByCategory(school)) {
            counts.computeIfAbsent(c.categoryId(), k -> new long[1])[0] += c.count();
            names.computeIfAbsent(c.categoryId(), k -> categoryName(c.categoryId(), c.policyId(), c.policyVersion()));
        }
        List<CategoryCount> found = new ArrayList<>();
        counts.forEach((id, n) -> found.add(new CategoryCount(id, names.get(id)[0], names.get(id)[1], n[0])));
        return found;
    }

    private long bind() {
        Caller caller = callers.get();
        if (!caller.has(Role.PRINCIPAL)) {
            throw new AccessDeniedException("全校概況僅供校長檢視 (the school overview is for the principal)");
        }
        long school = caller.requireSchool();
        tenancy.bind(school);
        return school;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), TaiwanTime.TAIPEI);
    }

    private static Instant idleSince(Instant now) {
        return now.minus(Duration.ofDays(SchoolOverviewStore.IDLE_DAYS));
    }
}
