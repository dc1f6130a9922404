package tw.huixiao.policy.newtaipei;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tw.huixiao.policy.spi.SchoolRole;
import tw.huixiao.policy.spi.timeline.CaseEvent;
import tw.huixiao.policy.tck.CitesRule;
import tw.huixiao.schedule.CaseSituation;
import tw.huixiao.schedule.Due;
import tw.huixiao.schedule.Ladder;
import tw.huixiao.schedule.SchoolCalendar;

/** 辦理方式 一–五 and 注意事項二: the ladder by day of non-attendance, on the 2026 office calendar. */
class NewTaipeiLadderTest {

    private final Ladder ladder = new Ladder(new NewTaipeiPolicy(), SchoolCalendar.taiwanOfficeDays());

    /** Tue 2026-10-20: days 1–4 are Tue–Fri 10-20…10-23. */
    private static final LocalDate TUESDAY = LocalDate.of(2026, 10, 20);
    /** Thu 2026-10-08: 10-09 (國慶日補假) and the weekend are skipped, so day 2 is Mon 10-12, day 4 Wed 10-14. */
    private static final LocalDate BEFORE_NATIONAL_DAY = LocalDate.of(2026, 10, 8);

    private List<Ladder.Duty> day(int n, LocalDate first, String category) {
        return ladder.onStreakDay(n, first, CaseSituation.of(category));
    }

    private static ZonedDateTime at(int year, int month, int day) {
        return ZonedDateTime.of(year, month, day, 10, 0, 0, 0, Ladder.TAIPEI);
    }

    private static Set<SchoolRole> roles(List<Ladder.Duty> duties) {
        return duties.stream().flatMap(d -> d.step().responsible().stream()).collect(Collectors.toSet());
    }

    @Test
    @CitesRule("NT-TRANSFER-CHECK")
    void transferCheck_registrarContactsTheReceivingSchoolOnTheFourthSchoolDay() {
        // transferred out Mon 2026-10-05: Tue, Wed, Thu count, Fri 10-09 is a holiday, so the 4th day is Mon 10-12
        Ladder.Duty check = Ladder.find(ladder.on(CaseEvent.TRANSFERRED_OUT, at(2026, 10, 5),
                CaseSituation.of("NT-CAT1")), "NT-TRANSFER-CHECK").orElseThrow();
        assertEquals(LocalDate.of(2026, 10, 12), check.dueDate());
        assertEquals(List.of(SchoolRole.REGISTRAR), check.step().responsible());
        assertTrue(check.step().duty().zhTw().contains("依中輟處理流程辦理（第三類）"));
        // the no-show that follows is category 3, detected after 3 days
        assertTrue(new NewTaipeiPolicy().categories().stream().anyMatch(c -> c.id().equals("NT-CAT3")));
    }

    @Test
    @CitesRule("NT-D1-PHONE")
    void dayOne_homeroomTeacherPhonesForCategories1And2Only() {
        for (String category : List.of("NT-CAT1", "NT-CAT2")) {
            Ladder.Duty phone = Ladder.find(day(1, TUESDAY, category), "NT-D1-PHONE").orElseThrow();
            assertEquals(List.of(SchoolRole.HOMEROOM_TEACHER), phone.step().responsible());
            assertEquals(TUESDAY, phone.dueDate());
            assertTrue(phone.step().duty().zhTw().contains("向學務處報備"));
        }
        assertTrue(Ladder.find(day(1, TUESDAY, "NT-CAT3"), "NT-D1-PHONE").isEmpty());
        assertTrue(Ladder.find(day(1, TUESDAY, "NT-NEW"), "NT-D1-PHONE").isEmpty());
    }

    @Test
    @CitesRule("NT-D1-REGISTRAR")
    void dayOne_registrarPhonesForCategory3AndNewStudentsOnly() {
        for (String category : List.of("NT-CAT3", "NT-NEW")) {
            Ladder.Duty phone = Ladder.find(day(1, TUESDAY, category), "NT-D1-REGISTRAR").orElseThrow();
            assertEquals(List.of(SchoolRole.REGISTRAR), phone.step().responsible());
            assertEquals(TUESDAY, phone.dueDate());
        }
        assertTrue(Ladder.find(day(1, TUESDAY, "NT-CAT1"), "NT-D1-REGISTRAR").isEmpty());
        assertTrue(Ladder.find(day(1, TUESDAY, "NT-CAT2"), "NT-D1-REGISTRAR").isEmpty());
    }

