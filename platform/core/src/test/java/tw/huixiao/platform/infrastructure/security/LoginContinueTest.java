package tw.huixiao.platform.infrastructure.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * After the session ends, the login page returns the user to where they were (issue 17 §6) — to a
 * path of this application only: an open redirect would lend the login page to phishing.
 */
class LoginContinueTest {

    @Test
    void aPathOfThisApplicationIsFollowed() {
        assertEquals(Optional.of("/today?task=12"), HuixiaoAuthenticationMechanism.continueTo("/today?task=12"));
        assertEquals(Optional.of("/api/v1/cases/export?format=csv"),
                HuixiaoAuthenticationMechanism.continueTo("/api/v1/cases/export?format=csv"));
    }

    @Test
    void anotherSiteOrTheLoginPageItselfIsNot() {
        for (String elsewhere : new String[] {null, "", "https://evil.example/", "//evil.example/x", "/\\evil.example",
                "today", "/login?continue=/today", "/today\r\nSet-Cookie: x=1"}) {
            assertEquals(Optional.empty(), HuixiaoAuthenticationMechanism.continueTo(elsewhere), String.valueOf(elsewhere));
        }
    }
}
