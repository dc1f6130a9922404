package tw.huixiao.platform.infrastructure.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import tw.huixiao.platform.application.account.CurrentSession;

/** The HTTP session of the request (the UI's), kept by the authentication mechanism. */
@RequestScoped
public class HttpCurrentSession implements CurrentSession {

    @Inject
    HttpServletRequest request;

    @Override
    public void keepAfterPasswordChange(Instant passwordChangedAt) {
        HuixiaoAuthenticationMechanism.keepSession(request.getSession(false), passwordChangedAt);
    }
}
