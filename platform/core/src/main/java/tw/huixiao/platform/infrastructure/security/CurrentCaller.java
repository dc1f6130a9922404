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
            caller = enabled(principal.getName());
        }
        return caller;
    }

    /**
     * Start-up work outside any request (the demo's sample case work) done as a named account:
     * for the rest of this request context the services see that account, with its own roles and
     * school, and log its work as SYSTEM. Refused inside a logged-in request and once this
     * context has a caller, so that no request can change whose authority it carries.
     */
    public void actAs(String username) {
        if (securityContext.getCallerPrincipal() != null) {
            throw new IllegalStateException("a logged-in request cannot act as another account");
        }
        if (caller != null) {
            throw new IllegalStateException("this request context already has a caller: " + caller.username());
        }
        caller = enabled(username);
    }

    private Caller enabled(String username) {
        UserAccount user = users.findByUsername(username)
                .filter(UserAccount::isEnabled)
                .orElseThrow(() -> new AccessDeniedException("帳號已停用 (account disabled)"));
        return new Caller(user.getId(), user.getUsername(), user.getDisplayName(), user.getRoles(),
                user.getSchool().map(s -> s.getId()).orElse(null), user.getBureauCounty().orElse(null));
    }
}
