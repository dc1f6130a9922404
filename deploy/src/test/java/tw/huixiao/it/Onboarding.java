package tw.huixiao.it;

import static org.junit.jupiter.api.Assertions.assertEquals;


/** Adds a school of any county and a staff account through the platform administrator's API. */
final class Onboarding {

    static final String PASSWORD = "onboarding-test-password";
    private static final Api ADMIN = Api.as("platform-admin");

    private Onboarding() {
    }

    /** A new school in the county with a registrar/counselling account; returns that account's client. */
    static Api schoolWithStaff(String county, String username) {
        String moeCode = Unique.moeCode();
        Api.Reply school = ADMIN.post("/api/v1/admin/schools", """
                {"moeCode":"%s","name":"示範國民中學（%s）","county":"%s","level":"JUNIOR_HIGH","district":"示範鄉",
                 "remoteArea":true,"address":"示範路 1 號","phone":"06-0000000"}""".formatted(moeCode, county, county));
        assertEquals(201, school.status(), school.toString());
        long schoolId = school.json().getJsonNumber("id").longValue();
        String unique = username + "-" + moeCode;
        Api.Reply account = ADMIN.post("/api/v1/admin/schools/" + schoolId + "/accounts", """
                {"username":"%s","displayName":"測○員","password":"%s",
                 "roles":["REGISTRAR","COUNSELING"]}""".formatted(unique, PASSWORD));
        assertEquals(201, account.status(), account.toString());
        return Api.as(unique, PASSWORD);
    }

    /** A student of that school; returns its id. */
    static long student(Api registrar, String nationalIdStem) {
        return student(registrar, nationalIdStem, "陳○安");
    }

    /** A student of that school with the (synthetic) name given; returns its id. */
    static long student(Api registrar, String nationalIdStem, String name) {
        String nationalId = tw.huixiao.platform.domain.student.NationalId.withCheckDigit(nationalIdStem);
        Api.Reply created = registrar.post("/api/v1/students", """
                {"nationalId":"%s","name":"%s","gender":"M","birthDate":"2012-05-01","grade":8,
                 "indigenous":false}""".formatted(nationalId, name));
        assertEquals(201, created.status(), created.toString());
        return created.json().getJsonNumber("id").longValue();
    }
}
