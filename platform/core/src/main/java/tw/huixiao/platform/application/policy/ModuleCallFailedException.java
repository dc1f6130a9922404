package tw.huixiao.platform.application.policy;

/**
 * A call into a county module's code that threw, or did not return within its time budget
 * ({@link ModuleCalls}). It names the module and version so that the run ledger, the platform
 * administrator and the county's bureau can see whose code failed a school's work.
 */
public class ModuleCallFailedException extends RuntimeException {

    /** How the call failed. */
    public enum Kind { THREW, TIMED_OUT, OVERLOADED }

    private final String moduleId;
    private final String moduleVersion;
    private final String method;
    private final Kind kind;

    public ModuleCallFailedException(String moduleId, String moduleVersion, String method, Kind kind, String message,
                                     Throwable cause) {
        super(message, cause);
        this.moduleId = moduleId;
        this.moduleVersion = moduleVersion;
        this.method = method;
        this.kind = kind;
    }

    public String moduleId() {
        return moduleId;
    }

    public String moduleVersion() {
        return moduleVersion;
    }

    /** The module method that was called, e.g. {@code categories}. */
    public String method() {
        return method;
    }

    public Kind kind() {
        return kind;
    }
}
