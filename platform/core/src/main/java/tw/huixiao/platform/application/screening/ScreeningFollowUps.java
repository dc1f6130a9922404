package tw.huixiao.platform.application.screening;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import tw.huixiao.platform.application.CaseInput;
import tw.huixiao.platform.application.CaseService;
import tw.huixiao.platform.application.Caller;
import tw.huixiao.platform.application.InvalidInputException;
import tw.huixiao.platform.application.calendar.CalendarService;
import tw.huixiao.platform.application.casework.ProtectiveConcernService;
import tw.huixiao.platform.application.casework.ReferralInputs;
import tw.huixiao.platform.application.casework.ReferralService;
import tw.huixiao.platform.domain.escalation.TaskDraft;
import tw.huixiao.platform.domain.escalation.TaskView;
import tw.huixiao.platform.domain.identity.Role;
import tw.huixiao.platform.domain.school.School;
import tw.huixiao.platform.domain.school.SchoolRepository;
import tw.huixiao.platform.domain.screening.ScreeningForm;
import tw.huixiao.platform.application.escalation.EscalationStore;
import tw.huixiao.platform.application.escalation.TaskStore;
import tw.huixiao.platform.application.forms.FormRecordStore.Row;
import tw.huixiao.platform.application.policy.Policies;
import tw.huixiao.policy.spi.CountyPolicy;
import tw.huixiao.policy.spi.ModuleVersion;
import tw.huixiao.policy.spi.casework.Agency;
import tw.huixiao.policy.spi.casework.AgencyKind;
import tw.huixiao.policy.spi.detection.CaseCategory;
import tw.huixiao.policy.spi.detection.CaseKind;
import tw.huixiao.policy.spi.form.Field;
import tw.huixiao.policy.spi.form.FormDefinition;
import tw.huixiao.schedule.SchoolCalendar;
import tw.huixiao.platform.domain.calendar.TaiwanTime;

/**
 * What a stamped 附表一 strategy (stage 4, YL-SCREEN) starts, in the stamping transaction, once per
 * student and strategy (a corrected and re-stamped record adds only new strategies):
 * <ul>
 *   <li>需安排認輔老師, 需安排高關懷課程, 需轉介中介教育, 需轉介中輟外展服務, 其他服務方案 — a task for the
 *       counselling office (YL-TIERS; the outreach unit or programme named), due in 5 school days;</li>
 *   <li>需通報社會處高風險家庭 — the 導師's task to fill 附表五 within 3 school days (YL-REF-FAMILY),
 *       unless the case's module already laid one out;</li>
 *   <li>需提報兒少保護 — a protective concern, whose 24-hour reports run from the stamp (YL-PROTECT);</li>
 *   <li>需轉介心理師進行個別諮商 — a draft referral to the module's counselling centre (YL-REF-EMOTION);</li>
 *   <li>目前暫無積極介入處遇之需求，列入關懷對象 — nothing (a 關懷對象, not on the roster).</li>
 * </ul>
 * Tasks, referrals and concerns hang on a case: the student's open case under the module if there
 * is one, else a case opened now under the first of the counsellor's stage-3 crisis states that is a
 * category of the module (module order; the protective category last when a protective concern is
 * raised anyway, so its 24-hour duties are not laid out twice). Opening it lays out the county's
 * duties for that category like any case; its own "assess with 附表一" duty is done by this record.
 * A student screened as high-care thus becomes a case the ladder, the roster and the referral
 * flow know, and the counsellor never retypes the screening.
 */
@ApplicationScoped
public class ScreeningFollowUps {

    /** One school week, like the module's other Yunlin duties (YunlinLadder.ONE_SCHOOL_WEEK). */
    static final int SCHOOL_WEEK = 5;
    /** 附表五 by the 導師 within 3 school days, as the module's YL-REF-FAMILY step. */
    static final int FAMILY_FORM_DAYS = 3;

    @Inject
    ScreeningStore store;

    @Inject
    CaseService cases;

    @Inject
    ProtectiveConcernService concerns;

    @Inject
    ReferralService referrals;

    @Inject
    EscalationStore escalationStore;

    @Inject
    TaskStore tasks;

    @Inject
    CalendarService calendars;

    @Inject
    SchoolRepository schools;

    @Inject
    Policies policies;

    @Inject
    Clock clock;

