package tw.huixiao.platform.domain.escalation;

import java.time.Instant;
import java.time.LocalDate;

/** A task laid out from a module step, before it is stored (stored once per task key). */
public record TaskDraft(String taskKey, String seriesKey, boolean recurring, Long caseId, Long episodeId,
                        long studentId, String ruleId, int stepIndex, int occurrence, String triggerText, String why,
                        String responsibleRole, String otherRoles, Long assigneeId, String dutyZh, String dutyEn,
                        String sourceText, String produces, Instant aroseAt, String dueKind, LocalDate earliestOn,
                        LocalDate dueOn, Instant dueAt) {
}
