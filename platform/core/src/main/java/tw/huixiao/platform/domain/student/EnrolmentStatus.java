package tw.huixiao.platform.domain.student;

/** 學籍狀態. */
public enum EnrolmentStatus {
    /** 在學 */
    ENROLLED,
    /** 中輟 */
    DROPPED_OUT,
    /** 轉出 */
    TRANSFERRED_OUT,
    /** 畢業 */
    GRADUATED,
    /** 收容於少年觀護所 */
    DETAINED,
    /** 其他原因離校 */
    WITHDRAWN
}
