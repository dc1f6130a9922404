package tw.huixiao.platform.application.casework;

import java.time.Instant;
import java.time.LocalDate;

/** A task as a case-work record shows it (the 24-hour reports of a protective concern…). */
public record EventTask(long id, String ruleId, String responsibleRole, String dutyZh, String dutyEn,
                        String produces, String dueKind, LocalDate earliestOn, LocalDate dueOn, Instant dueAt,
                        String status) {
}
