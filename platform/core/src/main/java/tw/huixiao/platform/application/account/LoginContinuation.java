package tw.huixiao.platform.application.account;

import java.util.Optional;

/** Where a login returns to: the page asked for before it, if it is one of this application's. */
public final class LoginContinuation {

    /** The login page's query parameter naming where to go after logging in. */
    public static final String PARAMETER = "continue";

    /** The login page's path. */
    public static final String LOGIN_PATH = "/login";

    private LoginContinuation() {
    }

    /**
     * Where to go after logging in: a path of this application only ("/today?task=3"), never another
     * site ("//evil", "https:…", "/\\evil") — an open redirect would lend the login page to phishing.
     */
    public static Optional<String> continueTo(String requested) {
        if (requested == null || !requested.startsWith("/") || requested.startsWith("//") || requested.contains("\\")
                || requested.length() > 2000 || requested.startsWith(LOGIN_PATH) || requested.chars().anyMatch(c -> c < 0x20)) {
            return Optional.empty();
        }
        return Optional.of(requested);
    }
}
