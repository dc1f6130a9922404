package tw.huixiao.policy.spi;

/** The level of a school, which changes some county rules (e.g. Tainan's external-teacher rate). */
public enum SchoolLevel {
    /** 國民小學 */
    ELEMENTARY,
    /** 國民中學 */
    JUNIOR_HIGH,
    /** 完全中學 / 國民中小學 (both levels in one school) */
    COMPLETE
}
