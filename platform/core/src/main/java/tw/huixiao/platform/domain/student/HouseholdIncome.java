package tw.huixiao.platform.domain.student;

/** 低收入戶 / 中低收入戶 status of the household (a family-background flag). */
public enum HouseholdIncome {
    NONE, LOW, MID_LOW
}
