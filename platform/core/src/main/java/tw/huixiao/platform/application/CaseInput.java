package tw.huixiao.platform.application;

/** Opening a case by hand: the student, a category id of the county module, and why. */
public record CaseInput(Long studentId, String categoryId, String note) {
}
