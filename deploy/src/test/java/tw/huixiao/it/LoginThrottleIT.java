package tw.huixiao.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Repeated wrong passwords lock the account for a while, even against the right password. */
class LoginThrottleIT {

    @Test
    void fiveFailuresLockTheAccount() {
        String user = "tne-general-affairs";
        assertEquals(200, Api.as(user).get("/api/v1/me").status());
        for (int i = 0; i < 5; i++) {
            assertEquals(401, Api.as(user, "wrong-" + i).get("/api/v1/me").status());
        }
        assertEquals(401, Api.as(user).get("/api/v1/me").status(), "locked: the right password is refused too");
        assertEquals(200, Api.as("tne-registrar").get("/api/v1/me").status(), "other accounts are unaffected");
    }
}
