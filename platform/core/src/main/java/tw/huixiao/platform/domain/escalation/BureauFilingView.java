package tw.huixiao.platform.domain.escalation;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A filing with the county bureau as either side sees it (the attachment is read on its own).
 * {@code studentName} and {@code className} are null until the school files: an expected filing
 * tells the bureau only which duty of which school is owed.
 */
public record BureauFilingView(long id, long schoolId, String schoolName, String schoolMoeCode, String county,
                               long taskId, Long caseId, String ruleId, String produces, String titleZh,
                               String titleEn, String status, LocalDate dueOn, Instant dueAt, boolean overdue,
                               String studentName, String className, Instant filedAt, String filedByName,
                               String note, String attachmentName, Long resubmitsId, Instant decidedAt,
                               String decidedByName, String decisionNote, long version) {
}
