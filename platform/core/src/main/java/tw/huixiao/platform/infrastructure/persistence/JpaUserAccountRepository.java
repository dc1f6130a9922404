package tw.huixiao.platform.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import tw.huixiao.platform.domain.identity.UserAccount;
import tw.huixiao.platform.domain.identity.UserAccountRepository;

@ApplicationScoped
public class JpaUserAccountRepository implements UserAccountRepository {

    @Inject
    TenantBoundEntityManager entityManagers;

    @Override
    public Optional<UserAccount> findByUsername(String username) {
        return entityManagers.platform()
                .createQuery("SELECT u FROM UserAccount u WHERE u.username = :username", UserAccount.class)
                .setParameter("username", username)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<Instant> passwordChangedAt(String username) {
        return entityManagers.platform()
                .createQuery("SELECT u.passwordChangedAt FROM UserAccount u WHERE u.username = :username", Instant.class)
                .setParameter("username", username)
                .getResultStream().filter(Objects::nonNull).findFirst();
    }

    @Override
    public Optional<UserAccount> find(long id) {
        return Optional.ofNullable(entityManagers.platform().find(UserAccount.class, id));
    }

    @Override
    public void recordFailedLogin(long userId) {
        entityManagers.platform().createQuery("UPDATE UserAccount u SET u.failedLogins = u.failedLogins + 1 "
                + "WHERE u.id = :id").setParameter("id", userId).executeUpdate();
    }

    @Override
    public List<UserAccount> findBySchool(long schoolId) {
        return entityManagers.platform()
                .createQuery("SELECT u FROM UserAccount u WHERE u.school.id = :school ORDER BY u.username",
                        UserAccount.class)
                .setParameter("school", schoolId)
                .getResultList();
    }

    @Override
    public Optional<UserAccount> findByEmail(String email) {
        return entityManagers.platform()
                .createQuery("SELECT u FROM UserAccount u WHERE LOWER(u.email) = :email", UserAccount.class)
                .setParameter("email", email.toLowerCase(java.util.Locale.ROOT))
                .getResultStream().findFirst();
    }

    @Override
    public UserAccount add(UserAccount user) {
        entityManagers.platform().persist(user);
        return user;
    }

    @Override
    public void recordSuccessfulLogin(long userId, Instant at) {
        entityManagers.platform().createQuery("UPDATE UserAccount u SET u.failedLogins = 0, "
                        + "u.lastLoginAt = :at WHERE u.id = :id")
                .setParameter("at", at).setParameter("id", userId).executeUpdate();
    }
}
