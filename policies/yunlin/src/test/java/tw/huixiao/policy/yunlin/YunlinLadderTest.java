package tw.huixiao.policy.yunlin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tw.huixiao.policy.spi.SchoolRole;
import tw.huixiao.policy.spi.timeline.CaseEvent;
import tw.huixiao.policy.spi.timeline.Step;
import tw.huixiao.policy.tck.CitesRule;
import tw.huixiao.schedule.CaseSituation;
import tw.huixiao.schedule.Due;
import tw.huixiao.schedule.Ladder;
import tw.huixiao.schedule.Ladder.Duty;
import tw.huixiao.schedule.SchoolCalendar;

/** The ladder on Taiwan's 2026 office calendar: one test (at least) per rule id, with dates. */
class YunlinLadderTest {

    private static final ZonedDateTime SEMESTER_START = ZonedDateTime.of(2026, 8, 31, 8, 0, 0, 0, Ladder.TAIPEI);
    /** Thursday; Friday 2026-10-09 is the National Day holiday (國慶日補假). */
    private static final ZonedDateTime THU_8_OCT = ZonedDateTime.of(2026, 10, 8, 10, 0, 0, 0, Ladder.TAIPEI);
    /** Thursday before 中秋節 (Fri 25 Sep) and 教師節 (Mon 28 Sep). */
    private static final ZonedDateTime THU_24_SEP = ZonedDateTime.of(2026, 9, 24, 10, 0, 0, 0, Ladder.TAIPEI);
    private static final List<String> REFERRAL_ROUTES = List.of("YL-REF-DROPOUT", "YL-REF-EMOTION", "YL-REF-FAMILY",
            "YL-PROTECT");

    private final Ladder ladder = new Ladder(new YunlinPolicy(), SchoolCalendar.taiwanOfficeDays());

    private List<Duty> opened(String category) {
        return ladder.on(CaseEvent.OPENED, THU_8_OCT, CaseSituation.of(category));
    }

