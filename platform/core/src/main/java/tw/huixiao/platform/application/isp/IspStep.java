package tw.huixiao.platform.application.isp;

/** What a user may do with a plan (IspService#stepsFor): edit the draft, or move it on. */
public enum IspStep {
    EDIT, SUBMIT, APPROVE, RETURN, FILE, COMPLETE, WITHDRAW
}
