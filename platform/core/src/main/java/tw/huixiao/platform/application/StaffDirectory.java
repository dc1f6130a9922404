package tw.huixiao.platform.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import tw.huixiao.platform.domain.identity.Role;
import tw.huixiao.platform.domain.identity.UserAccount;
import tw.huixiao.platform.domain.identity.UserAccountRepository;

/**
 * The caller's school's staff by name and role, to name who chaired or attended a meeting (the
 * placement meeting is chaired by the 校長, NT-PLACEMENT). Colleagues' names and roles only:
 * no contact data, nothing of the students.
 */
@ApplicationScoped
@Transactional
public class StaffDirectory {

    public record Member(long id, String displayName, Set<Role> roles) {
    }

    @Inject
    CallerProvider callers;

    @Inject
    UserAccountRepository accounts;

    /** The school's enabled accounts holding the role, by name. */
    public List<Member> withRole(Role role) {
        long schoolId = callers.get().requireSchool();
        return accounts.findBySchool(schoolId).stream()
                .filter(u -> u.isEnabled() && u.getRoles().contains(role))
                .map(StaffDirectory::member)
                .sorted(Comparator.comparing(Member::displayName))
                .toList();
    }

    private static Member member(UserAccount u) {
        return new Member(u.getId(), u.getDisplayName(), Set.copyOf(u.getRoles()));
    }
}
