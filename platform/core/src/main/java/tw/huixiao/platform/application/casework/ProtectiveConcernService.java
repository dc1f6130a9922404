package tw.huixiao.platform.application.casework;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import tw.huixiao.platform.application.EditedRecord;
import tw.huixiao.platform.application.OptimisticLock;
import tw.huixiao.platform.application.InvalidInputException;
import tw.huixiao.platform.application.InvalidInputException.FieldError;
import tw.huixiao.platform.application.RecordNotFoundException;
import tw.huixiao.platform.application.audit.AccessLog;
import tw.huixiao.platform.application.audit.RecordType;
import tw.huixiao.platform.application.casework.CaseworkAccess.OnCase;
import tw.huixiao.platform.application.escalation.SchoolEscalation;
import tw.huixiao.platform.domain.identity.Role;
import tw.huixiao.platform.application.escalation.EscalationStore;
import tw.huixiao.policy.spi.LocalizedText;
import tw.huixiao.policy.spi.timeline.CaseEvent;

/**
 * Protective concerns (兒少保護, issue 6 §6; Yunlin YL-PROTECT: report within 24 hours under the
 * 兒童及少年福利法). Anyone who may see the case can raise one — a homeroom teacher is often the
 * first to notice. Raising it records PROTECTIVE_CONCERN_RAISED at that moment and the case's
 * module lays out its duties from it: for Yunlin the social-services report and the
 * campus-safety report (校安通報), each due 24 hours after the moment it was raised (elapsed time,
 * not working days). Those tasks are in the principal's and the counselling office's lists at
 * once ({@code watcher_roles}). The details are read only by the counselling office and the
 * principal; anyone else gets 403, and the refusal is logged (PROTECTIVE_CONCERN).
 */
@ApplicationScoped
@Transactional
public class ProtectiveConcernService {

    /** Who reads the details of a protective concern. */
    static final Role[] READERS = {Role.COUNSELING, Role.PRINCIPAL};
    /** Who sees the concern's duties in their task lists besides the responsible roles. */
    static final List<String> WATCHERS = List.of(Role.PRINCIPAL.name(), Role.COUNSELING.name());

    /** The kinds of YL-C8 (保護性個案: 家暴、性騷擾、性侵害、安置個案… 或有生命危險之虞). */
    public enum Kind {
        DOMESTIC_VIOLENCE("家庭暴力", "Domestic violence"),
        SEXUAL_HARASSMENT("性騷擾", "Sexual harassment"),
        SEXUAL_ASSAULT("性侵害", "Sexual assault"),
        ABUSE_OR_NEGLECT("兒少虐待或疏忽", "Child abuse or neglect"),
        IN_CARE("安置個案", "Child in care (placement)"),
        DANGER_TO_LIFE("有生命危險之虞", "Danger to life"),
        OTHER("其他兒少保護事件", "Other child-protection matter");

        private final LocalizedText label;

        Kind(String zhTw, String en) {
            this.label = LocalizedText.of(zhTw, en);
        }

        public LocalizedText label() {
            return label;
        }
    }

    public record Input(String kind, String details, Long version) {
    }

    /**
     * A concern as shown; {@code details} is null and {@code restricted} true for anyone but the
     * counselling office and the principal (a teacher who raised it sees its duties, not the details back).
     */
    public record View(long id, long caseId, String kind, String kindZh, String kindEn, String details,
                       boolean restricted, Instant raisedAt, long raisedBy, Instant reportsDueAt,
                       List<EventTask> tasks, long version) {
    }

    @Inject
    CaseworkAccess access;

    @Inject
    ProtectiveConcernStore concerns;

    @Inject
    EscalationStore escalationStore;

    @Inject
    EventTasks eventTasks;

    @Inject
    AccessLog accessLog;

