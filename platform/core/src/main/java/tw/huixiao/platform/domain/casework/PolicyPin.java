package tw.huixiao.platform.domain.casework;

import java.util.Objects;
import tw.huixiao.policy.spi.ModuleVersion;

/**
 * The county module version a case was opened under. A case keeps following this version's
 * timeline and forms until it closes, whatever is deployed later.
 */
public record PolicyPin(String policyId, ModuleVersion version) {

    public PolicyPin {
        Objects.requireNonNull(policyId, "policy id");
        Objects.requireNonNull(version, "policy version");
    }

    @Override
    public String toString() {
        return policyId + "@" + version;
    }
}
