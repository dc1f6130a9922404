package tw.huixiao.platform.application;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import tw.huixiao.platform.domain.identity.Role;
import tw.huixiao.policy.spi.CountyCode;

/** The authenticated person behind the current request or job. */
public record Caller(long userId, String username, String displayName, Set<Role> roles, Long schoolId,
                     CountyCode bureauCounty) {

    public Caller {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Role... candidates) {
        return Arrays.stream(candidates).anyMatch(roles::contains);
    }

    public Optional<Long> school() {
        return Optional.ofNullable(schoolId);
    }

    /** The caller's school, for work on school data; bureau officers and operators have none. */
    public long requireSchool() {
        if (schoolId == null) {
            throw new AccessDeniedException("這項功能僅供學校人員使用 (school staff only)");
        }
        return schoolId;
    }
}
