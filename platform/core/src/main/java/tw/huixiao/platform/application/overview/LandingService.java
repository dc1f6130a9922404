package tw.huixiao.platform.application.overview;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import tw.huixiao.platform.application.AccessDeniedException;
import tw.huixiao.platform.application.Caller;
import tw.huixiao.platform.application.CallerProvider;
import tw.huixiao.platform.application.audit.AccessLog;
import tw.huixiao.platform.domain.identity.Role;
import tw.huixiao.platform.application.overview.Meeting;
import tw.huixiao.platform.application.overview.RollState;
import tw.huixiao.platform.application.overview.TierCount;
import tw.huixiao.platform.domain.calendar.TaiwanTime;
import tw.huixiao.platform.application.tenancy.Tenancy;
import tw.huixiao.platform.application.SchoolCaller;

/**
 * The role-specific parts of a person's first screen (their own duties come from TaskService):
 * a homeroom teacher's roll today for each of their classes, the counselling office's caseload by
 * tier and the week's meetings.
 */
@ApplicationScoped
@Transactional
public class LandingService {

    @Inject
    SchoolCaller schoolCaller;

    @Inject
    CallerProvider callers;

    @Inject
    Tenancy tenancy;

    @Inject
    LandingStore store;

    @Inject
    AccessLog accessLog;

    @Inject
    Clock clock;

    /** Today's roll of each class the caller is homeroom teacher of (none for other roles). */
    public List<RollState> rollsToday() {
        Caller caller = schoolCaller.bind();
        if (!caller.has(Role.HOMEROOM_TEACHER)) {
            return List.of();
        }
        return store.rolls(caller.requireSchool(), caller.userId(), today());
    }

    /** Cases not closed by tier: for the counselling office and the principal. */
    public List<TierCount> caseloadByTier() {
        Caller caller = office();
        return store.openByTier(caller.requireSchool());
    }

    /** This week's (Monday to Sunday) meetings of the school's cases: for the counselling office and the principal. */
    public List<Meeting> meetingsThisWeek() {
        Caller caller = office();
        LocalDate monday = today().with(DayOfWeek.MONDAY);
        List<Meeting> found = store.meetings(caller.requireSchool(), monday, monday.plusDays(6));
        accessLog.listed(found.stream().map(Meeting::caseId).distinct().toList());
        return found;
    }

    private Caller office() {
        Caller caller = schoolCaller.bind();
        if (!caller.hasAny(Role.COUNSELING, Role.PRINCIPAL)) {
            throw new AccessDeniedException("輔導案量僅供輔導室與校長檢視 (the caseload is for counselling and the principal)");
        }
        return caller;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), TaiwanTime.TAIPEI);
    }
}
