package tw.huixiao.platform.application.digest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import tw.huixiao.platform.application.Caller;
import tw.huixiao.platform.application.CallerProvider;
import tw.huixiao.platform.domain.identity.UserAccount;
import tw.huixiao.platform.application.tenancy.Tenancy;

/** A person's own e-mail settings: the morning digest can be turned off; security mail cannot. */
@ApplicationScoped
@Transactional
public class MailPreferences {

    @Inject
    CallerProvider callers;

    @Inject
    Tenancy entityManagers;

    public record Preferences(String email, boolean digests) {
    }

    public Preferences current() {
        Caller caller = callers.get();
        UserAccount me = entityManagers.platform().find(UserAccount.class, caller.userId());
        return new Preferences(me.getEmail().orElse(null), !me.isDigestOptOut());
    }

    public Preferences setDigests(boolean wanted) {
        Caller caller = callers.get();
        entityManagers.platform().createQuery("UPDATE UserAccount u SET u.digestOptOut = :out WHERE u.id = :id")
                .setParameter("out", !wanted).setParameter("id", caller.userId()).executeUpdate();
        // The caller's entity may already sit in this persistence context, from before the update.
        UserAccount me = entityManagers.platform().find(UserAccount.class, caller.userId());
        entityManagers.platform().refresh(me);
        return new Preferences(me.getEmail().orElse(null), !me.isDigestOptOut());
    }
}
