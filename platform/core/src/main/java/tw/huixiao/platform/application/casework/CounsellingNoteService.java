package tw.huixiao.platform.application.casework;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import tw.huixiao.platform.application.Caller;
import tw.huixiao.platform.application.EditedRecord;
import tw.huixiao.platform.application.OptimisticLock;
import tw.huixiao.platform.application.InvalidInputException;
import tw.huixiao.platform.application.InvalidInputException.FieldError;
import tw.huixiao.platform.application.RecordNotFoundException;
import tw.huixiao.platform.application.audit.AccessLog;
import tw.huixiao.platform.application.audit.RecordType;
import tw.huixiao.platform.application.casework.CaseworkAccess.OnCase;
import tw.huixiao.platform.domain.casework.CounsellingNoteAccess;
import tw.huixiao.platform.domain.casework.CounsellingNoteAccess.Scope;
import tw.huixiao.platform.domain.student.StudentRepository;
import tw.huixiao.policy.spi.LocalizedText;

/**
 * A case's counselling notes (輔導紀錄, issue 6 §7): date, kind, content and the counselling tier
 * (TW-TIERS). A field group of its own ({@link CounsellingNoteAccess}): the counselling office and
 * the principal read and write every note of a case they see; a mentor teacher only the notes
 * they wrote on a student assigned to them; anyone else who sees the case — its homeroom
 * teacher, the other offices — is refused (403), and the refusal is logged. A case the caller
 * may not see is "not found" (404, logged by {@code CaseService.visible}). Every read, write and
 * refusal is in the case's access log; the content never is. Notes may still be written after
 * closure: some counties keep tracking a closed case (TN-CLOSE: 3 months).
 */
@ApplicationScoped
@Transactional
public class CounsellingNoteService {

    static final int MAX_CONTENT = MeetingService.MAX_MINUTES;
    private static final String REFUSAL = "輔導紀錄僅供輔導室、校長及撰寫該紀錄的認輔老師查閱與修改 "
            + "(counselling notes are for the counselling office, the principal and the mentor teacher who wrote them)";

    /** 輔導方式. */
    public enum Kind {
        INDIVIDUAL("個別晤談", "Individual talk"),
        GROUP("團體輔導", "Group counselling"),
        HOME_VISIT("家庭訪問", "Home visit"),
        PHONE("電話聯繫", "Phone call"),
        OTHER("其他", "Other");

        private final LocalizedText label;

        Kind(String zhTw, String en) {
            this.label = LocalizedText.of(zhTw, en);
        }

        public LocalizedText label() {
            return label;
        }
    }

    /** A note as the client sends it; {@code tier} defaults to the case's; {@code version} is needed to edit. */
    public record Input(LocalDate notedOn, String kind, String kindOther, String content, Integer tier, Long version) {
    }

    public record View(long id, long caseId, LocalDate notedOn, String kind, String kindZh, String kindEn,
                       String kindOther, String content, int tier, long authorId, String authorName, Instant createdAt,
                       Instant updatedAt, long updatedBy, long version) {
    }

    @Inject
    CaseworkAccess access;

    @Inject
    CounsellingNoteStore notes;

    @Inject
    StudentRepository students;

    @Inject
    AccessLog accessLog;

    /** The notes of the case the caller may read (a mentor: their own), oldest first. */
    public List<View> list(long caseId) {
        return access.read(caseId, "READ_COUNSELLING_NOTES", RecordType.COUNSELLING_NOTE, null, on -> {
            Scope scope = requireScope(on, null, "READ");
            return notes.ofCase(on.schoolId(), caseId).stream()
                    .filter(n -> CounsellingNoteAccess.covers(scope, n.authorId(), on.caller().userId()))
                    .map(CounsellingNoteService::view).toList();
        });
    }

    public View create(long caseId, Input input) {
        OnCase on = access.onCase(caseId, "CREATE_COUNSELLING_NOTE");
        requireScope(on, null, "CREATE");
        Checked checked = check(input, on.kase().getTier(), access.today(), false);
        long id = notes.insert(on.schoolId(), caseId, checked.notedOn(), checked.kind().name(), checked.kindOther(),
                checked.content(), checked.tier(), access.now(), on.caller().userId());
        accessLog.wrote(caseId, RecordType.COUNSELLING_NOTE, id, "CREATE");
        return view(notes.find(on.schoolId(), id).orElseThrow());
    }

