package tw.huixiao.platform.domain.casework;

public enum CaseStatus {
    /** 列管中 */
    OPEN,
    /** 結案 */
    CLOSED
}
