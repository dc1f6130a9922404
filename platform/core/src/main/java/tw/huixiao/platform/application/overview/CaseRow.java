package tw.huixiao.platform.application.overview;

import java.time.LocalDate;

public record CaseRow(long caseId, long schoolId, String moeCode, String schoolName, String categoryId,
                      String policyId, String policyVersion, String state, LocalDate openedOn, String studentName) {
}
