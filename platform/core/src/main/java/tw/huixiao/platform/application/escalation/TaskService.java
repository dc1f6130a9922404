package tw.huixiao.platform.application.escalation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tw.huixiao.platform.application.AccessDeniedException;
import tw.huixiao.platform.application.Caller;
import tw.huixiao.platform.application.CallerProvider;
import tw.huixiao.platform.application.EditedRecord;
import tw.huixiao.platform.application.OptimisticLock;
import tw.huixiao.platform.application.InvalidInputException.FieldError;
import tw.huixiao.platform.application.InvalidInputException;
import tw.huixiao.platform.application.RecordNotFoundException;
import tw.huixiao.platform.application.StateConflictException;
import tw.huixiao.platform.application.StudentAccess;
import tw.huixiao.platform.application.audit.AccessLog;
import tw.huixiao.platform.application.audit.RecordType;
import tw.huixiao.platform.domain.casework.CaseRepository;
import tw.huixiao.platform.domain.escalation.TaskView;
import tw.huixiao.platform.domain.identity.Role;
import tw.huixiao.platform.application.forms.FormRecordStore;
import tw.huixiao.platform.application.policy.Policies;
import tw.huixiao.policy.spi.form.FormDefinition;
import tw.huixiao.platform.application.tenancy.Tenancy;
import tw.huixiao.platform.domain.calendar.TaiwanTime;
import tw.huixiao.platform.application.SchoolCaller;

/**
 * The tasks the escalation engine laid out: each person's due-today and overdue lists, and
 * completing a task (who and when are recorded). Principals see every overdue task of the
 * school: overdue duties are reported to them.
 */
@ApplicationScoped
@Transactional
public class TaskService {

    @Inject
    SchoolCaller schoolCaller;

    private static final int MAX_LIST = 500;

    /** Completing a task: done with a note (and a link to the record), or not applicable with a reason. */
    public record Completion(String note, String recordRef, Boolean notApplicable, Long version) {
    }

    @Inject
    CallerProvider callers;

    @Inject
    Tenancy tenancy;

    @Inject
    TaskStore tasks;

    @Inject
    StudentAccess access;

    @Inject
    Clock clock;

    /** How many children stand on each day of the absence ladder (not yet back), for the principal's overview. */
    public Map<Integer, Integer> childrenPerLadderDay() {
        Caller caller = schoolCaller.bind();
        if (!caller.has(Role.PRINCIPAL)) {
            throw new AccessDeniedException("全校追蹤概況僅供校長檢視 (the school's overview is for the principal)");
        }
        return tasks.childrenPerLadderDay(caller.requireSchool());
    }

