package tw.huixiao.platform.domain.student;

/**
 * A family-background mark of the register (家庭背景), as a filter of the student list: a student
 * matches when they carry any of the flags asked for.
 */
public enum BackgroundFlag {
    /** 原住民 */
    INDIGENOUS,
    /** 新移民子女 */
    NEW_IMMIGRANT,
    /** 低收入戶 */
    LOW_INCOME,
    /** 中低收入戶 */
    MID_LOW_INCOME,
    /** 單親 */
    SINGLE_PARENT,
    /** 隔代教養 */
    GRANDPARENT_CARE
}