    /** Edits a note with the version read; a mentor edits only their own. */
    public View update(long id, Input input) {
        Caller caller = access.bind();
        long school = caller.requireSchool();
        CounsellingNoteStore.Note note = notes.find(school, id).orElseThrow(() -> {
            accessLog.refused(null, RecordType.COUNSELLING_NOTE, id, "UPDATE",
                    "查無此輔導紀錄 (no such counselling note)");
            return new RecordNotFoundException("counselling note", id);
        });
        OnCase on = access.onCase(note.caseId(), "UPDATE_COUNSELLING_NOTE");
        Scope scope = requireScope(on, id, "UPDATE");
        if (!CounsellingNoteAccess.covers(scope, note.authorId(), caller.userId())) {
            throw access.refused(on, RecordType.COUNSELLING_NOTE, id, "UPDATE", REFUSAL);
        }
        Checked checked = check(input, note.tier(), access.today(), true);
        OptimisticLock.written(notes.update(school, id, input.version(), checked.notedOn(), checked.kind().name(), checked.kindOther(),
                checked.content(), checked.tier(), access.now(), caller.userId()), EditedRecord.COUNSELLING_NOTE, id);
        accessLog.wrote(note.caseId(), RecordType.COUNSELLING_NOTE, id, "UPDATE");
        return view(notes.find(school, id).orElseThrow());
    }

    /** The caller's scope on the case's notes; none is refused (403) and logged. */
    private Scope requireScope(OnCase on, Long noteId, String action) {
        boolean mentors = students.isMentoredBy(on.kase().getStudentId(), on.caller().userId());
        Scope scope = CounsellingNoteAccess.scope(on.caller().roles(), mentors);
        if (scope == Scope.NONE) {
            throw access.refused(on, RecordType.COUNSELLING_NOTE, noteId, action, REFUSAL);
        }
        return scope;
    }

    record Checked(LocalDate notedOn, Kind kind, String kindOther, String content, int tier) {
    }

    static Checked check(Input input, int defaultTier, LocalDate today, boolean editing) {
        List<FieldError> errors = new ArrayList<>();
        if (input == null) {
            throw InvalidInputException.of("body", "請求內容不可為空 (request body is required)");
        }
        if (input.notedOn() == null) {
            errors.add(new FieldError("notedOn", "請填輔導日期 (the date is required)"));
        } else if (input.notedOn().isAfter(today)) {
            errors.add(new FieldError("notedOn", "輔導日期不可晚於今天 (the date cannot be in the future)"));
        }
        Kind kind = null;
        try {
            kind = Kind.valueOf(input.kind() == null ? "" : input.kind().trim());
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("kind", "輔導方式應為 " + CaseworkAccess.names(Kind.values()) + " 之一 (unknown kind)"));
        }
        String kindOther = MeetingService.blankToNull(input.kindOther());
        if (kind == Kind.OTHER && kindOther == null) {
            errors.add(new FieldError("kindOther", "選「其他」時請說明輔導方式 (say what the other kind was)"));
        } else if (kindOther != null && kindOther.length() > 200) {
            errors.add(new FieldError("kindOther", "最多 200 字 (at most 200 characters)"));
        }
        String content = MeetingService.blankToNull(input.content());
        if (content == null || content.length() > MAX_CONTENT) {
            errors.add(new FieldError("content", "請填輔導內容，最多 " + MAX_CONTENT + " 字 (the content is required, at most "
                    + MAX_CONTENT + " characters)"));
        }
        Integer tier = input.tier() == null ? Integer.valueOf(defaultTier) : input.tier();
        if (tier < 1 || tier > 3) {
            errors.add(new FieldError("tier", "輔導層級為 1、2 或 3 (tier is 1, 2 or 3)"));
        }
        if (editing) {
            OptimisticLock.required(input.version(), errors);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new Checked(input.notedOn(), kind, kind == Kind.OTHER ? kindOther : null, content, tier);
    }

    private static View view(CounsellingNoteStore.Note n) {
        Kind kind = Kind.valueOf(n.kind());
        return new View(n.id(), n.caseId(), n.notedOn(), n.kind(), kind.label().zhTw(), kind.label().en(), n.kindOther(),
                n.content(), n.tier(), n.authorId(), n.authorName(), n.createdAt(), n.updatedAt(), n.updatedBy(),
                n.version());
    }
}
