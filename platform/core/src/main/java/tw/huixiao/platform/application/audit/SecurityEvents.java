package tw.huixiao.platform.application.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import tw.huixiao.platform.application.AccessDeniedException;
import tw.huixiao.platform.application.Caller;
import tw.huixiao.platform.application.CallerProvider;
import tw.huixiao.platform.application.InvalidInputException;
import tw.huixiao.platform.domain.identity.Role;
import tw.huixiao.platform.domain.school.School;
import tw.huixiao.platform.domain.school.SchoolRepository;

/**
 * The security view (issue 18 §7): refusals, attempts on another school's records and unusual
 * reading, newest first. Platform administrators see every school; a bureau officer the events
 * whose acting or target school is in their county. Reading it is itself not a child's record.
 */
@ApplicationScoped
public class SecurityEvents {

    public static final Set<String> KINDS = Set.of("REFUSED", "CROSS_SCHOOL", "UNUSUAL_READING");
    public static final int MAX_PAGE = 200;

    @Inject
    CallerProvider callers;

    @Inject
    SecurityEventRepository events;

    @Inject
    SchoolRepository schools;

    @Inject
    Clock clock;

    /** An event with the schools named (not only numbered). */
    public record EventView(long id, Instant at, String kind, String username, Long actorSchoolId,
                            String actorSchool, Long targetSchoolId, String targetSchool, String recordType,
                            Long recordId, String action, String channel, String clientAddress, String detail) {
    }

    @Transactional
    public List<EventView> recent(String kind, Integer days, int page, int size) {
        Caller caller = callers.get();
        if (!caller.hasAny(Role.PLATFORM_ADMIN, Role.BUREAU_OFFICER)) {
            throw new AccessDeniedException("安全紀錄僅供平台管理者與教育局（處）承辦人查閱 (platform administrators and bureau officers)");
        }
        if (kind != null && !KINDS.contains(kind)) {
            throw InvalidInputException.of("kind", "類別須為 REFUSED、CROSS_SCHOOL 或 UNUSUAL_READING (unknown kind)");
        }
        int window = days == null ? 30 : days;
        if (window < 1 || window > 366) {
            throw InvalidInputException.of("days", "天數為 1 至 366 (1 to 366 days)");
        }
        if (page < 0 || page > 10_000 || size < 1 || size > MAX_PAGE) {
            throw InvalidInputException.of("size", "每頁 1 至 " + MAX_PAGE + " 筆 (page size 1 to " + MAX_PAGE + ")");
        }
        Map<Long, School> all = schools.findAll().stream().collect(Collectors.toMap(School::getId, Function.identity()));
        Set<Long> visible = caller.has(Role.PLATFORM_ADMIN) ? null : all.values().stream()
                .filter(s -> s.getCounty().equals(caller.bureauCounty())).map(School::getId).collect(Collectors.toSet());
        Instant since = clock.instant().minus(Duration.ofDays(window));
        return events.find(visible, kind, since, page * size, size).stream().map(e -> new EventView(e.id(), e.at(),
                e.kind(), e.username(), e.actorSchoolId(), name(all, e.actorSchoolId()), e.targetSchoolId(),
                name(all, e.targetSchoolId()), e.recordType(), e.recordId(), e.action(), e.channel(),
                e.clientAddress(), e.detail())).toList();
    }

    private static String name(Map<Long, School> all, Long id) {
        School s = id == null ? null : all.get(id);
        return s == null ? null : s.getName();
    }
}
