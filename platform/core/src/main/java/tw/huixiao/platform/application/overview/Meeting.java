package tw.huixiao.platform.application.overview;

import java.time.LocalDate;

public record Meeting(long id, long caseId, String studentName, String kind, String ruleId, LocalDate heldOn) {
}
