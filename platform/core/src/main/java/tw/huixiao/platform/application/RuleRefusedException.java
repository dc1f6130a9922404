package tw.huixiao.platform.application;

import java.time.LocalDate;

/**
 * Valid, but the county module's rule forbids it now (e.g. closing before the closure rule
 * allows): a state conflict that names the rule id and, where time will allow it, the earliest date.
 */
public class RuleRefusedException extends StateConflictException {

    private final String ruleId;
    private final LocalDate earliestOn;

    public RuleRefusedException(String ruleId, String message, LocalDate earliestOn) {
        super(message);
        this.ruleId = ruleId;
        this.earliestOn = earliestOn;
    }

    public String ruleId() {
        return ruleId;
    }

    public LocalDate earliestOn() {
        return earliestOn;
    }
}
