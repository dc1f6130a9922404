package tw.huixiao.platform.application.documents;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Reference numbers, document issues and dispatches of the bound school (V8). */
public interface DocumentStore {

    /** A generated document as recorded (never its content). */
    public record Issue(long id, long caseId, String kind, String referenceNumber, boolean confidential, int pages,
                        Instant issuedAt, long issuedBy, String issuedByName) {
    }

    /** A recorded sending of a document. */
    public record Dispatch(long id, long caseId, long issueId, String kind, String referenceNumber, String method,
                           LocalDate sentOn, String registeredMailNumber, String note, Instant recordedAt,
                           long recordedBy, String recordedByName) {
    }

    /** The streak that opened the case: first day absent and the ladder day reached (school days). */
    public record Absence(LocalDate since, LocalDate lastAbsent, int days) {
    }

    /** An open task of the case that produces a document kind. */
    public record OpenTask(long id, long version) {
    }

    /** An absence streak on its own (before its case opens): whose it is, the module it runs under, its days. */
    public record Episode(long id, long studentId, Long caseId, String policyId, String policyVersion, Absence absence) {
    }

    /** The next number of the school's sequence for the ROC year; the row stays locked until commit. */
    int nextNumber(long schoolId, int rocYear);

    long insertIssue(long schoolId, long caseId, String kind, String policyId, String policyVersion,
                            String referenceNumber, boolean confidential, int pages, Instant at, long by);

    List<Issue> issues(long schoolId, long caseId);

    long insertDispatch(long schoolId, long caseId, long issueId, String kind, String method, LocalDate sentOn,
                               String registeredMailNumber, String note, Instant at, long by);

    List<Dispatch> dispatches(long schoolId, long caseId);

    Optional<Episode> episode(long schoolId, long episodeId);

    /** The absence streak (episode) that belongs to the case, the latest if several. */
    Optional<Absence> absence(long schoolId, long caseId);

    /** The case's open tasks whose step produces the kind (case_task.produces). */
    List<OpenTask> openTasksProducing(long schoolId, long caseId, String kind);
}
