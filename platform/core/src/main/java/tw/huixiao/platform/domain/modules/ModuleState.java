package tw.huixiao.platform.domain.modules;

/**
 * A stored policy module's life (issue 21 §1, V58): uploaded, verified by the platform's checks,
 * approved by a platform administrator, active for new cases from its effective date, retired.
 * One step at a time, forward only; the database refuses anything else.
 */
public enum ModuleState {
    UPLOADED, VERIFIED, APPROVED, ACTIVE, RETIRED
}
