package tw.huixiao.it;

import org.junit.jupiter.api.Test;

/** Test helpers shared by integration tests (issue 25: none lives in another IT). */
final class IspFixtures {

    private IspFixtures() {
    }

    /** A draft: %d weeks, team, needs meeting, teachers, the student in two cells, visits, extras, version. */
    static final String DRAFT = """
            {"term":{"label":"114學年度第二學期","startsOn":"2026-03-02","weeks":%d},%s,"needsMeetingIds":[%d],
             "services":[{"area":"PERSONAL","item":"諮商、心理晤談服務","method":"每週個別諮商","provider":"輔導室 李○芬"}],
             "measures":{"schooling":"每週抽離 2 節烘焙課，其餘回原班"},
             %s,
             "timetable":[
               {"day":"MONDAY","period":"3","course":"烘焙","teacher":"陳○華","studentIds":[%d]},
               {"day":"MONDAY","period":"4","course":"烘焙","teacher":"陳○華","studentIds":[%d]}],
             "visits":[%s],
             "extras":{"materials":true%s},
             "version":%d}""";

    static final String TEAM = """
            "team":[{"role":"PRINCIPAL","name":"張○華"},{"role":"COUNSELLING_DIRECTOR","name":"李○芬"},
                    {"role":"HOMEROOM_TEACHER","name":"陳○家","duties":"協助學生穩定就學"}]""";

    static String teachers(String agreedRate) {
        return """
                "teachers":[
                  {"name":"陳○華","type":"EXTERNAL_TEACHER","jobTitle":"烘焙師傅","reason":"個案對烘焙有興趣",
                   "qualification":"丙級烘焙食品技術士","registryCheckedOn":"2026-02-25","agreedRate":%s},
                  {"name":"林○文","type":"INTERNAL_TEACHER","jobTitle":"公民教師","reason":"法治教育",
                   "qualification":"中等學校教師證書","agreedRate":405},
                  {"name":"林○○","type":"TRACKING_COUNSELLOR","jobTitle":"追蹤輔導員","reason":"家訪追蹤",
                   "qualification":"社工學士","registryCheckedOn":"2026-02-25","bureauConsent":true}]"""
                .formatted(agreedRate);
    }

    /** Three tracking visits on Wednesday 2026-03-04 (TN-F-TRACKER allows 2 a day), at 12, 35 and 55 km. */
    static String threeVisits(long student, long classmate) {
        return """
                {"date":"2026-03-04","counsellor":"林○○","studentId":%d,"distanceKm":12,"minutes":60},
                {"date":"2026-03-04","counsellor":"林○○","studentId":%d,"distanceKm":35,"minutes":50},
                {"date":"2026-03-04","counsellor":"林○○","studentId":%d,"distanceKm":55,"minutes":50}"""
                .formatted(student, classmate, student);
    }
}