    @Test
    @CitesRule("NT-D2-VISIT")
    void dayTwo_homeroomAndStudentAffairsVisitTheHomeForCategories1And2() {
        // from Thu 2026-09-24: Fri 09-25 and Mon 09-28 are holidays, so day 2 is Tue 09-29
        Ladder.Duty visit = Ladder.find(day(2, LocalDate.of(2026, 9, 24), "NT-CAT1"), "NT-D2-VISIT").orElseThrow();
        assertEquals(LocalDate.of(2026, 9, 29), visit.dueDate());
        assertEquals(List.of(SchoolRole.HOMEROOM_TEACHER, SchoolRole.STUDENT_AFFAIRS), visit.step().responsible());
        assertTrue(Ladder.find(day(2, TUESDAY, "NT-CAT2"), "NT-D2-VISIT").isPresent());
        assertTrue(Ladder.find(day(2, TUESDAY, "NT-CAT3"), "NT-D2-VISIT").isEmpty());
        assertTrue(Ladder.find(day(2, TUESDAY, "NT-NEW"), "NT-D2-VISIT").isEmpty());
    }

    @Test
    @CitesRule("NT-D2-REGISTRAR")
    void dayTwo_registrarAndHomeroomWidenContactForCategory3WithStudentAffairsVisitingTheFormerHome() {
        Ladder.Duty widen = Ladder.find(day(2, BEFORE_NATIONAL_DAY, "NT-CAT3"), "NT-D2-REGISTRAR").orElseThrow();
        assertEquals(LocalDate.of(2026, 10, 12), widen.dueDate());
        assertEquals(SchoolRole.REGISTRAR, widen.step().responsible().get(0));
        assertTrue(widen.step().responsible().containsAll(List.of(SchoolRole.HOMEROOM_TEACHER,
                SchoolRole.STUDENT_AFFAIRS)));
        assertTrue(widen.step().duty().zhTw().contains("原居住地"));
        assertTrue(Ladder.find(day(2, BEFORE_NATIONAL_DAY, "NT-NEW"), "NT-D2-REGISTRAR").isEmpty());
        assertTrue(Ladder.find(day(2, BEFORE_NATIONAL_DAY, "NT-CAT1"), "NT-D2-REGISTRAR").isEmpty());
    }

    @Test
    @CitesRule("NT-D2-NEW")
    void dayTwo_newStudentsRegistrarKeepsContactingAndThePrincipalStaffsVisitsWhenManyAreMissing() {
        LocalDate first = LocalDate.of(2026, 8, 18);
        List<Ladder.Duty> one = Ladder.all(day(2, first, "NT-NEW"), "NT-D2-NEW");
        assertEquals(1, one.size());
        assertEquals(List.of(SchoolRole.REGISTRAR), one.get(0).step().responsible());
        assertEquals(LocalDate.of(2026, 8, 19), one.get(0).dueDate());
        List<Ladder.Duty> many = Ladder.all(ladder.onStreakDay(2, first,
                CaseSituation.of("NT-NEW").withManyCasesAtOnce()), "NT-D2-NEW");
        assertEquals(2, many.size());
        assertTrue(many.stream().anyMatch(d -> d.step().responsible().get(0) == SchoolRole.PRINCIPAL));
        // the staffing meeting is only for new-student no-shows
        assertTrue(Ladder.all(ladder.onStreakDay(2, first, CaseSituation.of("NT-CAT1").withManyCasesAtOnce()),
                "NT-D2-NEW").isEmpty());
    }

