package tw.huixiao.platform.domain.escalation;

import java.time.LocalDate;

/** What the engine needs of an open case: its student, category, pinned module and facts. */
public record OpenCase(long id, long studentId, String categoryId, String policyId, String policyVersion,
                       LocalDate openedOn, Boolean causeKnown, boolean emergency, LocalDate returnedOn) {
}
