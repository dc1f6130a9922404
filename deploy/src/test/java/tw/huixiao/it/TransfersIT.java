package tw.huixiao.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tw.huixiao.it.Escalations.caseOf;
import static tw.huixiao.it.Escalations.dailyRun;
import static tw.huixiao.it.Escalations.openCases;
import static tw.huixiao.it.Escalations.semester;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tw.huixiao.platform.infrastructure.persistence.SchemaMigrator;

/**
 * Transfers confirmed between schools (issue 20 §5) over HTTP, with the clock advanced, never
 * slept. A New Taipei junior high sends students out on Mon 2026-09-07 (semester 115-1 from
 * Mon 08-31):
 * <ul>
 *   <li>to another New Taipei school on the service, whose registrar sees the incoming student
 *       (the handshake's minimum data only) and confirms 報到 on Tue 09-08: the student is in its
 *       register, and the sending school's daily runs through Fri 09-11 open no case;</li>
 *   <li>to a Taoyuan school that never confirms: the runs lay out the transfer check and, on the
 *       third school day after the transfer (Thu 09-10), open the category-3 case (NT-CAT3,
 *       NT-TRANSFER-CHECK); the transfer shows late after its last day Wed 09-09;</li>
 *   <li>to a school off the service: the registrar's phone check — enrolled on day 2, no case;
 *       not enrolled, the case opens as for any no-show.</li>
 * </ul>
 * The Taoyuan school sends a student to New Taipei the other way round: Taoyuan's module sets no
 * deadline (it has no transfer category), the New Taipei registrar confirms. Nothing else of a
 * student crosses: the receiving school cannot read the sending school's student, and as the
 * application role a third school's binding sees no transfer row.
 */
class TransfersIT {

    private static final String OFF_SERVICE = "099120";

    private static Api sending;
    private static Api receiving;
    private static Api taoyuan;
    private static String receivingCode;
    private static String taoyuanCode;

    @BeforeAll
    static void schools() {
        Fixtures.clock("2026-08-31T08:00:00+08:00");
        sending = Onboarding.schoolWithStaff("NEW_TAIPEI", "tr-send");
        receiving = Onboarding.schoolWithStaff("NEW_TAIPEI", "tr-recv");
        taoyuan = Onboarding.schoolWithStaff("TAOYUAN", "tr-ty");
        semester(sending, 115, 1, "2026-08-31", "2027-01-20");
        semester(receiving, 115, 1, "2026-08-31", "2027-01-20");
        semester(taoyuan, 115, 1, "2026-08-31", "2027-01-20");
        receivingCode = moeCode(receiving);
        taoyuanCode = moeCode(taoyuan);
    }

    @AfterAll
    static void systemClock() {
        Escalations.ADMIN.delete("/api/v1/admin/clock");
    }

    private static String moeCode(Api school) {
        return school.get("/api/v1/me").json().getJsonObject("school").getString("moeCode");
    }

    private static JsonObject transferOut(Api from, long studentId, String to, String on) {
        Api.Reply out = from.post("/api/v1/transfers", """
                {"studentId":%d,"transferredOn":"%s","toMoeCode":"%s","reason":"搬家（家長工作調動）"}"""
                .formatted(studentId, on, to));
        assertEquals(200, out.status(), out.toString());
        return out.json();
    }

    private static List<JsonObject> list(Api school, String which) {
        Api.Reply reply = school.get("/api/v1/transfers/" + which);
        assertEquals(200, reply.status(), reply.toString());
        return reply.structure().asJsonArray().stream().map(JsonValue::asJsonObject).toList();
    }

    private static JsonObject find(List<JsonObject> transfers, long id) {
        return transfers.stream().filter(t -> t.getJsonNumber("id").longValue() == id).findFirst().orElseThrow();
    }

    private static void runDays(String... days) {
        for (String day : days) {
            dailyRun(day, "07:00");
        }
    }

