package tw.huixiao.platform.application.attendance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tw.huixiao.platform.application.AccessDeniedException;
import tw.huixiao.platform.application.Caller;
import tw.huixiao.platform.application.CallerProvider;
import tw.huixiao.platform.application.InvalidInputException;
import tw.huixiao.platform.application.InvalidInputException.FieldError;
import tw.huixiao.platform.application.attendance.AttendanceService.RawRow;
import tw.huixiao.platform.application.escalation.EscalationRuns;
import tw.huixiao.platform.application.escalation.SchoolEscalation;
import tw.huixiao.platform.domain.identity.Role;
import tw.huixiao.platform.domain.school.School;
import tw.huixiao.platform.domain.school.SchoolRepository;

/**
 * A county's (or the ministry's) attendance file for many schools, as a county-run 校務行政系統
 * exports it: each school's rows go through that school's own import path, each school in its
 * own transaction bound to it. Every school's rows are checked first; if any row anywhere is
 * bad, nothing is written. Bureau officers send files for their own county's schools only.
 */
@ApplicationScoped
public class CountyAttendanceImport {

    public record Result(int schools, int rows, int changed, int casesOpened, int tasksCreated, long millis) {
    }

    @Inject
    CallerProvider callers;

    @Inject
    SchoolRepository schools;

    @Inject
    AttendanceService attendance;

    @Inject
    EscalationRuns escalation;

    public Result importFile(String encoding, List<RawRow> rows) {
        long begin = System.nanoTime();
        Caller caller = callers.get();
        boolean operator = caller.has(Role.PLATFORM_ADMIN);
        if (!operator && !(caller.has(Role.BUREAU_OFFICER) && caller.bureauCounty() != null)) {
            throw new AccessDeniedException("全縣市出缺席檔由教育局（處）或平台管理者上傳 (bureau officers and operators only)");
        }
        Map<String, School> byCode = new LinkedHashMap<>();
        Map<Long, List<RawRow>> bySchool = new LinkedHashMap<>();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            RawRow row = rows.get(i);
            String code = row.school() == null ? "" : row.school().trim();
            School school = byCode.computeIfAbsent(code, c -> schools.findByMoeCode(c).orElse(null));
            if (school == null || !operator && !school.getCounty().equals(caller.bureauCounty())) {
                errors.add(new FieldError("lines[" + row.line() + "].school", "第 " + row.line() + " 行：查無學校代碼「" + code
                        + "」" + (operator ? "" : "或不屬貴縣市") + " (unknown school)"));
                continue;
            }
            bySchool.computeIfAbsent(school.getId(), k -> new ArrayList<>()).add(row);
        }
        for (Map.Entry<Long, List<RawRow>> school : bySchool.entrySet()) {
            try {
                attendance.importForSchool(school.getKey(), caller, school.getValue(), encoding, true);
            } catch (InvalidInputException e) {
                errors.addAll(e.errors());
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors.size() > AttendanceService.MAX_LISTED_ERRORS
                    ? errors.subList(0, AttendanceService.MAX_LISTED_ERRORS) : errors);
        }
        int changed = 0;
        SchoolEscalation.Outcome escalated = new SchoolEscalation.Outcome(0, 0);
        for (Map.Entry<Long, List<RawRow>> school : bySchool.entrySet()) {
            changed += attendance.importForSchool(school.getKey(), caller, school.getValue(), encoding, false).changed();
            escalated = escalated.plus(escalation.runSchool(school.getKey()));
        }
        return new Result(bySchool.size(), rows.size(), changed, escalated.casesOpened(), escalated.tasksCreated(),
                (System.nanoTime() - begin) / 1_000_000);
    }
}
