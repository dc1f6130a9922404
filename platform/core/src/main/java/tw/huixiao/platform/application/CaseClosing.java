package tw.huixiao.platform.application;

/** Closing a case: why (結案理由), and the version the caller read. */
public record CaseClosing(String note, Long version) {
}