    @Test
    @CitesRule("NT-D3-MAIL")
    void dayThree_sameDayRegisteredLetterToParents_viaStudentAffairsForCategories1And2_byTheRegistrarOtherwise() {
        // streak from Thu 2026-10-08: day 3 is Tue 10-13
        LocalDate day3 = LocalDate.of(2026, 10, 13);
        List<Ladder.Duty> first = Ladder.all(day(3, BEFORE_NATIONAL_DAY, "NT-CAT1"), "NT-D3-MAIL");
        assertEquals(3, first.size(), "homeroom report, student-affairs visit, registrar letter");
        assertTrue(first.stream().allMatch(d -> d.dueDate().equals(day3)));
        assertEquals(Set.of(SchoolRole.HOMEROOM_TEACHER, SchoolRole.STUDENT_AFFAIRS, SchoolRole.REGISTRAR), roles(first));
        Ladder.Duty letter = first.stream().filter(d -> d.step().producesIfAny().isPresent()).findFirst().orElseThrow();
        assertEquals(Optional.of("PARENT_NOTICE_REGISTERED_MAIL"), letter.step().producesIfAny());
        assertEquals(SchoolRole.REGISTRAR, letter.step().responsible().get(0));

        for (String category : List.of("NT-CAT3", "NT-NEW")) {
            List<Ladder.Duty> third = Ladder.all(day(3, BEFORE_NATIONAL_DAY, category), "NT-D3-MAIL");
            assertEquals(1, third.size());
            assertEquals(List.of(SchoolRole.REGISTRAR), third.get(0).step().responsible());
            assertEquals(Optional.of("PARENT_NOTICE_REGISTERED_MAIL"), third.get(0).step().producesIfAny());
            assertEquals(day3, third.get(0).dueDate());
        }
        // back at school on day 3: no letter
        assertTrue(Ladder.all(ladder.onStreakDay(3, BEFORE_NATIONAL_DAY, CaseSituation.of("NT-CAT1").withReturned()),
                "NT-D3-MAIL").isEmpty());
    }

    @Test
    @CitesRule("NT-D4-MEETING")
    void dayFour_counsellingOfficeHoldsTheCaseMeetingAndOpensTheCaseCareCardForEveryCategory() {
        for (String category : List.of("NT-CAT1", "NT-CAT2", "NT-CAT3", "NT-NEW")) {
            List<Ladder.Duty> meeting = Ladder.all(day(4, BEFORE_NATIONAL_DAY, category), "NT-D4-MEETING");
            assertEquals(2, meeting.size(), category);
            Ladder.Duty card = meeting.stream().filter(d -> d.step().producesIfAny().isPresent()).findFirst()
                    .orElseThrow();
            assertEquals(Optional.of(NewTaipeiForms.CASE_CARE_CARD), card.step().producesIfAny());
            assertEquals(LocalDate.of(2026, 10, 14), card.dueDate());
            assertEquals(SchoolRole.COUNSELING, card.step().responsible().get(0));
            Ladder.Duty retrieval = meeting.stream().filter(d -> d.step().producesIfAny().isEmpty()).findFirst()
                    .orElseThrow();
            assertInstanceOf(Due.Ongoing.class, retrieval.due(), "retrieval continues until the student is back");
        }
    }

    @Test
    @CitesRule("NT-D4-REPORT")
    void dayFour_registrarFaxesTheCommitteeAndTheSameDaySendsTheOriginalLetterAndFilesTheMoeReport() {
        for (String category : List.of("NT-CAT1", "NT-CAT2", "NT-CAT3", "NT-NEW")) {
            List<Ladder.Duty> report = Ladder.all(day(4, TUESDAY, category), "NT-D4-REPORT");
            assertEquals(Set.of("DROPOUT_REPORT_FAX", "DROPOUT_REPORT_ORIGINAL_LETTER", "MOE_DROPOUT_REPORT"),
                    report.stream().map(d -> d.step().producesIfAny().orElseThrow()).collect(Collectors.toSet()));
            // day 4 is Fri 10-23: all three that day
            assertTrue(report.stream().allMatch(d -> d.dueDate().equals(LocalDate.of(2026, 10, 23))));
            assertEquals(Set.of(SchoolRole.REGISTRAR), roles(report));
        }
        assertTrue(new NewTaipeiPolicy().documentKinds().containsAll(
                Set.of("DROPOUT_REPORT_FAX", "DROPOUT_REPORT_ORIGINAL_LETTER", "MOE_DROPOUT_REPORT")));
    }

