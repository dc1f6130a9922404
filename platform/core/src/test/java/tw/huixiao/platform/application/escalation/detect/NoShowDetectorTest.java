package tw.huixiao.platform.application.escalation.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static tw.huixiao.platform.application.escalation.detect.SpringTerm2026.clockOn;
import static tw.huixiao.platform.application.escalation.detect.SpringTerm2026.d;
import static tw.huixiao.platform.application.escalation.detect.SpringTerm2026.dayOn;

import java.util.List;
import org.junit.jupiter.api.Test;
import tw.huixiao.platform.application.escalation.detect.NoShowDetector.Arrived;
import tw.huixiao.platform.application.escalation.detect.NoShowDetector.Missing;
import tw.huixiao.platform.application.escalation.detect.NoShowDetector.StillMissing;
import tw.huixiao.platform.domain.escalation.Episode;
import tw.huixiao.policy.newtaipei.NewTaipeiPolicy;
import tw.huixiao.policy.spi.CountyPolicy;
import tw.huixiao.policy.spi.detection.CaseCategory;
import tw.huixiao.policy.taoyuan.TaoyuanPolicy;

/** NT-CAT2 (not registered at semester start) and NT-CAT3 (transferred out, not arrived), counted on the calendar. */
class NoShowDetectorTest {

    private static final CountyPolicy NEW_TAIPEI = new NewTaipeiPolicy();
    private static final CaseCategory CAT2 = ModuleRules.category(NEW_TAIPEI, "NT-CAT2").orElseThrow();
    private static final CaseCategory CAT3 = ModuleRules.category(NEW_TAIPEI, "NT-CAT3").orElseThrow();

    private static SchoolDay.Enrolment event(long student, String kind, int month, int day) {
        return new SchoolDay.Enrolment(student, kind, d(month, day));
    }

    @Test
    void ntCat2AnEnrolledStudentWhoDidNotRegisterIsMissingFromTheSemestersFirstDay() {
        // The semester starts Mon 02-23; student 1 registered on 02-13, student 2 did not.
        SchoolDay day = dayOn(clockOn(d(2, 25))).enrolment(event(1, "REGISTERED", 2, 13)).enrolled(1).enrolled(2)
                .build();
        assertEquals(List.of(new Missing(CAT2, 2, d(2, 23), d(2, 25), null)), NoShowDetector.detect(day, NEW_TAIPEI));
    }

    @Test
    void ntCat2ASchoolThatRecordsNoRegistrationTracksNone() {
        SchoolDay day = dayOn(clockOn(d(2, 25))).enrolled(1).enrolled(2).build();
        assertEquals(List.of(), NoShowDetector.detect(day, NEW_TAIPEI));
    }

    @Test
    void ntCat2TheEpisodeGoesOnUntilTheStudentRegisters() {
        Episode missing = new Episode(31L, 2, "NT-CAT2", "tw.new-taipei", "1.0.0", d(2, 23), d(2, 25), null, 3, false,
                null);
        SchoolDay still = dayOn(clockOn(d(2, 26))).enrolment(event(1, "REGISTERED", 2, 13)).enrolled(1).enrolled(2)
                .episode(missing).build();
        assertEquals(List.of(new StillMissing(missing, d(2, 26))), NoShowDetector.detect(still, NEW_TAIPEI));
        SchoolDay registered = dayOn(clockOn(d(2, 27))).enrolment(event(1, "REGISTERED", 2, 13))
                .enrolment(event(2, "REGISTERED", 2, 26)).enrolled(1).enrolled(2).episode(missing).build();
        assertEquals(List.of(new Arrived(missing, d(2, 26))), NoShowDetector.detect(registered, NEW_TAIPEI));
    }

    @Test
    void ntCat3ATransferOutCountsFromTheNextSchoolDayAcrossTheHolidays() {
        // Transferred out Thu 04-02; Fri 04-03 and Mon 04-06 are holidays: day 1 is Tue 04-07.
        SchoolDay day = dayOn(clockOn(d(4, 8))).enrolment(event(3, "TRANSFERRED_OUT", 4, 2)).build();
        assertEquals(List.of(new Missing(CAT3, 3, d(4, 7), d(4, 8), d(4, 2))), NoShowDetector.detect(day, NEW_TAIPEI));
    }

    @Test
    void ntCat3AnArrivalOnOrAfterTheTransferEndsTheEpisode() {
        Episode missing = new Episode(41L, 3, "NT-CAT3", "tw.new-taipei", "1.0.0", d(4, 7), d(4, 8), null, 2, false,
                null);
        SchoolDay day = dayOn(clockOn(d(4, 10))).enrolment(event(3, "TRANSFERRED_OUT", 4, 2))
                .enrolment(event(3, "ARRIVED", 4, 9)).episode(missing).build();
        assertEquals(List.of(new Arrived(missing, d(4, 9))), NoShowDetector.detect(day, NEW_TAIPEI));
        SchoolDay earlierArrival = dayOn(clockOn(d(4, 10))).enrolment(event(3, "ARRIVED", 3, 2))
                .enrolment(event(3, "TRANSFERRED_OUT", 4, 2)).episode(missing).build();
        assertEquals(List.of(new StillMissing(missing, d(4, 10))), NoShowDetector.detect(earlierArrival, NEW_TAIPEI),
                "an arrival before the transfer is an earlier one");
    }

    @Test
    void aModuleWithoutNoShowRulesFindsNone() {
        SchoolDay day = dayOn(clockOn(d(4, 8))).enrolment(event(3, "TRANSFERRED_OUT", 4, 2)).build();
        assertEquals(List.of(), NoShowDetector.detect(day, new TaoyuanPolicy()));
    }
}
