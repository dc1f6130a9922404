package tw.huixiao.platform.application.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import tw.huixiao.platform.application.Caller;
import tw.huixiao.platform.application.CallerProvider;

/**
 * The access log of children's case records (issue 6, 敏感資料稽核): every read and write of a
 * case, form record, meeting or referral — by the UI, the API or an export — adds a row in the
 * same transaction as the access, so an access that happened is always logged and a logged
 * write always happened. Refused attempts are logged in their own transaction (the refused
 * work rolls back). Rows hold who, roles, action, record, time and client address; never the
 * content. The application role can only insert and read them (V5).
 * <p>
 * A refusal is also a security event (V26) that platform administrators and bureau officers
 * read; a refused attempt on another school's case or student is written into that school's
 * log too, so the school whose child was the target sees it.
 */
@ApplicationScoped
public class AccessLog {

    public enum Outcome { ALLOWED, DENIED }

    @Inject
    CallerProvider callers;

    @Inject
    AccessLogStore store;

    @Inject
    RequestOrigin origin;

    @Inject
    RefusalRecorder refusals;

    @Inject
    SecurityEventRecorder securityEvents;

    @Inject
    ReadingWatch readings;

    @Inject
    Clock clock;

    /** A read, in the caller's transaction (already bound to the caller's school). */
    public void read(Long caseId, RecordType type, Long recordId) {
        wrote(caseId, type, recordId, "READ");
        readings.counted(callers.get(), 1);
    }

    /** One read that shows many children at once (a class roll): one row, counted as that many for unusual reading. */
    public void readMany(RecordType type, Long recordId, int children) {
        Caller caller = callers.get();
        store.insert(caller.requireSchool(), entry(caller, "READ", Outcome.ALLOWED, null, type, recordId, null));
        readings.counted(caller, children);
    }

    /** A write ({@code action}: CREATE, UPDATE, SIGN, CLOSE…), in the caller's transaction. */
    public void wrote(Long caseId, RecordType type, Long recordId, String action) {
        Caller caller = callers.get();
        store.insert(caller.requireSchool(), entry(caller, action, Outcome.ALLOWED, caseId, type, recordId, null));
    }

    /** Cases shown in a list or search: one read row per case, so each case's log shows the look. */
    public void listed(List<Long> caseIds) {
        Caller caller = callers.get();
        store.insertAll(caller.requireSchool(), caseIds.stream()
                .map(id -> entry(caller, "LIST", Outcome.ALLOWED, id, RecordType.CASE_LIST, id, null)).toList());
        readings.counted(caller, caseIds.size());
    }

    /**
     * An export (channel EXPORT): one row, with what left the service in {@code detail} (format,
     * filters, the records' ids), in the caller's transaction.
     */
    public void exported(RecordType type, String detail) {
        Caller caller = callers.get();
        store.insert(caller.requireSchool(), entry(caller, "EXPORT", Outcome.ALLOWED, null, type, null, null, "EXPORT",
                detail));
    }

    /**
     * A refused attempt, in a transaction of its own so that it outlives the refused work's
     * rollback. Callers without a school (bureau officers, operators) are refused before any
     * school's data is touched and have no school log to write to.
     */
    public void refused(Long caseId, RecordType type, Long recordId, String action, String reason) {
        Caller caller = callers.get();
        Optional<Long> owner = probedOwner(caseId, type, recordId);
        boolean crossSchool = owner.isPresent() && !owner.get().equals(caller.schoolId());
        if (crossSchool) {
            // The target school sees the attempt on its record (written in a transaction bound to
            // it); the caller's school sees that its member tried, without the other school's ids.
            refusals.record(owner.get(), entry(caller, action, Outcome.DENIED, caseId, type, recordId,
                    "他校人員嘗試存取 (an attempt from another school)"));
            if (caller.schoolId() != null) {
                refusals.record(caller.schoolId(), entry(caller, action, Outcome.DENIED, null, type, null,
                        "嘗試存取他校紀錄 (an attempt on another school's record)"));
            }
        } else if (caller.schoolId() != null) {
            refusals.record(caller.schoolId(), entry(caller, action, Outcome.DENIED, caseId, type, recordId, reason));
        }
        securityEvents.record(new SecurityEventRepository.Event(0, clock.instant(),
                crossSchool ? "CROSS_SCHOOL" : "REFUSED", caller.userId(), caller.username(), caller.schoolId(),
                owner.orElse(caller.schoolId()), type.name(), crossSchool || owner.isPresent() ? recordId : null,
                action, origin.channel(), origin.clientAddress(), null));
    }

    /** The school a refused id belongs to: the case's, or the student's; empty for ids nobody has. */
    private Optional<Long> probedOwner(Long caseId, RecordType type, Long recordId) {
        if (type == RecordType.STUDENT && recordId != null) {
            return securityEvents.ownerOf(RecordType.STUDENT, recordId);
        }
        if (caseId != null) {
            return securityEvents.ownerOf(RecordType.CASE, caseId);
        }
        return Optional.empty();
    }

    /** The case's log, newest first, in the caller's transaction. */
    public List<AccessEntry> forCase(long schoolId, long caseId) {
        return store.forCase(schoolId, caseId);
    }

    /** A page of the case's log as people read it, newest first, in the caller's transaction. */
    public List<AccessLogLine> casePage(long schoolId, long caseId, AccessLogQuery query, int offset, int limit) {
        return store.page(schoolId, caseId, null, 0, query, offset, limit);
    }

    public int caseCount(long schoolId, long caseId, AccessLogQuery query) {
        return store.count(schoolId, caseId, null, 0, query);
    }

    /** A page of one record's log outside any case (a student's register entry), newest first. */
    public List<AccessLogLine> recordPage(long schoolId, RecordType type, long recordId, AccessLogQuery query,
                                          int offset, int limit) {
        return store.page(schoolId, null, type.name(), recordId, query, offset, limit);
    }

    public int recordCount(long schoolId, RecordType type, long recordId, AccessLogQuery query) {
        return store.count(schoolId, null, type.name(), recordId, query);
    }

    /** The log of one record kept outside any case (a student's register entry), newest first. */
    public List<AccessEntry> forRecord(long schoolId, RecordType type, long recordId) {
        return store.forRecord(schoolId, type.name(), recordId);
    }

    private AccessLogStore.Row entry(Caller caller, String action, Outcome outcome, Long caseId, RecordType type,
                                     Long recordId, String reason) {
        return entry(caller, action, outcome, caseId, type, recordId, reason, origin.channel(), null);
    }

    private AccessLogStore.Row entry(Caller caller, String action, Outcome outcome, Long caseId, RecordType type,
                                     Long recordId, String reason, String channel, String detail) {
        String roles = caller.roles().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        return new AccessLogStore.Row(clock.instant(), caller.userId(), caller.username(), roles, action, outcome.name(),
                caseId, type.name(), recordId, channel, origin.clientAddress(), reason, detail);
    }
}
