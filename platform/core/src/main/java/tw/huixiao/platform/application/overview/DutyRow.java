package tw.huixiao.platform.application.overview;

import java.time.Instant;
import java.time.LocalDate;

public record DutyRow(long taskId, Long caseId, long schoolId, String moeCode, String schoolName, String ruleId,
                      String dutyZh, String dutyEn, LocalDate dueOn, Instant dueAt, String responsibleRole,
                      String produces) {
}