    private static Set<String> routes(List<Duty> duties) {
        return duties.stream().map(Duty::ruleId).filter(REFERRAL_ROUTES::contains)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Duty producing(List<Duty> duties, String ruleId, String product) {
        return Ladder.all(duties, ruleId).stream()
                .filter(d -> d.step().producesIfAny().filter(product::equals).isPresent())
                .findFirst().orElseThrow(() -> new AssertionError(ruleId + " produces no " + product));
    }

    private static Duty withDuty(List<Duty> duties, String ruleId, String zhFragment) {
        return Ladder.all(duties, ruleId).stream().filter(d -> d.step().duty().zhTw().contains(zhFragment))
                .findFirst().orElseThrow(() -> new AssertionError(ruleId + " has no duty with " + zhFragment));
    }

    // ---- routing ------------------------------------------------------------------------------

    @Test
    @CitesRule("YL-REF-DROPOUT")
    @CitesRule("YL-REF-EMOTION")
    @CitesRule("YL-REF-FAMILY")
    @CitesRule("YL-PROTECT")
    void eachHighCareGroupIsRoutedToExactlyOneReferralRoute() {
        assertEquals(Set.of("YL-REF-DROPOUT"), routes(opened("YL-C1")));
        assertEquals(Set.of("YL-REF-DROPOUT"), routes(opened("YL-C2")));
        assertEquals(Set.of("YL-REF-DROPOUT"), routes(opened("YL-C3")));
        assertEquals(Set.of("YL-REF-EMOTION"), routes(opened("YL-C4")), "C4 goes to emotion, not dropout");
        assertEquals(Set.of("YL-REF-EMOTION"), routes(opened("YL-C5")));
        assertEquals(Set.of("YL-REF-EMOTION"), routes(opened("YL-C6")));
        assertEquals(Set.of("YL-REF-FAMILY"), routes(opened("YL-C7")));
        assertEquals(Set.of("YL-PROTECT"), routes(opened("YL-C8")));
        assertEquals(Set.of("YL-REF-DROPOUT"), routes(opened("TW-DROPOUT")));
        assertEquals(Set.of("YL-REF-DROPOUT"), routes(opened("TW-LONG-ABSENCE")));
    }

    // ---- YL-SCREEN, YL-ROSTER ------------------------------------------------------------------

    @Test
    @CitesRule("YL-SCREEN")
    void everySemesterAllStudentsAreScreenedWithSchedule1WithinAMonth() {
        List<Duty> duties = ladder.on(CaseEvent.SEMESTER_STARTED, SEMESTER_START, CaseSituation.of("YL-C1"));
        Duty screen = producing(duties, "YL-SCREEN", YunlinForms.ASSESSMENT);
        assertEquals(new Due.ByDate(LocalDate.of(2026, 9, 30)), screen.due());
        assertEquals(List.of(SchoolRole.HOMEROOM_TEACHER, SchoolRole.COUNSELING), screen.step().responsible());
        assertEquals("依高關懷學生評估指標及輔導表（附表一）進行全面篩選與評估。", screen.step().sourceIfAny().orElseThrow());
    }

    @Test
    @CitesRule("YL-SCREEN")
    void anOpenedCaseIsAssessedWithSchedule1WithinFiveSchoolDays() {
        // opened Thu 8 Oct 2026; Fri 9 Oct is a holiday: Mon 12 … Fri 16 Oct
        Duty assess = producing(opened("YL-C5"), "YL-SCREEN", YunlinForms.ASSESSMENT);
        assertEquals(new Due.ByDate(LocalDate.of(2026, 10, 16)), assess.due());
    }

    @Test
    @CitesRule("YL-ROSTER")
    void theSchoolYearRosterIsBuiltAfterSemesterStartAndEveryCaseIsTrackedOnIt() {
        List<Duty> semester = ladder.on(CaseEvent.SEMESTER_STARTED, SEMESTER_START, CaseSituation.of("YL-C1"));
        Duty build = producing(semester, "YL-ROSTER", YunlinForms.ROSTER);
        assertEquals(new Due.ByDate(LocalDate.of(2026, 9, 30)), build.due());
        assertEquals(List.of(SchoolRole.COUNSELING, SchoolRole.PRINCIPAL), build.step().responsible());
        assertTrue(build.step().duty().zhTw().contains("黃○進"));

        Duty track = producing(opened("YL-C6"), "YL-ROSTER", YunlinForms.ROSTER);
        assertEquals(new Due.Ongoing(), track.due());
        assertEquals("建立學校高關懷學生名冊（附表二），並追蹤列管。", track.step().sourceIfAny().orElseThrow());
    }

    // ---- YL-TIERS, YL-REPLY ----------------------------------------------------------------------

    @Test
    @CitesRule("YL-TIERS")
    void everyCaseGetsTierOneForAllStaffAMentorTeacherTierTwoAndTierThreeAsNeeded() {
        for (String category : List.of("YL-C1", "YL-C4", "YL-C7", "YL-C8")) {
            List<Duty> tiers = Ladder.all(opened(category), "YL-TIERS");
            assertEquals(4, tiers.size(), category);
            tiers.forEach(d -> assertEquals(new Due.Ongoing(), d.due()));
        }
        List<Duty> duties = opened("YL-C2");
        // Every office and teacher role; the heads of offices (SPI 1.6) hold their office's role too.
        assertEquals(java.util.EnumSet.range(SchoolRole.PRINCIPAL, SchoolRole.GENERAL_AFFAIRS),
                java.util.EnumSet.copyOf(withDuty(duties, "YL-TIERS", "全校教職員工").step().responsible()),
                "一般性輔導：全校教職員工");
        assertEquals(List.of(SchoolRole.COUNSELING, SchoolRole.MENTOR_TEACHER),
                withDuty(duties, "YL-TIERS", "認輔老師").step().responsible());
        assertEquals(List.of(SchoolRole.COUNSELING), withDuty(duties, "YL-TIERS", "二級輔導").step().responsible());
        assertEquals(List.of(SchoolRole.COUNSELING), withDuty(duties, "YL-TIERS", "三級輔導").step().responsible());
    }

    @Test
    @CitesRule("YL-REPLY")
    void theCounsellingOfficeRepliesWithTheArrangementWithinFiveSchoolDays() {
        Duty reply = producing(opened("YL-C4"), "YL-REPLY", YunlinForms.REPLY);
        assertEquals(List.of(SchoolRole.COUNSELING), reply.step().responsible());
        assertEquals(new Due.ByDate(LocalDate.of(2026, 10, 16)), reply.due());
    }

    // ---- YL-REF-DROPOUT ------------------------------------------------------------------------

    @Test
    @CitesRule("YL-REF-DROPOUT")
    void dropoutHighRiskMeansAReturnCounsellingTeamMeetingAndSchedule3ToTheEducationDepartment() {
        List<Duty> duties = opened("YL-C3");
        Duty meeting = withDuty(duties, "YL-REF-DROPOUT", "學生復學輔導小組");
        assertEquals(List.of(SchoolRole.COUNSELING, SchoolRole.PRINCIPAL), meeting.step().responsible());
        assertEquals(new Due.ByDate(LocalDate.of(2026, 10, 16)), meeting.due());
        Duty referral = producing(duties, "YL-REF-DROPOUT", YunlinForms.REFERRAL);
        assertTrue(referral.step().duty().zhTw().contains("函送縣府教育處"));
        assertEquals(new Due.ByDate(LocalDate.of(2026, 10, 16)), referral.due());
    }

    @Test
    @CitesRule("YL-REF-DROPOUT")
    void twoIneffectiveCounsellingPeriodsGoToTheDiversionAssessmentTeam() {
        Duty diversion = withDuty(opened("YL-C1"), "YL-REF-DROPOUT", "轉向評估小組");
        assertTrue(diversion.step().duty().zhTw().contains("兩個輔導期程未見成效"));
        assertTrue(diversion.step().duty().zhTw().contains("雲林縣少年輔導委員會"));
        assertEquals(new Due.Ongoing(), diversion.due());
    }

    @Test
    @CitesRule("YL-REF-DROPOUT")
    void onlySeriousBehaviourCasesMayBeReferredToThePolice() {
        Duty police = withDuty(opened("YL-C2"), "YL-REF-DROPOUT", "警政單位");
        assertEquals(SchoolRole.STUDENT_AFFAIRS, police.step().responsible().get(0));
        assertTrue(police.step().duty().zhTw().contains("霸凌或暴力"));
        for (String other : List.of("YL-C1", "YL-C3", "TW-DROPOUT")) {
            assertTrue(Ladder.all(opened(other), "YL-REF-DROPOUT").stream()
                    .noneMatch(d -> d.step().duty().zhTw().contains("警政單位")), other);
        }
    }

    // ---- YL-REF-EMOTION ------------------------------------------------------------------------

    @Test
    @CitesRule("YL-REF-EMOTION")
    void emotionalLearningAndInterpersonalCasesGoToProfessionalCounsellorsAndNamedMentalHealthCentres() {
        for (String category : List.of("YL-C4", "YL-C5", "YL-C6")) {
            List<Duty> duties = opened(category);
            assertTrue(Ladder.all(duties, "YL-REF-DROPOUT").isEmpty(), category + " is not a dropout-route case");
            Duty professional = withDuty(duties, "YL-REF-EMOTION", "心理師、社工師");
            assertEquals(new Due.ByDate(LocalDate.of(2026, 10, 16)), professional.due());
            Duty medical = withDuty(duties, "YL-REF-EMOTION", "就醫需求");
            assertTrue(medical.step().duty().zhTw().contains("斗六家商「心理衛生諮詢服務中心」"));
            assertTrue(medical.step().duty().zhTw().contains("衛生局「心理衛生中心」"));
            assertEquals(new Due.Ongoing(), medical.due());
        }
    }

    // ---- YL-REF-FAMILY -------------------------------------------------------------------------

    @Test
    @CitesRule("YL-REF-FAMILY")
    void highRiskFamilyTheHomeroomTeacherFillsSchedule5ThenTheCounsellingOfficeFaxesSocialAffairs() {
        List<Duty> duties = opened("YL-C7");
        Duty form = producing(duties, "YL-REF-FAMILY", YunlinForms.HIGH_RISK_FAMILY);
        assertEquals(List.of(SchoolRole.HOMEROOM_TEACHER), form.step().responsible());
        assertEquals(new Due.ByDate(LocalDate.of(2026, 10, 14)), form.due());
        Duty fax = producing(duties, "YL-REF-FAMILY", YunlinLadder.SOCIAL_AFFAIRS_REFERRAL_FAX);
        assertEquals(List.of(SchoolRole.COUNSELING), fax.step().responsible());
        assertTrue(fax.step().duty().zhTw().contains("05-5348530"));
        assertTrue(fax.step().duty().zhTw().contains("05-5348585"));
        assertEquals(new Due.ByDate(LocalDate.of(2026, 10, 16)), fax.due());
        assertTrue(form.dueDate().isBefore(fax.dueDate()), "the form comes before the referral");
        assertEquals(new Due.Ongoing(), withDuty(duties, "YL-REF-FAMILY", "家庭訪視").due());
    }

    // ---- YL-PROTECT ----------------------------------------------------------------------------

    @Test
    @CitesRule("YL-PROTECT")
    void aProtectiveConcernIsReportedWithin24HoursEvenOverAHoliday() {
        ZonedDateTime raised = ZonedDateTime.of(2026, 10, 9, 16, 30, 0, 0, Ladder.TAIPEI); // 國慶日補假
        List<Duty> duties = ladder.on(CaseEvent.PROTECTIVE_CONCERN_RAISED, raised, CaseSituation.of("YL-C8"));
        Due in24Hours = new Due.ByTime(ZonedDateTime.of(2026, 10, 10, 16, 30, 0, 0, Ladder.TAIPEI));

        Duty report = producing(duties, "YL-PROTECT", YunlinLadder.PROTECTION_REPORT);
        assertEquals(List.of(SchoolRole.COUNSELING), report.step().responsible());
        assertTrue(report.step().duty().zhTw().contains("家庭暴力與兒童少年保護事件通報表"));
        assertTrue(report.step().duty().zhTw().contains("113"));
        assertEquals(in24Hours, report.due());

        Duty campus = producing(duties, "YL-PROTECT", YunlinLadder.CAMPUS_SAFETY_REPORT);
        assertEquals(List.of(SchoolRole.STUDENT_AFFAIRS), campus.step().responsible());
        assertEquals(in24Hours, campus.due());

        Duty fax = producing(duties, "YL-PROTECT", YunlinLadder.CAMPUS_SAFETY_REPORT_FAX);
        assertEquals(List.of(SchoolRole.STUDENT_AFFAIRS), fax.step().responsible());
        assertTrue(fax.step().duty().zhTw().contains("教育處學管科"));
        assertTrue(fax.step().duty().zhTw().contains("5350800"));
        assertEquals(in24Hours, fax.due());

        assertEquals(new Due.Ongoing(), withDuty(duties, "YL-PROTECT", "輔導安置").due());
    }

    @Test
    @CitesRule("YL-PROTECT")
    void aProtectiveConcernInAnyCategoryAndOpeningAC8CaseBothStartThe24HourReport() {
        List<Duty> inDropoutCase = ladder.on(CaseEvent.PROTECTIVE_CONCERN_RAISED, THU_8_OCT,
                CaseSituation.of("YL-C1"));
        assertEquals(new Due.ByTime(THU_8_OCT.plusHours(24)),
                producing(inDropoutCase, "YL-PROTECT", YunlinLadder.PROTECTION_REPORT).due());

        Duty onOpening = producing(opened("YL-C8"), "YL-PROTECT", YunlinLadder.PROTECTION_REPORT);
        assertEquals(new Due.ByTime(ZonedDateTime.of(2026, 10, 9, 10, 0, 0, 0, Ladder.TAIPEI)), onOpening.due());
        assertTrue(Ladder.all(opened("YL-C4"), "YL-PROTECT").isEmpty(), "opening a C4 case is not a protective report");
    }

    // ---- YL-RETURN -----------------------------------------------------------------------------

    @Test
    @CitesRule("YL-RETURN")
    void aReturnedDropoutHighRiskCaseRecordsTheAgencysRulingAndStartsInSchoolReturnCounselling() {
        // returned Thu 24 Sep 2026: Fri 25 (中秋節) and Mon 28 (教師節) are holidays → Tue 29 … Mon 5 Oct
        List<Duty> duties = ladder.on(CaseEvent.RETURNED, THU_24_SEP, CaseSituation.of("YL-C1").withReturned());
        Duty ruling = producing(duties, "YL-RETURN", YunlinForms.RETURN_RULING);
        assertEquals(new Due.ByDate(LocalDate.of(2026, 10, 5)), ruling.due());
        assertEquals(new Due.Ongoing(), withDuty(duties, "YL-RETURN", "校內復學輔導").due());
        assertTrue(Ladder.all(ladder.on(CaseEvent.RETURNED, THU_24_SEP, CaseSituation.of("YL-C4").withReturned()),
                "YL-RETURN").isEmpty(), "附表四 is for the dropout high-risk group");
    }

    // ---- national ------------------------------------------------------------------------------

    @Test
    @CitesRule("TW-PENALTY")
    void whileAReportedDropoutStaysAwayTheSchoolAsksTheCommitteeToEscalate() {
        ZonedDateTime reported = ZonedDateTime.of(2026, 10, 13, 9, 0, 0, 0, Ladder.TAIPEI);
        Duty penalty = Ladder.find(ladder.on(CaseEvent.REPORTED, reported, CaseSituation.of("TW-DROPOUT")),
                "TW-PENALTY").orElseThrow();
        assertEquals(new Due.Ongoing(), penalty.due());
        assertEquals(List.of(SchoolRole.ACADEMIC_AFFAIRS, SchoolRole.REGISTRAR), penalty.step().responsible());
        assertTrue(Ladder.find(ladder.on(CaseEvent.REPORTED, reported, CaseSituation.of("TW-DROPOUT").withReturned()),
                "TW-PENALTY").isEmpty(), "no penalty request once the student is back");
    }

    @Test
    @CitesRule("TW-ZERO-REJECT")
    void reEnrolmentIsAcceptedTheSameDayWhateverTheDay() {
        ZonedDateTime saturday = ZonedDateTime.of(2026, 10, 10, 11, 0, 0, 0, Ladder.TAIPEI);
        Duty accept = Ladder.find(ladder.on(CaseEvent.RETURNED, saturday, CaseSituation.of("TW-DROPOUT").withReturned()),
                "TW-ZERO-REJECT").orElseThrow();
        assertEquals(new Due.ByDate(LocalDate.of(2026, 10, 10)), accept.due());
        assertEquals(List.of(SchoolRole.REGISTRAR), accept.step().responsible());
    }

    @Test
    @CitesRule("TW-TIERS")
    void everyOpenedCaseStartsNationalThreeTierCounselling() {
        for (String category : List.of("TW-DROPOUT", "YL-C1", "YL-C5", "YL-C8")) {
            Duty tiers = Ladder.find(opened(category), "TW-TIERS").orElseThrow();
            assertEquals(new Due.Ongoing(), tiers.due());
        }
    }

    @Test
    void theNationalStepsAreReusedNotCopied() {
        List<Step> steps = new YunlinPolicy().timeline().steps();
        tw.huixiao.policy.national.NationalRules.STEPS.forEach(s -> assertTrue(steps.contains(s), s.ruleId().toString()));
        assertTrue(new YunlinPolicy().documentKinds().containsAll(tw.huixiao.policy.national.NationalRules.DOCUMENT_KINDS));
    }
}
