package tw.huixiao.platform.application.casework;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import tw.huixiao.platform.application.AccessDeniedException;
import tw.huixiao.platform.application.Caller;
import tw.huixiao.platform.domain.identity.Role;

/**
 * The staff of the caller's school with their roles, to pick meeting chairs, attendees, decision
 * owners, the people assigned to a case and the chair of a placement meeting. Names and roles only; any school staff may read it.
 */
@ApplicationScoped
@Transactional
public class StaffDirectory {

    /** A member of staff and the roles they hold. */
    public record Member(long id, String name, Set<Role> roles) {
        public boolean holds(Role role) {
            return roles.contains(role);
        }
    }

    @Inject
    CaseworkAccess access;

    @Inject
    CaseChangeStore changes;

    public List<Member> ofCallersSchool() {
        Caller caller = access.bind();
        if (caller.roles().stream().noneMatch(Role::isSchoolRole)) {
            throw new AccessDeniedException("僅限學校人員 (for school staff)");
        }
        return changes.schoolStaff(caller.requireSchool()).stream()
                .map(s -> new Member(s.id(), s.displayName(), s.roles().stream().map(Role::valueOf)
                        .collect(Collectors.toUnmodifiableSet())))
                .toList();
    }

    /** Those holding the role, e.g. the 校長 who chairs the placement meeting (NT-PLACEMENT). */
    public List<Member> withRole(Role role) {
        return ofCallersSchool().stream().filter(m -> m.holds(role)).toList();
    }
}
