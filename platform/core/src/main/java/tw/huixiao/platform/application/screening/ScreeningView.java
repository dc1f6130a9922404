package tw.huixiao.platform.application.screening;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** What the screening API and screens show. */
public final class ScreeningView {

    private ScreeningView() {
    }

    /**
     * A campaign and its progress: how many students have how many stages signed ({@code byStage},
     * "0"–"4") and where they stand ({@code byOutcome}: NOT_STARTED, IN_PROGRESS, SCREENED_OUT,
     * WATCH, HIGH_CARE), in total and per class. A homeroom teacher sees only their own classes.
     */
    public record Campaign(long id, int schoolYear, int semester, Integer grade, Long classId, String className,
                           String policyId, String policyVersion, String formId, int formVersion, LocalDate assessedOn,
                           String note, Instant createdAt, long createdBy, Progress progress, long version) {
    }

    public record Progress(int students, Map<String, Integer> byStage, Map<String, Integer> byOutcome,
                           List<ClassProgress> classes) {
    }

    public record ClassProgress(long classId, String className, int students, Map<String, Integer> byStage,
                                Map<String, Integer> byOutcome) {
    }

    /**
     * A student of a campaign: the 附表一 record (sign and edit it through /form-records/{recordId}),
     * how many stages are signed, the next stage to sign, the outcome, the case follow-up hangs on
     * and what stage 4 started.
     */
    public record Assessment(long id, long campaignId, long studentId, String studentName, Integer seatNumber,
                             long classId, String className, long recordId, String recordStatus, long recordVersion,
                             int stagesSigned, String nextStage, String nextStageTitle, List<String> nextStageRoles,
                             String outcome, Long caseId, List<FollowUp> followUps) {
    }

    /** What a stage-4 strategy started: a TASK, a draft REFERRAL or a PROTECTIVE_CONCERN, on the case. */
    public record FollowUp(String strategy, String kind, long caseId, long recordId, Instant createdAt) {
    }
}
