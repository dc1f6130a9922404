package tw.huixiao.platform.infrastructure.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import tw.huixiao.platform.application.AccessDeniedException;
import tw.huixiao.platform.application.Caller;
import tw.huixiao.platform.application.CallerProvider;
import tw.huixiao.platform.domain.identity.UserAccount;
import tw.huixiao.platform.domain.identity.UserAccountRepository;

/**
 * The caller of this request, re-read from the database once per request so that a disabled
 * account or a changed role takes effect at once, even for an open UI session.
 */
@RequestScoped
public class CurrentCaller implements CallerProvider {

    @Inject
    SecurityContext securityContext;

    @Inject
    UserAccountRepository users;

    private Caller caller;

    @Override
    public Caller get() {
        if (caller == null) {
            Principal principal = securityContext.getCallerPrincipal();
            if (principal == null) {
                throw new AccessDeniedException("需要登入 (not logged in)");
            }
            UserAccount user = users.findByUsername(principal.getName())
                    .filter(UserAccount::isEnabled)
                    .orElseThrow(() -> new AccessDeniedException("帳號已停用 (account disabled)"));
            caller = new Caller(user.getId(), user.getUsername(), user.getDisplayName(), user.getRoles(),
                    user.getSchool().map(s -> s.getId()).orElse(null), user.getBureauCounty().orElse(null));
        }
        return caller;
    }
}
