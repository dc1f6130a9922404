package tw.huixiao.platform.domain.casework;

import java.util.Set;
import tw.huixiao.platform.domain.identity.Role;

/**
 * Who reads and writes a case's counselling notes (輔導紀錄, issue 6 §7: a field group restricted
 * per role). The counselling office (輔導室) and the principal: every note of a case they see. A
 * mentor teacher (認輔老師, tier-1 counselling under TW-TIERS): only the notes they wrote, and only
 * on a student assigned to them. Everyone else — a homeroom teacher who sees their own class's
 * case, the other offices — none: they are refused, and the refusal is logged. Pure: the service
 * supplies the caller's roles and whether the caller mentors the case's student.
 */
public final class CounsellingNoteAccess {

    /** Which notes of a case the caller may read and write. */
    public enum Scope {
        /** Every note of the case. */
        ALL,
        /** Only the notes the caller wrote. */
        OWN,
        /** None. */
        NONE
    }

    private CounsellingNoteAccess() {
    }

    /**
     * The caller's scope on the notes of a case they may see.
     *
     * @param mentorsStudent whether the caller is a mentor teacher assigned to the case's student
     */
    public static Scope scope(Set<Role> roles, boolean mentorsStudent) {
        if (roles.contains(Role.COUNSELING) || roles.contains(Role.PRINCIPAL)) {
            return Scope.ALL;
        }
        if (roles.contains(Role.MENTOR_TEACHER) && mentorsStudent) {
            return Scope.OWN;
        }
        return Scope.NONE;
    }

    /** Whether a caller with this scope may read or edit a note written by {@code authorId}. */
    public static boolean covers(Scope scope, long authorId, long callerId) {
        return scope == Scope.ALL || scope == Scope.OWN && authorId == callerId;
    }
}
