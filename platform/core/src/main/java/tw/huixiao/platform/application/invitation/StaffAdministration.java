package tw.huixiao.platform.application.invitation;

import java.util.Set;
import tw.huixiao.platform.application.AccessDeniedException;
import tw.huixiao.platform.application.Caller;
import tw.huixiao.platform.domain.identity.Role;

/**
 * Who administers a school's staff accounts (imports, invitations, reset links): platform
 * administrators for every school, and the roles in {@link #OWN_SCHOOL_ROLES} for their own school.
 */
public final class StaffAdministration {

    /**
     * Roles that administer their own school's staff. Named, not typed, so the school
     * administrator role of issue 19 §5 (SCHOOL_ADMIN) takes effect as soon as it exists.
     */
    public static final Set<String> OWN_SCHOOL_ROLES = Set.of("SCHOOL_ADMIN");

    private StaffAdministration() {
    }

    public static boolean mayAdminister(Caller caller, Long schoolId) {
        if (caller.has(Role.PLATFORM_ADMIN)) {
            return true;
        }
        return schoolId != null && schoolId.equals(caller.schoolId())
                && caller.roles().stream().anyMatch(r -> OWN_SCHOOL_ROLES.contains(r.name()));
    }

    public static void require(Caller caller, Long schoolId) {
        if (!mayAdminister(caller, schoolId)) {
            throw new AccessDeniedException("只有平台管理者或該校的學校管理者可以管理教職員帳號 "
                    + "(platform administrators or the school's administrator only)");
        }
    }
}