    @Test
    @CitesRule("NT-FOLLOW")
    void reported_homeroomAndMentorTeachersKeepTrackingUntilTheStudentIsBack() {
        Ladder.Duty follow = Ladder.find(ladder.on(CaseEvent.REPORTED, at(2026, 10, 23), CaseSituation.of("NT-CAT2")),
                "NT-FOLLOW").orElseThrow();
        assertEquals(List.of(SchoolRole.HOMEROOM_TEACHER, SchoolRole.MENTOR_TEACHER), follow.step().responsible());
        assertInstanceOf(Due.Ongoing.class, follow.due());
        assertTrue(Ladder.find(ladder.on(CaseEvent.REPORTED, at(2026, 10, 23), CaseSituation.of("NT-MISSING")),
                "NT-FOLLOW").isPresent());
        assertTrue(Ladder.find(ladder.on(CaseEvent.REPORTED, at(2026, 10, 23),
                CaseSituation.of("NT-CAT2").withReturned()), "NT-FOLLOW").isEmpty());
    }

    @Test
    @CitesRule("NT-MISSING")
    void reported_casesAreSortedByWhereaboutsAndMissingStudentsAreSearchedForWithPoliceAndCommittee() {
        List<Ladder.Duty> general = Ladder.all(ladder.on(CaseEvent.REPORTED, at(2026, 10, 23),
                CaseSituation.of("NT-CAT1")), "NT-MISSING");
        assertEquals(1, general.size(), "classify: general or missing");
        assertEquals(LocalDate.of(2026, 10, 23), general.get(0).dueDate());

        List<Ladder.Duty> missing = Ladder.all(ladder.on(CaseEvent.REPORTED, at(2026, 10, 23),
                CaseSituation.of("NT-MISSING")), "NT-MISSING");
        assertEquals(1, missing.size());
        assertTrue(missing.get(0).step().duty().zhTw().contains("警方及強迫入學委員會"));
        assertInstanceOf(Due.Ongoing.class, missing.get(0).due());
        assertTrue(new NewTaipeiPolicy().categories().stream()
                .anyMatch(c -> c.id().equals("NT-MISSING") && c.ruleId().toString().equals("NT-MISSING")));
        // a case opened as missing still gets the day-4 report (Fri 10-23), but no day-1 phone duties
        assertEquals(3, Ladder.all(day(4, TUESDAY, "NT-MISSING"), "NT-D4-REPORT").size());
        assertTrue(Ladder.find(day(1, TUESDAY, "NT-MISSING"), "NT-D1-PHONE").isEmpty());
    }

    @Test
    @CitesRule("TW-PENALTY")
    void reported_whileAbsentTheSchoolAsksTheCommitteeByLetterToEscalate() {
        Ladder.Duty penalty = Ladder.find(ladder.on(CaseEvent.REPORTED, at(2026, 10, 23), CaseSituation.of("NT-CAT1")),
                "TW-PENALTY").orElseThrow();
        assertInstanceOf(Due.Ongoing.class, penalty.due());
        assertTrue(new NewTaipeiPolicy().documentKinds().contains(penalty.step().producesIfAny().orElseThrow()));
        assertTrue(Ladder.find(ladder.on(CaseEvent.REPORTED, at(2026, 10, 23),
                CaseSituation.of("NT-CAT1").withReturned()), "TW-PENALTY").isEmpty());
    }

    @Test
    @CitesRule("TW-TIERS")
    void opened_threeTierCounsellingStartsWithHomeroomAndMentorTeachers() {
        Ladder.Duty tiers = Ladder.find(ladder.on(CaseEvent.OPENED, at(2026, 10, 20), CaseSituation.of("NT-CAT1")),
                "TW-TIERS").orElseThrow();
        assertTrue(tiers.step().responsible().containsAll(List.of(SchoolRole.COUNSELING, SchoolRole.HOMEROOM_TEACHER,
                SchoolRole.MENTOR_TEACHER)));
        assertInstanceOf(Due.Ongoing.class, tiers.due());
    }
}
