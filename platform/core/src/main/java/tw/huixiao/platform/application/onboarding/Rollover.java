package tw.huixiao.platform.application.onboarding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import tw.huixiao.platform.application.AccessDeniedException;
import tw.huixiao.platform.application.Caller;
import tw.huixiao.platform.application.CallerProvider;
import tw.huixiao.platform.application.InvalidInputException;
import tw.huixiao.platform.application.StateConflictException;
import tw.huixiao.platform.domain.identity.Role;
import tw.huixiao.platform.domain.school.School;
import tw.huixiao.platform.domain.school.SchoolRepository;

/**
 * Who may roll which schools into the next school year: a school's administrator their own
 * school, the platform administrator any school or a whole county. A county runs school by
 * school (a transaction serves one school); its apply first dry-runs every school and refuses
 * all if any one would be refused, so a county is not left half rolled over by a foreseeable
 * refusal.
 */
@ApplicationScoped
public class Rollover {

    @Inject
    CallerProvider callers;

    @Inject
    SchoolRepository schools;

    @Inject
    SchoolRollover rollover;

    public SchoolRollover.Report school(Long schoolId, Integer fromYear, boolean apply) {
        Caller caller = callers.get();
        long target = schoolId != null ? schoolId : caller.requireSchool();
        boolean own = caller.has(Role.SCHOOL_ADMIN) && caller.school().map(s -> s == target).orElse(false);
        if (!own && !caller.has(Role.PLATFORM_ADMIN)) {
            throw new AccessDeniedException("只有學校系統管理者（本校）或平台管理者可以升級學年度 "
                    + "(only the school's administrator or a platform administrator rolls a school over)");
        }
        return rollover.roll(target, fromYear, apply, caller.userId());
    }

    public List<SchoolRollover.Report> county(String county, Integer fromYear, boolean apply) {
        Caller caller = callers.get();
        if (!caller.has(Role.PLATFORM_ADMIN)) {
            throw new AccessDeniedException("只有平台管理者可以整個縣市升級學年度 (platform administrators only)");
        }
        List<School> inCounty = schools.findAll().stream()
                .filter(s -> Objects.equals(s.getCounty().value(), county)).toList();
        if (inCounty.isEmpty()) {
            throw InvalidInputException.of("county", "沒有此縣市的學校：" + county + " (no schools in this county)");
        }
        List<SchoolRollover.Report> dryRuns = new ArrayList<>();
        for (School s : inCounty) {
            dryRuns.add(rollover.roll(s.getId(), fromYear, false, caller.userId()));
        }
        if (!apply) {
            return dryRuns;
        }
        List<String> refused = dryRuns.stream().filter(r -> r.refusal() != null)
                .map(r -> r.schoolName() + "：" + r.refusal()).toList();
        if (!refused.isEmpty()) {
            throw new StateConflictException("有 " + refused.size() + " 所學校不能升級，全縣市未執行 (" + refused.size()
                    + " schools cannot roll over; nothing applied)；" + String.join("；", refused));
        }
        List<SchoolRollover.Report> applied = new ArrayList<>();
        for (School s : inCounty) {
            applied.add(rollover.roll(s.getId(), fromYear, true, caller.userId()));
        }
        return applied;
    }
}