    @Test
    void confirmedWithinTheCountyLateAcrossCountiesAndOffTheService() throws Exception {
        long arrives = Fixtures.student(sending, false);
        long neverArrives = Fixtures.student(sending, false);
        long phonedEnrolled = Fixtures.student(sending, false);
        long phonedMissing = Fixtures.student(sending, false);

        Fixtures.clock("2026-09-07T10:00:00+08:00");
        JsonObject toReceiving = transferOut(sending, arrives, receivingCode, "2026-09-07");
        assertTrue(toReceiving.getBoolean("toOnService"), toReceiving.toString());
        assertEquals("2026-09-09", toReceiving.getString("confirmBy"), "NT-CAT3: 3 school days, the 3rd opens the case");
        JsonObject toTaoyuan = transferOut(sending, neverArrives, taoyuanCode, "2026-09-07");
        JsonObject enrolledOff = transferOut(sending, phonedEnrolled, OFF_SERVICE, "2026-09-07");
        JsonObject missingOff = transferOut(sending, phonedMissing, OFF_SERVICE, "2026-09-07");
        assertFalse(enrolledOff.getBoolean("toOnService"));
        // A student already transferred cannot be sent twice; a bad code is a field error.
        assertEquals(400, sending.post("/api/v1/transfers", """
                {"studentId":%d,"transferredOn":"2026-09-07","toMoeCode":"%s","reason":"再轉"}"""
                .formatted(arrives, receivingCode)).status());
        Api.Reply badCode = sending.post("/api/v1/transfers", """
                {"studentId":%d,"transferredOn":"2026-09-07","toMoeCode":"12AB","reason":"x"}""".formatted(arrives));
        assertEquals(400, badCode.status());
        assertTrue(badCode.body().contains("toMoeCode"), badCode.body());

        // The receiving school sees the handshake's minimum data, nothing else.
        JsonObject incoming = find(list(receiving, "incoming"), toReceiving.getJsonNumber("id").longValue());
        assertEquals("PENDING", incoming.getString("status"));
        assertEquals("林○安", incoming.getString("studentName"));
        assertEquals("2012-05-01", incoming.getString("birthDate"));
        assertEquals(8, incoming.getInt("grade"));
        assertTrue(incoming.getString("nationalIdMasked").contains("*"), incoming.toString());
        assertTrue(absent(incoming, "fromStudentId"), "the sending school's record id stays there");
        assertEquals(404, receiving.get("/api/v1/students/" + arrives).status(), "no other path to the student");
        assertTrue(list(taoyuan, "incoming").stream().noneMatch(t -> t.getJsonNumber("id").longValue()
                == toReceiving.getJsonNumber("id").longValue()), "a third school sees nothing");

        // Tue 09-08: 報到 at the receiving school creates the student there.
        runDays("2026-09-08");
        Fixtures.clock("2026-09-08T10:00:00+08:00");
        Api.Reply confirmed = receiving.post("/api/v1/transfers/" + toReceiving.getJsonNumber("id") + "/confirm",
                "{\"arrivedOn\":\"2026-09-08\",\"version\":" + incoming.getInt("version") + "}");
        assertEquals(200, confirmed.status(), confirmed.toString());
        assertEquals("ARRIVED", confirmed.json().getString("status"));
        long newStudent = confirmed.json().getJsonNumber("arrivedStudentId").longValue();
        JsonObject registered = receiving.get("/api/v1/students/" + newStudent).json();
        assertEquals("林○安", registered.getString("name"));
        assertEquals("ENROLLED", registered.getString("enrolmentStatus"));
        assertEquals(409, receiving.post("/api/v1/transfers/" + toReceiving.getJsonNumber("id") + "/confirm",
                "{\"version\":" + confirmed.json().getInt("version") + "}").status(), "confirmed once");
        assertEquals(404, taoyuan.post("/api/v1/transfers/" + toReceiving.getJsonNumber("id") + "/confirm",
                "{\"version\":0}").status(), "only the receiving school confirms");

        // Off the service: the sending registrar's phone check.
        Api.Reply phoneYes = sending.post("/api/v1/transfers/" + enrolledOff.getJsonNumber("id") + "/phone-check", """
                {"enrolled":true,"checkedOn":"2026-09-08","note":"電話聯繫轉入學校註冊組陳組長：已到校","version":%d}"""
                .formatted(enrolledOff.getInt("version")));
        assertEquals(200, phoneYes.status(), phoneYes.toString());
        assertEquals("PHONE_CONFIRMED", phoneYes.json().getString("status"));
        Api.Reply noNote = sending.post("/api/v1/transfers/" + missingOff.getJsonNumber("id") + "/phone-check",
                "{\"enrolled\":false,\"version\":" + missingOff.getInt("version") + "}");
        assertEquals(400, noNote.status());
        Api.Reply phoneNo = sending.post("/api/v1/transfers/" + missingOff.getJsonNumber("id") + "/phone-check", """
                {"enrolled":false,"checkedOn":"2026-09-08","note":"轉入學校表示查無此生","version":%d}"""
                .formatted(missingOff.getInt("version")));
        assertEquals("PHONE_NOT_ENROLLED", phoneNo.json().getString("status"));
        assertEquals(409, sending.post("/api/v1/transfers/" + toTaoyuan.getJsonNumber("id") + "/phone-check", """
                {"enrolled":true,"note":"x","version":0}""").status(), "a school on the service confirms itself");

        // Wed 09-09 … Fri 09-11: the case opens on the third school day for those who never arrived.
        runDays("2026-09-09", "2026-09-10", "2026-09-11");
        assertEquals(List.of(), openCases(sending, arrives), "confirmed arrival: no case");
        assertEquals(List.of(), openCases(sending, phonedEnrolled), "enrolled by phone: no case");
        assertEquals(List.of("NT-CAT3 2026-09-10"), openCases(sending, neverArrives));
        assertEquals(List.of("NT-CAT3 2026-09-10"), openCases(sending, phonedMissing));
        long lateCase = caseOf(sending, neverArrives, "NT-CAT3");
        assertTrue(Escalations.tasks(sending, lateCase, "OPEN").stream().anyMatch(t -> t.startsWith("NT-TRANSFER-CHECK")),
                "the transfer-check duty: " + Escalations.tasks(sending, lateCase, "OPEN"));

        Fixtures.clock("2026-09-11T10:00:00+08:00");
        JsonObject lateOut = find(list(sending, "outgoing"), toTaoyuan.getJsonNumber("id").longValue());
        assertEquals("PENDING", lateOut.getString("status"));
        assertTrue(lateOut.getBoolean("late"), lateOut.toString());
        assertFalse(find(list(sending, "outgoing"), toReceiving.getJsonNumber("id").longValue()).getBoolean("late"));
        // The Taoyuan school sees the New Taipei student coming, with New Taipei's deadline.
        JsonObject atTaoyuan = find(list(taoyuan, "incoming"), toTaoyuan.getJsonNumber("id").longValue());
        assertEquals("2026-09-09", atTaoyuan.getString("confirmBy"));

        // The other way: Taoyuan → New Taipei; Taoyuan's module sets no deadline.
        long fromTaoyuan = Fixtures.student(taoyuan, false);
        JsonObject tyOut = transferOut(taoyuan, fromTaoyuan, moeCode(sending), "2026-09-11");
        assertTrue(absent(tyOut, "confirmBy"), "Taoyuan's module has no transfer category: " + tyOut);
        JsonObject tyIn = find(list(sending, "incoming"), tyOut.getJsonNumber("id").longValue());
        Api.Reply tyArrived = sending.post("/api/v1/transfers/" + tyOut.getJsonNumber("id") + "/confirm",
                "{\"version\":" + tyIn.getInt("version") + "}");
        assertEquals(200, tyArrived.status(), tyArrived.toString());
        assertEquals("2026-09-11", tyArrived.json().getString("arrivedOn"), "today by default");

        // As the application role: each school sees its own transfers, a third school none of these.
        long sendingId = sending.get("/api/v1/me").json().getJsonObject("school").getJsonNumber("id").longValue();
        long receivingId = receiving.get("/api/v1/me").json().getJsonObject("school").getJsonNumber("id").longValue();
        long taoyuanId = taoyuan.get("/api/v1/me").json().getJsonObject("school").getJsonNumber("id").longValue();
        Set<Long> ids = Set.of(toReceiving.getJsonNumber("id").longValue(), toTaoyuan.getJsonNumber("id").longValue(),
                enrolledOff.getJsonNumber("id").longValue(), missingOff.getJsonNumber("id").longValue());
        assertEquals(ids, transferIdsAsSchool(sendingId, ids));
        assertEquals(Set.of(toReceiving.getJsonNumber("id").longValue()), transferIdsAsSchool(receivingId, ids));
        assertEquals(Set.of(toTaoyuan.getJsonNumber("id").longValue()), transferIdsAsSchool(taoyuanId, ids));
        assertEquals(Set.of(), transferIdsAsSchool(null, ids), "no school bound: nothing");

        // Both sides audited: the sending school's transfer out, the receiving school's look and confirmation.
        assertTrue(accessLog(sendingId).contains("TRANSFER_OUT TRANSFER " + toReceiving.getJsonNumber("id")));
        List<String> receivingLog = accessLog(receivingId);
        assertTrue(receivingLog.contains("READ TRANSFER " + toReceiving.getJsonNumber("id")), receivingLog.toString());
        assertTrue(receivingLog.contains("CONFIRM_ARRIVAL TRANSFER " + toReceiving.getJsonNumber("id")));
        assertTrue(receivingLog.contains("CREATE_FROM_TRANSFER STUDENT " + newStudent));
    }

