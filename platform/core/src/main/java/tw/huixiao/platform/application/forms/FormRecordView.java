package tw.huixiao.platform.application.forms;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;

/**
 * A form record as the API shows it: the form version it instantiates, its data, its sign-off
 * chain (each stage: who may sign, whether and by whom it was signed), and its place among the
 * record's revisions (a correction is a new revision; the one it replaced is SUPERSEDED and
 * stays readable). {@code status}: DRAFT (no stage signed), SIGNING, SIGNED, SUPERSEDED. It belongs
 * to a case, a screening assessment (Yunlin 附表一 of a campaign) or a school-year roster (附表二):
 * exactly one of {@code caseId}, {@code screeningAssessmentId} and {@code rosterId} is set.
 */
public record FormRecordView(long id, Long caseId, Long screeningAssessmentId, Long rosterId, String formId, int formVersion, String titleZhTw, String titleEn,
                             String ruleId, String policyId, String policyVersion, int revision, List<Long> revisions,
                             Long correctsId, String correctionReason, Long supersededBy, String status,
                             JsonObject data, List<Stage> stages, Instant createdAt, long createdBy, Instant updatedAt,
                             long updatedBy, long version) {

    /** One stage of the sign-off chain; the signed* fields are empty until it is signed. */
    public record Stage(int index, String key, String titleZhTw, String titleEn, List<String> roles, boolean stamp,
                        List<String> fieldKeys, boolean signed, Long signedBy, String signedByName, String signedAs,
                        Instant signedAt) {
    }

    /** A record in a case's list. */
    public record Summary(long id, String formId, int formVersion, String titleZhTw, String titleEn, int revision,
                          long firstRevisionId, String status, int stagesSigned, int stages, Instant updatedAt,
                          long version) {
    }
}
