package tw.huixiao.policy.spi.detection;

/** The platform's kinds of case; a module's categories each belong to one. */
public enum CaseKind {
    /** 中輟 */
    DROPOUT,
    /** 中輟之虞 (at risk: long-term absence or leave) */
    AT_RISK,
    /** 長期缺課 */
    LONG_ABSENCE,
    /** 長期請假 */
    LONG_LEAVE,
    /** 高關懷 */
    HIGH_CARE,
    /** 保護性個案 */
    PROTECTIVE,
    /** 偏差行為 */
    DEVIANT_BEHAVIOUR,
    /** 收容於少年觀護所 */
    DETENTION
}
