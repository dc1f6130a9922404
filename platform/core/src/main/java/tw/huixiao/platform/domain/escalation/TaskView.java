package tw.huixiao.platform.domain.escalation;

import java.time.Instant;
import java.time.LocalDate;

/** A task as users see it: what, for whom, why it is here, by when, and what became of it. */
public record TaskView(long id, Long caseId, Long episodeId, long studentId, String studentName, String ruleId,
                       String trigger, String why, String responsibleRole, String otherRoles, Long assigneeId,
                       String dutyZh, String dutyEn, String source, String produces, Instant aroseAt, String dueKind,
                       LocalDate earliestOn, LocalDate dueOn, Instant dueAt, String status, boolean overdue,
                       Instant completedAt, Long completedBy, String completionNote, String recordRef, long version) {
}