    void afterStrategyStamped(Row record, Caller caller) {
        long school = caller.requireSchool();
        ScreeningStore.Assessment a = store.assessment(school, record.screeningAssessmentId()).orElseThrow();
        Set<String> done = store.followUps(school, a.id()).stream().map(ScreeningStore.FollowUp::strategy)
                .collect(Collectors.toSet());
        List<String> todo = ScreeningForm.activeStrategies(record.data()).stream().filter(s -> !done.contains(s)).toList();
        if (todo.isEmpty()) {
            return;
        }
        CountyPolicy policy = policies.find(record.policyId(), ModuleVersion.parse(record.policyVersion())).orElseThrow();
        FormDefinition form = policy.forms().stream().filter(f -> f.id().equals(record.formId())
                && f.version() == record.formVersion()).findFirst().orElseThrow();
        long caseId = caseFor(a, record, policy, todo, caller);
        School s = schools.find(school).orElseThrow();
        SchoolCalendar calendar = calendars.schoolCalendar(school, s.getCounty().value());
        LocalDate today = LocalDate.ofInstant(clock.instant(), TaiwanTime.TAIPEI);
        Instant now = clock.instant();
        String why = "高關懷學生評估指標及輔導表（附表一）第四階段輔導策略（篩選 #" + a.campaignId() + "，紀錄 #" + record.id()
                + "）｜Schedule 1 stage-4 strategy (screening #" + a.campaignId() + ")";
        for (String strategy : todo) {
            // "需轉介中輟外展服務(單位：_____)" with the unit written in.
            Optional<String> named = ScreeningForm.text(record.data(), ScreeningForm.STRATEGY, strategy);
            String blank = label(form, ScreeningForm.STRATEGY, strategy);
            String label = named.map(t -> blank.replaceFirst("_+", java.util.regex.Matcher.quoteReplacement(t)))
                    .orElse(blank.replace("_", ""));
            String kind;
            long recordId;
            switch (strategy) {
                case ScreeningForm.CHILD_PROTECTION -> {
                    kind = "PROTECTIVE_CONCERN";
                    recordId = concerns.raise(caseId, new ProtectiveConcernService.Input("OTHER",
                            "附表一篩選第四階段輔導策略「" + label + "」（篩選 #" + a.campaignId() + "，紀錄 #" + record.id()
                                    + "）；請輔導室補充事件類別與情形 (raised by the screening; the counselling office "
                                    + "completes the kind and details)", null)).id();
                }
                case ScreeningForm.PSYCHOLOGIST -> {
                    Optional<Agency> centre = policy.agencies().stream()
                            .filter(g -> g.kind() == AgencyKind.COUNSELLING_CENTRE).findFirst();
                    if (centre.isPresent()) {
                        kind = "REFERRAL";
                        recordId = referrals.draft(caseId, new ReferralInputs.Draft(centre.get().id(),
                                "附表一第四階段輔導策略：" + label + "（篩選 #" + a.campaignId() + "）", null, null)).id();
                    } else {
                        kind = "TASK";
                        recordId = task(school, a, caseId, strategy, "YL-TIERS", Role.COUNSELING, null,
                                "依附表一輔導策略：" + label, "As the Schedule 1 strategy says: refer to a psychologist",
                                label, null, calendar.plusSchoolDays(today, SCHOOL_WEEK), why, now);
                    }
                }
                case ScreeningForm.HIGH_RISK_FAMILY_STRATEGY -> {
                    kind = "TASK";
                    Optional<Long> laidOut = store.openTaskProducing(school, caseId, ScreeningForm.HIGH_RISK_FAMILY);
                    recordId = laidOut.isPresent() ? laidOut.get() : task(school, a, caseId, strategy, "YL-REF-FAMILY",
                            Role.HOMEROOM_TEACHER, a.homeroomTeacherId(),
                            "由導師填寫高風險家庭評估表（附表五），轉請輔導室辦理轉介事宜（附表一輔導策略：" + label + "）",
                            "The homeroom teacher fills in the high-risk family assessment (Schedule 5) for the "
                                    + "counselling office's referral (Schedule 1 strategy)",
                            "由導師填寫高風險家庭評估表（附表五），轉請輔導室辦理轉介事宜。", ScreeningForm.HIGH_RISK_FAMILY,
                            calendar.plusSchoolDays(today, FAMILY_FORM_DAYS), why, now);
                }
                default -> {
                    kind = "TASK";
                    String detail = strategy.equals(ScreeningForm.HIGH_CARE_COURSE)
                            ? kinds(form, record, ScreeningForm.HIGH_CARE_COURSE_KIND)
                            : strategy.equals(ScreeningForm.INTERMEDIATE_EDUCATION)
                            ? kinds(form, record, ScreeningForm.INTERMEDIATE_EDUCATION_KIND) : "";
                    recordId = task(school, a, caseId, strategy, "YL-TIERS", Role.COUNSELING, null,
                            "輔導室依附表一輔導策略辦理：" + label + detail,
                            "The counselling office acts on the Schedule 1 strategy: " + strategy + detail, label, null,
                            calendar.plusSchoolDays(today, SCHOOL_WEEK), why, now);
                }
            }
            store.insertFollowUp(school, a.id(), strategy, kind, caseId, recordId, now, caller.userId());
        }
    }