    public List<TaskView> due(String due) {
        Caller caller = schoolCaller.bind();
        TaskStore.Due which;
        try {
            which = TaskStore.Due.valueOf((due == null ? "today" : due).trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("due", "due 應為 today、overdue 或 open (due is today, overdue or open)");
        }
        boolean wholeSchool = which == TaskStore.Due.OVERDUE && caller.has(Role.PRINCIPAL);
        return tasks.due(caller.requireSchool(), which, caller.userId(),
                caller.roles().stream().map(Enum::name).toList(), wholeSchool, today(), clock.instant(), MAX_LIST);
    }

    /** What the caller recorded today (Taipei), newest first: "done, by me, today" under 今日待辦. */
    public List<TaskView> recordedToday() {
        Caller caller = schoolCaller.bind();
        return tasks.recordedBy(caller.requireSchool(), caller.userId(),
                today().atStartOfDay(TaiwanTime.TAIPEI).toInstant(), today(), clock.instant(), MAX_LIST);
    }

    /** The tasks of a case; the caller must be allowed to see the case's student (checked by the caller). */
    public List<TaskView> ofCase(long caseId) {
        Caller caller = schoolCaller.bind();
        return tasks.ofCase(caller.requireSchool(), caseId, today(), clock.instant());
    }

    /** One task the caller may see (its student's visibility decides), for opening its completion from a link. */
    public TaskView get(long id) {
        Caller caller = schoolCaller.bind();
        TaskView task = tasks.find(caller.requireSchool(), id, today(), clock.instant())
                .orElseThrow(() -> new RecordNotFoundException("task", id));
        try {
            access.visible(task.studentId(), caller);
        } catch (RecordNotFoundException e) {
            throw new RecordNotFoundException("task", id);
        }
        accessLog.read(task.caseId(), RecordType.TASK, id);
        return task;
    }

    /** Whether the caller may record this task (the UI offers completion only then; {@link #complete} checks again). */
    public boolean mayComplete(TaskView task) {
        return mayComplete(task, callers.get());
    }

    /**
     * The duty is the caller's own: addressed to them or to one of their roles. A principal may
     * record anyone's duty (they answer for the school), but screens offer them only their own and
     * name who is responsible for the rest.
     */
    public boolean isOwn(TaskView task) {
        return isOwn(task, callers.get());
    }

    private static boolean mayComplete(TaskView task, Caller caller) {
        return isOwn(task, caller) || caller.has(Role.PRINCIPAL);
    }

    private static boolean isOwn(TaskView task, Caller caller) {
        return Objects.equals(task.assigneeId(), caller.userId())
                || task.assigneeId() == null && caller.roles().stream().anyMatch(r -> r.name().equals(task.responsibleRole()))
                || task.otherRoles() != null && caller.roles().stream().anyMatch(r -> List.of(task.otherRoles().split(","))
                        .contains(r.name()));
    }

    public TaskView complete(long id, Completion completion) {
        Caller caller = schoolCaller.bind();
        long school = caller.requireSchool();
        TaskView task = tasks.find(school, id, today(), clock.instant())
                .orElseThrow(() -> new RecordNotFoundException("task", id));
        try {
            access.visible(task.studentId(), caller);
        } catch (RecordNotFoundException e) {
            throw new RecordNotFoundException("task", id);
        }
        if (!mayComplete(task, caller)) {
            String refusal = "這項工作由" + roleName(task.responsibleRole()) + "辦理 (this task is for "
                    + task.responsibleRole() + ")";
            accessLog.refused(task.caseId(), RecordType.TASK, id, "COMPLETE", refusal);
            throw new AccessDeniedException(refusal);
        }
        List<FieldError> errors = new ArrayList<>();
        boolean notApplicable = completion != null && Boolean.TRUE.equals(completion.notApplicable());
        String note = completion == null || completion.note() == null ? null : completion.note().trim();
        if (notApplicable && (note == null || note.isEmpty())) {
            errors.add(new FieldError("note", "標示不適用時請說明理由 (a reason is required)"));
        }
        if (note != null && note.length() > 2000) {
            errors.add(new FieldError("note", "說明最多 2000 字 (at most 2000 characters)"));
        }
        OptimisticLock.required(completion == null ? null : completion.version(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (!"OPEN".equals(task.status())) {
            throw new StateConflictException("這項工作已處理 (the task is already " + task.status() + ")");
        }
        String recordRef = completion.recordRef() == null || completion.recordRef().isBlank() ? null
                : completion.recordRef().trim();
        if (!notApplicable) {
            recordRef = requiredRecord(school, task, recordRef).orElse(recordRef);
        }
        OptimisticLock.written(tasks.complete(school, id, completion.version(), notApplicable, caller.userId(), clock.instant(),
                note == null || note.isEmpty() ? null : note, recordRef), EditedRecord.TASK, id);
        accessLog.wrote(task.caseId(), RecordType.TASK, id, notApplicable ? "SET_NOT_APPLICABLE" : "COMPLETE");
        return tasks.find(school, id, today(), clock.instant()).orElseThrow();
    }

    @Inject
    AccessLog accessLog;

    @Inject
    CaseRepository cases;

    @Inject
    Policies policies;

    @Inject
    FormRecordStore formRecords;

    private static final Pattern FORM_RECORD_REF = Pattern.compile("(?:form-records/)?(\\d{1,18})");

    /**
     * A task whose step produces one of the case's module forms (e.g. TY-D1-CONTACT: the 輔導訪談紀錄
     * (B) 表) is done only with a record of that form for the case: {@code recordRef} names it as
     * {@code form-records/{id}}. Returns that reference, normalised; empty when no form is due
     * (documents, modules no longer loaded, tasks without a case yet and done with a note).
     */
    private Optional<String> requiredRecord(long school, TaskView task, String recordRef) {
        if (task.produces() == null) {
            return Optional.empty();
        }
        if (task.caseId() == null) {
            return episodeRecord(school, task, recordRef);
        }
        Optional<FormDefinition> form = cases.find(task.caseId()).flatMap(k -> policies.find(k.getPolicyPin().policyId(),
                        k.getPolicyPin().version()))
                .flatMap(p -> p.forms().stream().filter(f -> f.id().equals(task.produces())).findFirst());
        if (form.isEmpty()) {
            return Optional.empty();
        }
        Matcher ref = FORM_RECORD_REF.matcher(recordRef == null ? "" : recordRef);
        Optional<FormRecordStore.Row> record = ref.matches()
                ? formRecords.find(school, Long.parseLong(ref.group(1))) : Optional.empty();
        if (record.isEmpty() || !task.caseId().equals(record.get().caseId()) || !record.get().formId().equals(task.produces())) {
            throw InvalidInputException.of("recordRef", "完成此工作須附上本案的「" + form.get().title().zhTw()
                    + "」紀錄：recordRef 填 form-records/{id} (completing this task needs a record of "
                    + form.get().title().en() + " for this case: recordRef = form-records/{id})");
        }
        return Optional.of("form-records/" + record.get().id());
    }

    /**
     * Before its case opens a duty may be done with a note, or with a record of its form kept for
     * its absence streak ({@link tw.huixiao.platform.application.forms.FormRecordService#createForEpisode}):
     * a form-record reference must name such a record of this streak.
     */
    private Optional<String> episodeRecord(long school, TaskView task, String recordRef) {
        Matcher ref = FORM_RECORD_REF.matcher(recordRef == null ? "" : recordRef);
        if (recordRef == null || !recordRef.startsWith("form-records/") || task.episodeId() == null) {
            return Optional.empty();
        }
        Optional<FormRecordStore.Row> record = ref.matches()
                ? formRecords.find(school, Long.parseLong(ref.group(1))) : Optional.empty();
        if (record.isEmpty() || !task.episodeId().equals(record.get().episodeId())
                || !record.get().formId().equals(task.produces())) {
            throw InvalidInputException.of("recordRef", "此紀錄不是這段缺課期間此項工作的表單紀錄 "
                    + "(the record is not this duty's form record for this absence)");
        }
        return Optional.of("form-records/" + record.get().id());
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), TaiwanTime.TAIPEI);
    }

    private static String roleName(String role) {
        try {
            return Role.valueOf(role).label().zhTw();
        } catch (IllegalArgumentException e) {
            return role;
        }
    }
}
