package tw.huixiao.platform.domain.identity;

import java.util.List;
import java.util.Optional;

public interface UserAccountRepository {

    Optional<UserAccount> findByUsername(String username);

    List<UserAccount> findBySchool(long schoolId);

    UserAccount add(UserAccount user);
}
