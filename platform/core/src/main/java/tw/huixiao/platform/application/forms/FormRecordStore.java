package tw.huixiao.platform.application.forms;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** form_record and form_signature rows of the bound school; writes check the version read (optimistic locking). */
public interface FormRecordStore {

    /**
     * A revision of a record. It belongs to exactly one subject: a case ({@code caseId}), a
     * screening assessment ({@code screeningAssessmentId}, Yunlin 附表一 of a campaign) or a
     * school-year roster ({@code rosterId}, 附表二) or, until its case opens, an absence streak
     * ({@code episodeId}: a duty that arises before the case, e.g. a day-1 family contact).
     */
    public record Row(long id, Long caseId, String formId, int formVersion, String policyId, String policyVersion,
                      int revision, Long rootId, Long correctsId, String correctionReason, JsonObject data,
                      String status, Long supersededBy, Instant createdAt, long createdBy, Instant updatedAt,
                      long updatedBy, long version, Long screeningAssessmentId, Long rosterId, Long episodeId) {

        public Subject subject() {
            return new Subject(caseId, screeningAssessmentId, rosterId, episodeId);
        }

        /** The first revision's id: the same for every revision of one record. */
        public long chainId() {
            return rootId == null ? id : rootId;
        }
    }

    /** What a record belongs to: exactly one of the four is set. */
    public record Subject(Long caseId, Long screeningAssessmentId, Long rosterId, Long episodeId) {

        public static Subject ofCase(long caseId) {
            return new Subject(caseId, null, null, null);
        }

        public static Subject ofScreening(long assessmentId) {
            return new Subject(null, assessmentId, null, null);
        }

        public static Subject ofRoster(long rosterId) {
            return new Subject(null, null, rosterId, null);
        }

        public static Subject ofEpisode(long episodeId) {
            return new Subject(null, null, null, episodeId);
        }
    }

    public record Signature(String stageKey, int stageIndex, long signedBy, String signedByName, String signedAs,
                            boolean stamp, Instant signedAt) {
    }

    /** A record and when the stage asked for was signed. */
    public record Signed(Row row, Instant stageSignedAt) {
    }

    long insert(long schoolId, Subject subject, String formId, int formVersion, String policyId, String policyVersion,
                       int revision, Long rootId, Long correctsId, String correctionReason, JsonObject data, Instant at,
                       long by);

    Optional<Row> find(long schoolId, long id);

    /** The case's records, every revision, oldest first. */
    List<Row> ofCase(long schoolId, long caseId);

    /** The current (not superseded) revision of each record of screening assessments, by assessment id. */
    List<Row> currentOfScreenings(long schoolId, Long[] assessmentIds);

    /** The current revision of a roster, if it has one. */
    Optional<Row> currentOfRoster(long schoolId, long rosterId);

    /**
     * The current revisions of a form's records that are signed up to a stage, with the moment it
     * was signed: Yunlin 附表一 records of cases and of screenings whose strategy stage is signed.
     */
    List<Signed> currentSignedAt(long schoolId, String formId, String stageKey);

    /** Every revision of the record's chain, oldest first. */
    List<Row> chain(long schoolId, long chainId);

    /** Replaces the data at the version read; false if someone changed the record meanwhile. */
    boolean update(long schoolId, long id, long version, JsonObject data, Instant at, long by);

    /** Sets the sign-off status (SIGNING, SIGNED) at the version read. */
    boolean setStatus(long schoolId, long id, long version, String status, Instant at, long by);

    /** Marks the revision replaced by its correction, at the version read. */
    boolean supersede(long schoolId, long id, long version, long by, Instant at, long correction);

    void sign(long schoolId, long recordId, String stageKey, int stageIndex, long by, String as, boolean stamp,
                     Instant at);

    /** The record's signatures in the chain's order. */
    List<Signature> signatures(long schoolId, long recordId);
}
