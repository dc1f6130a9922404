package tw.huixiao.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

/**
 * What the dry-run tests share (issue 21 §3): a new Yunlin school whose November 2026 attendance has
 * one student away 3 school days (Mon 11-16 to Wed 11-18) and one away 4 (Mon 11-23 to Thu 11-26),
 * present on every other school day, imported with the service's clock on Tue 2026-12-01 — the
 * day the tests dry-run from (the caller resets the clock).
 */
final class DryRuns {

    /** The day the tests' clock shows while they dry-run: November is past. */
    static final String CLOCK = "2026-12-01T09:00:00+08:00";

    record AbsentSchool(Api staff, long threeDays, long fourDays) {
    }

    private DryRuns() {
    }

    static AbsentSchool yunlinSchoolWithAbsences(String username) {
        Api staff = Onboarding.schoolWithStaff("YUNLIN", username);
        Escalations.semester(staff, 115, 1, "2026-08-31", "2027-01-20");
        long threeDays = Onboarding.student(staff, "P2" + Unique.sevenDigits());
        long fourDays = Onboarding.student(staff, "P2" + Unique.sevenDigits());
        Fixtures.clock(CLOCK);
        List<String> away3 = List.of("2026-11-16", "2026-11-17", "2026-11-18");
        List<String> away4 = List.of("2026-11-23", "2026-11-24", "2026-11-25", "2026-11-26");
        for (LocalDate day = LocalDate.of(2026, 11, 16); day.isBefore(LocalDate.of(2026, 11, 28)); day = day.plusDays(1)) {
            if (day.getDayOfWeek().getValue() > 5) {
                continue;
            }
            String d = day.toString();
            String entries = ("{\"studentId\":%d,\"date\":\"%s\",\"status\":\"%s\"},"
                    + "{\"studentId\":%d,\"date\":\"%s\",\"status\":\"%s\"}").formatted(threeDays, d,
                    away3.contains(d) ? "UNEXCUSED" : "PRESENT", fourDays, d, away4.contains(d) ? "UNEXCUSED" : "PRESENT");
            Api.Reply imported = staff.post("/api/v1/attendance", "{\"entries\":[" + entries + "]}");
            assertEquals(200, imported.status(), imported.toString());
        }
        return new AbsentSchool(staff, threeDays, fourDays);
    }
}