    private static Connection appRole() throws Exception {
        return DriverManager.getConnection(System.getenv("HUIXIAO_DB_URL"), System.getenv("HUIXIAO_DB_APP_USER"),
                System.getenv("HUIXIAO_DB_APP_PASSWORD"));
    }

    private static Set<Long> transferIdsAsSchool(Long schoolId, Set<Long> among) throws Exception {
        try (Connection db = appRole()) {
            if (schoolId != null) {
                try (PreparedStatement tenant = db.prepareStatement("SELECT set_config('app.tenant_id', ?, false)")) {
                    tenant.setString(1, String.valueOf(schoolId));
                    tenant.execute();
                }
            }
            try (PreparedStatement q = db.prepareStatement("SELECT id FROM " + SchemaMigrator.SCHEMA
                    + ".student_transfer WHERE id = ANY (?)")) {
                q.setArray(1, db.createArrayOf("bigint", among.toArray()));
                try (ResultSet r = q.executeQuery()) {
                    Set<Long> found = new java.util.HashSet<>();
                    while (r.next()) {
                        found.add(r.getLong(1));
                    }
                    return found;
                }
            }
        }
    }

    private static List<String> accessLog(long schoolId) throws Exception {
        try (Connection db = appRole()) {
            try (PreparedStatement tenant = db.prepareStatement("SELECT set_config('app.tenant_id', ?, false)")) {
                tenant.setString(1, String.valueOf(schoolId));
                tenant.execute();
            }
            try (PreparedStatement q = db.prepareStatement("SELECT action, record_type, record_id FROM "
                    + SchemaMigrator.SCHEMA + ".access_log WHERE record_type IN ('TRANSFER', 'STUDENT') ORDER BY id")) {
                try (ResultSet r = q.executeQuery()) {
                    List<String> found = new java.util.ArrayList<>();
                    while (r.next()) {
                        found.add(r.getString(1) + " " + r.getString(2) + " " + r.getLong(3));
                    }
                    return found.stream().collect(Collectors.toList());
                }
            }
        }
    }

    /** JSON-B leaves null properties out. */
    private static boolean absent(JsonObject o, String key) {
        return !o.containsKey(key) || o.isNull(key);
    }
}
