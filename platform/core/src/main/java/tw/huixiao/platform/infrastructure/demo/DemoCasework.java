package tw.huixiao.platform.infrastructure.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import tw.huixiao.platform.application.CaseInput;
import tw.huixiao.platform.application.CaseService;
import tw.huixiao.platform.application.CaseView;
import tw.huixiao.platform.application.StudentService;
import tw.huixiao.platform.application.StudentView;
import tw.huixiao.platform.application.casework.MeetingInput;
import tw.huixiao.platform.application.casework.MeetingService;
import tw.huixiao.platform.application.isp.IspInput;
import tw.huixiao.platform.application.isp.IspService;
import tw.huixiao.platform.domain.identity.UserAccount;
import tw.huixiao.platform.domain.identity.UserAccountRepository;
import tw.huixiao.platform.domain.isp.IspPlan;
import tw.huixiao.platform.application.policy.Policies;
import tw.huixiao.platform.infrastructure.security.CurrentCaller;
import tw.huixiao.policy.spi.CountyPolicy;
import tw.huixiao.policy.spi.detection.CaseCategory;
import tw.huixiao.policy.spi.detection.CaseKind;
import tw.huixiao.policy.spi.detection.DetectionRule;
import tw.huixiao.platform.domain.calendar.TaiwanTime;

/**
 * Sample case work for the demo, done through the application services as a demo account (so
 * it is checked, audited and laid out as any user's would be): at the Tainan remote-area junior
 * high, a case of the school's module's first high-care category opened by staff, with its first
 * needs-assessment meeting under the module's rule for them (SPI 1.7 {@code planRequirements()}) and
 * a draft ISP — a weekly woodwork course with an external teacher at an agreed 500 a period, over
 * the module's junior-high rate, so the budget panel has a violation to show. The platform names no
 * county rule: what to open comes from the module.
 */
@ApplicationScoped
public class DemoCasework {

    /** The demo school (deploy/demo/schools.csv) and its accounts (users.csv) the sample uses. */
    static final String TAINAN_SCHOOL = "990401";
    private static final String COUNSELLOR = "tn-counseling";
    private static final String PRINCIPAL = "tn-principal";
    private static final String HOMEROOM_CLASS = "801";

    @Inject
    CurrentCaller caller;

    @Inject
    CaseService cases;

    @Inject
    StudentService students;

    @Inject
    MeetingService meetings;

    @Inject
    IspService isps;

    @Inject
    UserAccountRepository users;

    @Inject
    Clock clock;

    @Inject
    Policies policies;

    /** Runs once, right after the Tainan demo school is seeded; returns the case's id. */
    @ActivateRequestContext
    public long tainanPlan() {
        caller.actAs(COUNSELLOR);
        LocalDate today = LocalDate.now(clock.withZone(TaiwanTime.TAIPEI));
        long counsellorId = account(COUNSELLOR).getId();
        long principalId = account(PRINCIPAL).getId();
        List<StudentView> register = students.search(StudentService.Filter.NONE, 0, 50).items();
        StudentView student = register.stream().filter(s -> HOMEROOM_CLASS.equals(s.className())).findFirst()
                .orElse(register.get(0));
        CountyPolicy module = account(COUNSELLOR).getSchool().flatMap(s -> policies.forCounty(s.getCounty()))
                .orElseThrow(() -> new IllegalStateException("the demo plan's school has no county module"));
        String category = module.categories().stream()
                .filter(c -> c.kind() == CaseKind.HIGH_CARE && c.detection().contains(new DetectionRule.ByStaff()))
                .map(CaseCategory::id).findFirst()
                .orElseThrow(() -> new IllegalStateException(module.identity().id() + ": no high-care category opened by staff"));
        String meetingRule = module.planRequirements().map(r -> r.needsMeetings().value())
                .orElseThrow(() -> new IllegalStateException(module.identity().id() + ": no plan requirements"));
        CaseView opened = cases.open(new CaseInput(student.id(), category,
                "學習意願低落、常態性遲到，導師轉介輔導室（示範資料）"));
        long meeting = meetings.record(opened.id(), new MeetingInput("NEEDS_ASSESSMENT", meetingRule, today, principalId,
                null, List.of(counsellorId), List.of(), "個案需求評估第1次會議：學生對木工有興趣，擬每週抽離2節（示範資料）",
                List.of(), null)).id();
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        String external = "蘇○安";
        String tracker = "江○萍";
        isps.create(opened.id(), new IspInput(
                new IspInput.Term(IspPlan.Term.semesterOf(today), monday, 12),
                List.of(new IspInput.TeamMember("PRINCIPAL", "賴○俊", principalId, null),
                        new IspInput.TeamMember("COUNSELLING_DIRECTOR", "陳○家", counsellorId, null),
                        new IspInput.TeamMember("HOMEROOM_TEACHER", "楊○文", null, "協助學生穩定就學")),
                List.of(meeting),
                List.of(new IspInput.Service("LEARNING", "技藝課程", "每週抽離 2 節木工課", "輔導室 陳○家", null)),
                new IspInput.Measures("每週抽離 2 節木工課，其餘回原班上課", null, "探索木工職群", null),
                List.of(new IspInput.Teacher(external, "EXTERNAL_TEACHER", "木工師傅", "個案對木工有興趣",
                                "丙級木工技術士", today, new BigDecimal("500"), null, null, null, null),
                        new IspInput.Teacher(tracker, "TRACKING_COUNSELLOR", "追蹤輔導員", "家訪追蹤", "社工學士", today,
                                null, null, null, true, null)),
                List.of(new IspInput.Cell("TUESDAY", "5", "木工", external, List.of(student.id())),
                        new IspInput.Cell("TUESDAY", "6", "木工", external, List.of(student.id()))),
                List.of(new IspInput.Visit(monday.plusDays(2), tracker, student.id(), new BigDecimal("35"), 60, null)),
                new IspInput.Extras(true, null, false, null, 3, null, null, null, null),
                true, null));
        return opened.id();
    }

    private UserAccount account(String username) {
        return users.findByUsername(username).orElseThrow();
    }
}
