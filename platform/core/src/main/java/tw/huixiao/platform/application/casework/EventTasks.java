package tw.huixiao.platform.application.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The tasks one occurrence of a case event laid out (their keys share a prefix), for the bound school. */
public interface EventTasks {

    /** A task as a case-work record shows it (the 24-hour reports of a protective concern…). */
    public record EventTask(long id, String ruleId, String responsibleRole, String dutyZh, String dutyEn,
                            String produces, String dueKind, LocalDate earliestOn, LocalDate dueOn, Instant dueAt,
                            String status) {
    }

    List<EventTask> withKeyPrefix(long schoolId, String keyPrefix);
}
