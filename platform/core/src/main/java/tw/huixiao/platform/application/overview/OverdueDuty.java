package tw.huixiao.platform.application.overview;

import java.time.Instant;
import java.time.LocalDate;

public record OverdueDuty(long taskId, Long caseId, String studentName, String className, String ruleId,
                          String dutyZh, String dutyEn, LocalDate dueOn, Instant dueAt, String responsibleRole,
                          Long assigneeId, String assigneeName) {
}
