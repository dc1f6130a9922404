package tw.huixiao.policy.spi.form;

import java.util.Objects;
import java.util.Set;
import tw.huixiao.policy.spi.LocalizedText;
import tw.huixiao.policy.spi.SchoolRole;

/**
 * One stage of a form's sign-off chain, signed (or stamped) by a user holding one of the
 * roles, in the chain's order. {@code fieldKeys} are the fields this stage covers (empty =
 * the whole form); once signed they are immutable.
 */
public record SignOffStage(String key, LocalizedText title, Set<SchoolRole> roles, boolean stamp,
                           Set<String> fieldKeys) {

    public SignOffStage {
        Objects.requireNonNull(key, "stage key");
        Objects.requireNonNull(title, () -> key + ": title");
        roles = Set.copyOf(roles);
        if (roles.isEmpty()) {
            throw new IllegalArgumentException(key + ": a sign-off stage names who signs");
        }
        fieldKeys = Set.copyOf(fieldKeys);
    }
}
