package tw.huixiao.platform.domain.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** OWASP ASVS 4.0.3 V4.1.3 (least privilege) for API tokens: each path needs its scope; unnamed paths none may use. */
class ApiScopeTest {

    @Test
    void readsAndWritesNeedTheirOwnScope() {
        assertEquals(Optional.of(ApiScope.CASES_READ), ApiScope.requiredFor("GET", "/cases"));
        assertEquals(Optional.of(ApiScope.CASES_WRITE), ApiScope.requiredFor("POST", "/cases/12/events"));
        assertEquals(Optional.of(ApiScope.ATTENDANCE_WRITE), ApiScope.requiredFor("POST", "/attendance"));
        assertEquals(Optional.of(ApiScope.ATTENDANCE_READ), ApiScope.requiredFor("GET", "/rosters/3"));
        assertEquals(Optional.of(ApiScope.STUDENTS_READ), ApiScope.requiredFor("GET", "/students/9"));
    }

    @Test
    void counsellingAdministrationAndAccountsAreNoTokensBusiness() {
        assertEquals(Optional.empty(), ApiScope.requiredFor("GET", "/cases/12/counselling-notes"));
        assertEquals(Optional.empty(), ApiScope.requiredFor("GET", "/counselling-notes/3"));
        assertEquals(Optional.empty(), ApiScope.requiredFor("POST", "/admin/schools"));
        assertEquals(Optional.empty(), ApiScope.requiredFor("POST", "/me/tokens"));
        assertEquals(Optional.empty(), ApiScope.requiredFor("POST", "/accounts/3/disable"));
        assertEquals(Optional.empty(), ApiScope.requiredFor("POST", "/county-attendance"));
        assertTrue(ApiScope.isWhoAmI("GET", "/me"));
        assertTrue(!ApiScope.isWhoAmI("POST", "/me/password"));
    }
}
