package tw.huixiao.platform.application.attendance;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import tw.huixiao.platform.application.AccessDeniedException;
import tw.huixiao.platform.application.Caller;
import tw.huixiao.platform.application.CallerProvider;
import tw.huixiao.platform.application.InvalidInputException;
import tw.huixiao.platform.application.InvalidInputException.FieldError;
import tw.huixiao.platform.application.StateConflictException;
import tw.huixiao.platform.application.attendance.AttendanceService.RawRow;
import tw.huixiao.platform.application.escalation.EscalationRuns;
import tw.huixiao.platform.application.escalation.SchoolEscalation;
import tw.huixiao.platform.application.lifecycle.ServiceLifecycle;
import tw.huixiao.platform.application.lifecycle.ServiceStoppingException;
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

    private static final Pattern LINE = Pattern.compile("lines\\[(\\d+)]");

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

    @Resource
    ManagedExecutorService executor;

    @Inject
    ServiceLifecycle lifecycle;

    /** Schools imported at once (the engine's worker count). */
    @Inject
    @ConfigProperty(name = "huixiao.escalation.threads", defaultValue = "4")
    int threads;

    /**
     * Imports the file. A stopping server does not begin one (503, the client retries on another
     * server); one in flight when the server begins to stop finishes: the stop waits for it
     * (issue 22 §4, {@link ServiceLifecycle}).
     */
    public Result importFile(String encoding, List<RawRow> rows) {
        ServiceLifecycle.Work work = lifecycle.begin("county attendance import of " + rows.size() + " rows")
                .orElseThrow(() -> new ServiceStoppingException("全縣市出缺席匯入 (the county attendance import)"));
        try (work) {
            return importAll(encoding, rows);
        }
    }

    private Result importAll(String encoding, List<RawRow> rows) {
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
        List<Map.Entry<Long, List<RawRow>>> parts = List.copyOf(bySchool.entrySet());
        inParallel(parts, school -> {
            try {
                attendance.importForSchool(school.getKey(), caller, school.getValue(), encoding, true);
            } catch (InvalidInputException e) {
                synchronized (errors) {
                    errors.addAll(e.errors());
                }
            }
        });
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparingInt(CountyAttendanceImport::lineOf));
            throw new InvalidInputException(errors.size() > AttendanceService.MAX_LISTED_ERRORS
                    ? errors.subList(0, AttendanceService.MAX_LISTED_ERRORS) : errors);
        }
        AtomicInteger changed = new AtomicInteger();
        AtomicInteger casesOpened = new AtomicInteger();
        AtomicInteger tasksCreated = new AtomicInteger();
        inParallel(parts, school -> {
            changed.addAndGet(attendance.importForSchool(school.getKey(), caller, school.getValue(), encoding, false)
                    .changed());
            SchoolEscalation.Outcome outcome = escalation.runSchool(school.getKey());
            casesOpened.addAndGet(outcome.casesOpened());
            tasksCreated.addAndGet(outcome.tasksCreated());
        });
        return new Result(bySchool.size(), rows.size(), changed.get(), casesOpened.get(), tasksCreated.get(),
                (System.nanoTime() - begin) / 1_000_000);
    }

    /**
     * Does each school's part on the engine's worker threads (each part in its own transaction);
     * the first failure is rethrown after every part has finished.
     */
    private void inParallel(List<Map.Entry<Long, List<RawRow>>> parts, Consumer<Map.Entry<Long, List<RawRow>>> work) {
        ConcurrentLinkedQueue<Map.Entry<Long, List<RawRow>>> queue = new ConcurrentLinkedQueue<>(parts);
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < Math.max(1, Math.min(threads, parts.size())); t++) {
            workers.add(executor.submit(() -> {
                for (var part = queue.poll(); part != null; part = queue.poll()) {
                    work.accept(part);
                }
            }));
        }
        RuntimeException failure = null;
        for (Future<?> worker : workers) {
            try {
                worker.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StateConflictException("匯入被中斷 (the import was interrupted)");
            } catch (ExecutionException e) {
                if (failure == null) {
                    failure = e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    private static int lineOf(FieldError error) {
        Matcher line = LINE.matcher(error.field());
        return line.find() ? Integer.parseInt(line.group(1)) : Integer.MAX_VALUE;
    }
}
