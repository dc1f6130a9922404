package tw.huixiao.platform.application.casework;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import tw.huixiao.platform.application.EditedRecord;
import tw.huixiao.platform.application.OptimisticLock;
import tw.huixiao.platform.application.InvalidInputException;
import tw.huixiao.platform.application.InvalidInputException.FieldError;
import tw.huixiao.platform.application.RecordNotFoundException;
import tw.huixiao.platform.application.StateConflictException;
import tw.huixiao.platform.application.audit.AccessLog;
import tw.huixiao.platform.application.audit.RecordType;
import tw.huixiao.platform.application.casework.CaseworkAccess.OnCase;
import tw.huixiao.platform.application.escalation.SchoolEscalation;
import tw.huixiao.policy.spi.timeline.CaseEvent;

/**
 * Detention in a juvenile detention centre (少年觀護所; New Taipei's flow chart, 108.12.4).
 * Admission records DETAINED on the day of admission, so the module's working-day deadlines
 * count from it (NT-DET-IN: the centre phones within 3 working days and the school records the
 * 復學就讀措施; the confidential letter within 5). A release without further custody records
 * RELEASED (NT-DET-OUT: the letter within 5 working days; contact the guardian and require the
 * student back at once) and, if the student is not back, the escalation engine restarts dropout
 * tracking from the first school day after the release. Logged as CASE_EVENT records.
 */
@ApplicationScoped
@Transactional
public class DetentionService {

    public record Admission(LocalDate admittedOn, String centre, String note) {
    }

    /** {@code furtherCustody}: the court sent the student on to reformatory education or prison. */
    public record Release(LocalDate releasedOn, Boolean furtherCustody, Long version) {
    }

    public record View(long id, long caseId, String centre, LocalDate admittedOn, String note, LocalDate releasedOn,
                       Boolean furtherCustody, List<EventTask> tasks, long version) {
    }

    @Inject
    CaseworkAccess access;

    @Inject
    ReEnrolmentStore store;

    @Inject
    EventTasks eventTasks;

    @Inject
    AccessLog accessLog;

    public View admit(long caseId, Admission input) {
        OnCase c = access.onCase(caseId, "RECORD_DETENTION");
        access.requireOffices(c, RecordType.CASE_EVENT, null, CaseEvent.DETAINED.name());
        access.requireOpen(c);
        List<FieldError> errors = new ArrayList<>();
        LocalDate admitted = input == null ? null : input.admittedOn();
        if (admitted == null) {
            errors.add(new FieldError("admittedOn", "請填寫入所日期 (the admission date is required)"));
        } else if (admitted.isAfter(access.today())) {
            errors.add(new FieldError("admittedOn", "入所日期不可晚於今天 (cannot be in the future)"));
        }
        String centre = input == null ? null : MeetingService.blankToNull(input.centre());
        String note = input == null ? null : MeetingService.blankToNull(input.note());
        if (centre != null && centre.length() > 200 || note != null && note.length() > MeetingService.MAX_TEXT) {
            errors.add(new FieldError("note", "太長 (too long)"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (store.detentions(c.schoolId(), caseId).stream().anyMatch(d -> d.releasedOn() == null)) {
            throw new StateConflictException("此個案已有尚未出所的收容紀錄 (the student is already recorded as detained)");
        }
        long id = store.admit(c.schoolId(), caseId, c.kase().getStudentId(), centre, admitted, note, access.now(),
                c.caller().userId());
        access.caseEvent(c, CaseEvent.DETAINED, access.momentOf(admitted), occurrence(id), "少年觀護所收容 (detained)");
        accessLog.wrote(caseId, RecordType.CASE_EVENT, id, CaseEvent.DETAINED.name());
        return view(c, store.detention(c.schoolId(), caseId, id).orElseThrow());
    }

    public View release(long caseId, long id, Release input) {
        OnCase c = access.onCase(caseId, "RECORD_RELEASE");
        ReEnrolmentStore.Detention found = store.detention(c.schoolId(), caseId, id).orElseThrow(() -> {
            accessLog.refused(caseId, RecordType.CASE_EVENT, id, CaseEvent.RELEASED.name(),
                    "查無此收容紀錄 (no such detention on this case)");
            return new RecordNotFoundException("detention", id);
        });
        access.requireOffices(c, RecordType.CASE_EVENT, id, CaseEvent.RELEASED.name());
        access.requireOpen(c);
        List<FieldError> errors = new ArrayList<>();
        LocalDate released = input == null ? null : input.releasedOn();
        if (released == null) {
            errors.add(new FieldError("releasedOn", "請填寫出所日期 (the release date is required)"));
        } else if (released.isBefore(found.admittedOn()) || released.isAfter(access.today())) {
            errors.add(new FieldError("releasedOn", "出所日期應在入所日期與今天之間 (between admission and today)"));
        }
        if (input == null || input.furtherCustody() == null) {
            errors.add(new FieldError("furtherCustody", "請註明是否續受感化教育或徒刑 (whether reformatory education or "
                    + "prison follows)"));
        }
        OptimisticLock.required(input == null ? null : input.version(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        OptimisticLock.check(EditedRecord.DETENTION, id, input.version(), found.version());
        if (found.releasedOn() != null) {
            throw new StateConflictException("已登錄出所（" + found.releasedOn() + "）(the release is already recorded)");
        }
        OptimisticLock.written(store.release(c.schoolId(), id, input.version(), released, input.furtherCustody(), access.now(),
                c.caller().userId()), EditedRecord.DETENTION, id);
        if (!input.furtherCustody()) {
            // NT-DET-OUT applies when no reformatory education or prison follows.
            access.caseEvent(c, CaseEvent.RELEASED, access.momentOf(released), occurrence(id), "出所 (released)");
        }
        accessLog.wrote(caseId, RecordType.CASE_EVENT, id, CaseEvent.RELEASED.name());
        return view(c, store.detention(c.schoolId(), caseId, id).orElseThrow());
    }

    public List<View> list(long caseId) {
        return access.read(caseId, "READ_DETENTIONS", RecordType.CASE_EVENT, null,
                c -> store.detentions(c.schoolId(), caseId).stream().map(d -> view(c, d)).toList());
    }

    private View view(OnCase c, ReEnrolmentStore.Detention d) {
        List<EventTask> tasks = new ArrayList<>();
        for (CaseEvent event : List.of(CaseEvent.DETAINED, CaseEvent.RELEASED)) {
            tasks.addAll(eventTasks.withKeyPrefix(c.schoolId(),
                    SchoolEscalation.eventKey(c.caseId(), event, occurrence(d.id())) + "/"));
        }
        return new View(d.id(), d.caseId(), d.centre(), d.admittedOn(), d.note(), d.releasedOn(), d.furtherCustody(),
                tasks, d.version());
    }

    private static String occurrence(long detentionId) {
        return "det" + detentionId;
    }
}