    /** The case the follow-up hangs on: the student's open case under the module, or a new one. */
    private long caseFor(ScreeningStore.Assessment a, Row record, CountyPolicy policy, List<String> todo, Caller caller) {
        long school = caller.requireSchool();
        Optional<Long> open = store.openCaseOf(school, a.studentId(), record.policyId());
        if (open.isPresent()) {
            if (a.caseId() == null) {
                store.setCase(school, a.id(), open.get());
            }
            return open.get();
        }
        List<String> crisis = ScreeningForm.codes(record.data(), ScreeningForm.CRISIS_BY_COUNSELLOR);
        boolean concernRaised = todo.contains(ScreeningForm.CHILD_PROTECTION);
        List<CaseCategory> candidates = new ArrayList<>(policy.categories().stream()
                .filter(c -> crisis.contains(c.id())).toList());
        if (concernRaised) {
            candidates.sort((x, y) -> Boolean.compare(x.kind() == CaseKind.PROTECTIVE, y.kind() == CaseKind.PROTECTIVE));
        }
        if (candidates.isEmpty()) {
            throw InvalidInputException.of("fields." + ScreeningForm.CRISIS_BY_COUNSELLOR, "第四階段的輔導策略需開案追蹤，"
                    + "第三階段危機狀態須至少勾選一項高關懷群（不可僅勾選「其他」） (a strategy that needs follow-up opens a "
                    + "case under one of the counsellor's crisis states: tick a high-care group, not only 'other')");
        }
        long caseId = cases.open(new CaseInput(a.studentId(), candidates.get(0).id(),
                "附表一篩選第四階段輔導策略需追蹤，依第三階段危機狀態開案（篩選 #" + a.campaignId() + "）")).id();
        store.setCase(school, a.id(), caseId);
        LocalDate today = LocalDate.ofInstant(clock.instant(), TaiwanTime.TAIPEI);
        // The case's own "assess with 附表一" duty (YL-SCREEN on OPENED) is this very record.
        for (TaskView t : tasks.ofCase(school, caseId, today, clock.instant())) {
            if (record.formId().equals(t.produces()) && "OPEN".equals(t.status())) {
                tasks.complete(school, t.id(), t.version(), false, caller.userId(), clock.instant(),
                        "已於篩選 #" + a.campaignId() + " 完成附表一評估 (assessed in the screening)",
                        "form-records/" + record.id());
            }
        }
        return caseId;
    }

    private long task(long school, ScreeningStore.Assessment a, long caseId, String strategy, String ruleId, Role role,
                      Long assignee, String dutyZh, String dutyEn, String source, String produces, LocalDate dueOn,
                      String why, Instant now) {
        String key = "screening" + a.id() + "/" + strategy;
        escalationStore.insertTasks(school, List.of(new TaskDraft(key, key, false, caseId, null, a.studentId(), ruleId, -1,
                0, "screening stage4 " + strategy, why, role.name(), null, assignee, dutyZh, dutyEn, source, produces, now,
                "DATE", null, dueOn, null)));
        return store.taskId(school, key).orElseThrow();
    }

    /** The chosen kinds of a sub-choice (高關懷班, 資源式中途班…) as "（…）", or nothing. */
    private static String kinds(FormDefinition form, Row record, String field) {
        List<String> names = ScreeningForm.codes(record.data(), field).stream()
                .map(k -> ScreeningForm.text(record.data(), field, k).orElseGet(() -> label(form, field, k))).toList();
        return names.isEmpty() ? "" : "（" + String.join("、", names) + "）";
    }

    static String label(FormDefinition form, String field, String code) {
        return form.fields().filter(f -> f.key().equals(field)).findFirst().map(Field::options).orElse(List.of())
                .stream().filter(o -> o.code().equals(code)).findFirst().map(o -> o.label().zhTw()).orElse(code);
    }
}
