package tw.huixiao.policy.taoyuan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tw.huixiao.policy.spi.SchoolRole;
import tw.huixiao.policy.spi.form.FormDefinition;
import tw.huixiao.policy.spi.form.SignOffStage;
import tw.huixiao.policy.spi.timeline.Recurrence;
import tw.huixiao.policy.tck.CitesRule;
import tw.huixiao.schedule.Ladder;
import tw.huixiao.schedule.Occurrences;

/** Day 0: the student is at risk (長期缺課、長期請假); every office has a continuing duty. */
class TaoyuanDayZeroTest {

    /** Monday 2026-09-07: a student found at risk at the start of the autumn semester. */
    private static final LocalDate MON_SEP_7 = LocalDate.of(2026, 9, 7);

    private static Ladder.Duty only(String ruleId) {
        List<Ladder.Duty> duties = Fixture.rule(0, MON_SEP_7, Fixture.atRisk(), ruleId);
        assertEquals(1, duties.size(), ruleId);
        return duties.get(0);
    }

    @Test
    @CitesRule("TY-D0-PRINCIPAL")
    void principalOverseesAtRiskStudentsEveryDay_fromDayZero_andKeepsSupervisingOnDaysThreeAndFour() {
        Ladder.Duty oversight = only("TY-D0-PRINCIPAL");
        assertEquals(List.of(SchoolRole.PRINCIPAL), oversight.step().responsible());
        Fixture.assertOngoing(oversight);
        assertTrue(oversight.step().duty().zhTw().contains("掌握每日"));
        // The SOP repeats the principal's supervision on days 3 and 4 (Thu 10-22, Fri 10-23 for a streak from 10-20).
        for (int day : new int[] {3, 4}) {
            Ladder.Duty again = Fixture.rule(day, Fixture.TUE_OCT_20, Fixture.dropout(), "TY-D0-PRINCIPAL").get(0);
            assertEquals(List.of(SchoolRole.PRINCIPAL), again.step().responsible());
            Fixture.assertOngoing(again);
        }
        assertTrue(Fixture.rule(4, Fixture.TUE_OCT_20, Fixture.dropout(), "TY-D0-PRINCIPAL").get(0)
                .step().duty().zhTw().contains("中輟生追輔情形"));
    }

    @Test
    @CitesRule("TY-D0-HOMEROOM")
    void homeroomTeacherWatchesAttendanceDaily_vulnerableFamilyToCounselling_absenceToStudentAffairs() {
        Ladder.Duty watch = only("TY-D0-HOMEROOM");
        assertEquals(List.of(SchoolRole.HOMEROOM_TEACHER), watch.step().responsible());
        Fixture.assertOngoing(watch);
        String duty = watch.step().duty().zhTw();
        assertTrue(duty.contains("脆弱家庭樣態聯絡輔導室"), duty);
        assertTrue(duty.contains("聯絡學務處(教導處)"), duty);
    }

    @Test
    @CitesRule("TY-D0-MONTHLY")
    void studentAffairsReviewsLongLeaveStudentsEveryCalendarMonth_andSignsOffUpTheChain() {
        Ladder.Duty review = only("TY-D0-MONTHLY");
        assertEquals(List.of(SchoolRole.STUDENT_AFFAIRS), review.step().responsible());
        Fixture.assertOngoing(review);
        Recurrence monthly = review.step().recurrenceIfAny().orElseThrow();
        assertEquals(Recurrence.every("P1M"), monthly);

        // From Mon 2026-09-07 to the end of the semester's calendar year: one review in each of four months.
        List<Occurrences.Period> periods = Occurrences.of(monthly, MON_SEP_7, LocalDate.of(2027, 1, 7));
        assertEquals(List.of(
                new Occurrences.Period(LocalDate.of(2026, 9, 7), LocalDate.of(2026, 10, 7), 1),
                new Occurrences.Period(LocalDate.of(2026, 10, 7), LocalDate.of(2026, 11, 7), 1),
                new Occurrences.Period(LocalDate.of(2026, 11, 7), LocalDate.of(2026, 12, 7), 1),
                new Occurrences.Period(LocalDate.of(2026, 12, 7), LocalDate.of(2027, 1, 7), 1)), periods);

        // 逐級簽核: the officer signs, the director stamps, the offices informed (會知) stamp, the principal signs.
        assertEquals(TaoyuanForms.MONTHLY_REVIEW, review.step().producesIfAny().orElseThrow());
        FormDefinition form = TaoyuanForms.MONTHLY_REVIEW_FORM;
        assertEquals("TY-D0-MONTHLY", form.ruleId().toString());
        assertEquals(List.of("officer", "director", "informed", "principal"),
                form.signOff().stream().map(SignOffStage::key).toList());
        assertEquals(java.util.Set.of(SchoolRole.PRINCIPAL), form.signOff().get(3).roles());
        assertEquals(List.of("studentName", "situation", "registerInSystem", "highCare"),
                form.fields().filter(f -> f.key().equals("students")).findFirst().orElseThrow()
                        .columns().stream().map(tw.huixiao.policy.spi.form.Field::key).toList());
    }

    @Test
    @CitesRule("TY-D0-ACADEMIC")
    void academicAffairsProvidesRemedialTeachingAndFlexibleCourses_continuously() {
        Ladder.Duty remedial = only("TY-D0-ACADEMIC");
        assertEquals(List.of(SchoolRole.ACADEMIC_AFFAIRS), remedial.step().responsible());
        Fixture.assertOngoing(remedial);
        assertTrue(remedial.step().duty().zhTw().contains("補救教學"));
    }

    @Test
    @CitesRule("TY-D0-COUNSEL")
    void counsellingOfficeKeepsCounsellingHighCareCases_andRecordsCaseMeetingsHeldAsNeeded() {
        Ladder.Duty counsel = only("TY-D0-COUNSEL");
        assertEquals(List.of(SchoolRole.COUNSELING), counsel.step().responsible());
        Fixture.assertOngoing(counsel);
        assertEquals(TaoyuanForms.CASE_MEETING, counsel.step().producesIfAny().orElseThrow());
        assertTrue(TaoyuanForms.CASE_MEETING_FORM.fields().filter(f -> f.key().equals("meetingKind"))
                .flatMap(f -> f.options().stream()).anyMatch(o -> o.code().equals("AS_NEEDED")));
    }
}