    public View raise(long caseId, Input input) {
        OnCase on = access.onCase(caseId, "RAISE_PROTECTIVE_CONCERN");
        access.requireOpen(on);
        Checked checked = check(input);
        Instant raisedAt = access.now();
        long id = concerns.insert(on.schoolId(), caseId, checked.kind().name(), checked.details(), raisedAt,
                on.caller().userId());
        // The event carries no details: case_event is not restricted like this record.
        String tasks = access.caseEvent(on, CaseEvent.PROTECTIVE_CONCERN_RAISED, raisedAt, occurrence(id), null);
        escalationStore.addWatchers(on.schoolId(), tasks, WATCHERS);
        accessLog.wrote(caseId, RecordType.PROTECTIVE_CONCERN, id, "CREATE");
        return view(on, concerns.find(on.schoolId(), caseId, id).orElseThrow());
    }

    public List<View> list(long caseId) {
        return access.read(caseId, "READ_PROTECTIVE_CONCERNS", RecordType.PROTECTIVE_CONCERN, null, on -> {
            requireReader(on, null, "READ");
            return concerns.ofCase(on.schoolId(), caseId).stream().map(c -> view(on, c)).toList();
        });
    }

    public View get(long caseId, long id) {
        return access.read(caseId, "READ_PROTECTIVE_CONCERN", RecordType.PROTECTIVE_CONCERN, id, on -> {
            requireReader(on, id, "READ");
            return view(on, find(on, id, "READ"));
        });
    }

    /** Corrects the kind and details (counselling office and principal); send the version read. */
    public View correct(long caseId, long id, Input input) {
        OnCase on = access.onCase(caseId, "UPDATE_PROTECTIVE_CONCERN");
        requireReader(on, id, "UPDATE");
        find(on, id, "UPDATE");
        Checked checked = check(input);
        OptimisticLock.required(input.version());
        OptimisticLock.written(concerns.update(on.schoolId(), id, input.version(), checked.kind().name(), checked.details(), access.now(),
                on.caller().userId()), EditedRecord.PROTECTIVE_CONCERN, id);
        accessLog.wrote(caseId, RecordType.PROTECTIVE_CONCERN, id, "UPDATE");
        return view(on, concerns.find(on.schoolId(), caseId, id).orElseThrow());
    }

    private record Checked(Kind kind, String details) {
    }

    private static Checked check(Input input) {
        List<FieldError> errors = new ArrayList<>();
        Kind kind = null;
        try {
            kind = Kind.valueOf(input == null || input.kind() == null ? "" : input.kind().trim());
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("kind", "類別應為 " + CaseworkAccess.names(Kind.values()) + " 之一 (unknown kind)"));
        }
        String details = input == null ? null : MeetingService.blankToNull(input.details());
        if (details == null || details.length() > MeetingService.MAX_MINUTES) {
            errors.add(new FieldError("details", "請描述發現的情形，最多 " + MeetingService.MAX_MINUTES
                    + " 字 (describe what was noticed)"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new Checked(kind, details);
    }

    private void requireReader(OnCase on, Long id, String action) {
        access.require(on, READERS, RecordType.PROTECTIVE_CONCERN, id, action,
                "兒少保護事件內容僅供輔導室與校長查閱 (protective details are for the counselling office and the principal)");
    }

    private ProtectiveConcernStore.Concern find(OnCase on, long id, String action) {
        return concerns.find(on.schoolId(), on.caseId(), id).orElseThrow(() -> {
            accessLog.refused(on.caseId(), RecordType.PROTECTIVE_CONCERN, id, action,
                    "查無此保護事件 (no such protective concern on this case)");
            return new RecordNotFoundException("protective concern", id);
        });
    }

    private View view(OnCase on, ProtectiveConcernStore.Concern c) {
        boolean restricted = !on.caller().hasAny(READERS);
        List<EventTask> tasks = eventTasks.withKeyPrefix(on.schoolId(),
                SchoolEscalation.eventKey(on.caseId(), CaseEvent.PROTECTIVE_CONCERN_RAISED, occurrence(c.id())) + "/");
        Instant due = tasks.stream().map(EventTask::dueAt).filter(t -> t != null)
                .min(Instant::compareTo).orElse(null);
        Kind kind = Kind.valueOf(c.kind());
        return new View(c.id(), c.caseId(), c.kind(), kind.label().zhTw(), kind.label().en(),
                restricted ? null : c.details(), restricted, c.raisedAt(), c.raisedBy(), due, tasks, c.version());
    }

    private static String occurrence(long concernId) {
        return "pc" + concernId;
    }
}
