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
import tw.huixiao.policy.spi.LocalizedText;
import tw.huixiao.policy.spi.SchoolRole;
import tw.huixiao.policy.spi.ModuleVersion;
import tw.huixiao.policy.spi.casework.Agency;
import tw.huixiao.policy.spi.casework.AgencyKind;
import tw.huixiao.policy.spi.detection.CaseCategory;
import tw.huixiao.policy.spi.detection.CaseKind;
import tw.huixiao.policy.spi.form.Field;
import tw.huixiao.policy.spi.form.FormDefinition;
import tw.huixiao.policy.spi.form.SignOffStage;
import tw.huixiao.policy.spi.screening.ScreeningCampaign;
import tw.huixiao.policy.spi.screening.ScreeningFollowUp;
import tw.huixiao.schedule.SchoolCalendar;
import tw.huixiao.platform.domain.calendar.TaiwanTime;

/**
 * What a stamped strategy stage of a screening form starts, in the stamping transaction, once per
 * student and strategy (a corrected and re-stamped record adds only new strategies). Each strategy
 * does what the module's {@link ScreeningFollowUp} says (SPI 1.6, e.g. Yunlin's 附表一 stage 4 under
 * YL-SCREEN): a task of the responsible role due in school days (the 導師's goes to the student's
 * homeroom teacher; a task producing a form reuses an open duty of the case that already produces
 * it), a protective concern whose 24-hour reports run from the stamp, or a draft referral to the
 * module's counselling centre (a task when it has none); watch-only strategies start nothing.
 * Tasks, referrals and concerns hang on a case: the student's open case under the module if there
 * is one, else a case opened now under the first of the counsellor's crisis states that is a
 * category of the module (module order; the protective category last when a protective concern is
 * raised anyway, so its 24-hour duties are not laid out twice). Opening it lays out the county's
 * duties for that category like any case; its own duty producing the screening form is done by this
 * record. A student screened as high-care thus becomes a case the ladder, the roster and the
 * referral flow know, and the counsellor never retypes the screening.
 */
@ApplicationScoped
public class ScreeningFollowUps {

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
        CountyPolicy policy = policies.find(record.policyId(), ModuleVersion.parse(record.policyVersion())).orElseThrow();
        FormDefinition form = policy.forms().stream().filter(f -> f.id().equals(record.formId())
                && f.version() == record.formVersion()).findFirst().orElseThrow();
        ScreeningCampaign campaign = policy.screening().orElseThrow(() -> new IllegalStateException(
                record.policyId() + " " + record.policyVersion() + " declares no screening"));
        ScreeningForm screening = ScreeningForm.of(campaign, form);
        Set<String> done = store.followUps(school, a.id()).stream().map(ScreeningStore.FollowUp::strategy)
                .collect(Collectors.toSet());
        List<String> todo = screening.activeStrategies(record.data()).stream().filter(s -> !done.contains(s)).toList();
        if (todo.isEmpty()) {
            return;
        }
        long caseId = caseFor(a, record, policy, screening, todo, caller);
        School s = schools.find(school).orElseThrow();
        SchoolCalendar calendar = calendars.schoolCalendar(school, s.getCounty().value());
        LocalDate today = LocalDate.ofInstant(clock.instant(), TaiwanTime.TAIPEI);
        Instant now = clock.instant();
        LocalizedText stage = form.signOff().stream().filter(st -> st.key().equals(campaign.strategyStage()))
                .map(SignOffStage::title).findFirst().orElse(form.title());
        String why = form.title().zhTw() + "：" + stage.zhTw() + "（篩選 #" + a.campaignId() + "，紀錄 #" + record.id()
                + "）｜" + form.title().en() + ": " + stage.en() + " (screening #" + a.campaignId() + ")";
        for (String strategy : todo) {
            ScreeningFollowUp followUp = campaign.followUp(strategy).orElseThrow(() -> new IllegalStateException(
                    campaign.ruleId() + ": no follow-up for strategy " + strategy));
            // "需轉介中輟外展服務(單位：_____)" with the unit written in, and the sub-choices named.
            Optional<String> named = ScreeningForm.text(record.data(), campaign.strategyField(), strategy);
            String blank = label(form, campaign.strategyField(), strategy);
            String label = named.map(t -> blank.replaceFirst("_+", java.util.regex.Matcher.quoteReplacement(t)))
                    .orElse(blank.replace("_", ""));
            String blankEn = labelEn(form, campaign.strategyField(), strategy);
            String labelEn = named.map(t -> blankEn.replaceFirst("_+", java.util.regex.Matcher.quoteReplacement(t)))
                    .orElse(blankEn.replace("_", "").strip());
            String detail = followUp.detailField() == null ? "" : kinds(form, record, followUp.detailField());
            String dutyZh = fill(followUp.duty().zhTw(), label + detail);
            String dutyEn = fill(followUp.duty().en(), labelEn + detail);
            String kind;
            long recordId;
            switch (followUp.action()) {
                case PROTECTIVE_CONCERN -> {
                    kind = "PROTECTIVE_CONCERN";
                    recordId = concerns.raise(caseId, new ProtectiveConcernService.Input("OTHER",
                            dutyZh + "（篩選 #" + a.campaignId() + "，紀錄 #" + record.id()
                                    + "）；請輔導室補充事件類別與情形 (raised by the screening; the counselling office "
                                    + "completes the kind and details)", null)).id();
                }
                case COUNSELLING_REFERRAL -> {
                    Optional<Agency> centre = policy.agencies().stream()
                            .filter(g -> g.kind() == AgencyKind.COUNSELLING_CENTRE).findFirst();
                    if (centre.isPresent()) {
                        kind = "REFERRAL";
                        recordId = referrals.draft(caseId, new ReferralInputs.Draft(centre.get().id(),
                                dutyZh + "（篩選 #" + a.campaignId() + "）", null, null)).id();
                    } else {
                        kind = "TASK";
                        recordId = task(school, a, caseId, followUp, null, dutyZh, dutyEn, label,
                                calendar.plusSchoolDays(today, followUp.schoolDays()), why, now);
                    }
                }
                default -> {
                    kind = "TASK";
                    Optional<Long> laidOut = followUp.produces() == null ? Optional.empty()
                            : store.openTaskProducing(school, caseId, followUp.produces());
                    Long assignee = followUp.responsible() == SchoolRole.HOMEROOM_TEACHER ? a.homeroomTeacherId() : null;
                    recordId = laidOut.isPresent() ? laidOut.get() : task(school, a, caseId, followUp, assignee, dutyZh,
                            dutyEn, label, calendar.plusSchoolDays(today, followUp.schoolDays()), why, now);
                }
            }
            store.insertFollowUp(school, a.id(), strategy, kind, caseId, recordId, now, caller.userId());
        }
    }

    /** The module's wording with the strategy's label in place of {strategy}, or after it. */
    static String fill(String wording, String label) {
        return wording.contains("{strategy}") ? wording.replace("{strategy}", label) : wording + label;
    }

    /** The case the follow-up hangs on: the student's open case under the module, or a new one. */
    private long caseFor(ScreeningStore.Assessment a, Row record, CountyPolicy policy, ScreeningForm screening,
                         List<String> todo, Caller caller) {
        long school = caller.requireSchool();
        Optional<Long> open = store.openCaseOf(school, a.studentId(), record.policyId());
        if (open.isPresent()) {
            if (a.caseId() == null) {
                store.setCase(school, a.id(), open.get());
            }
            return open.get();
        }
        ScreeningCampaign campaign = screening.campaign();
        List<String> crisis = ScreeningForm.codes(record.data(), campaign.crisisField());
        boolean concernRaised = todo.stream().anyMatch(t -> campaign.followUp(t)
                .filter(f -> f.action() == ScreeningFollowUp.Action.PROTECTIVE_CONCERN).isPresent());
        List<CaseCategory> candidates = new ArrayList<>(policy.categories().stream()
                .filter(c -> crisis.contains(c.id())).toList());
        if (concernRaised) {
            candidates.sort((x, y) -> Boolean.compare(x.kind() == CaseKind.PROTECTIVE, y.kind() == CaseKind.PROTECTIVE));
        }
        if (candidates.isEmpty()) {
            throw InvalidInputException.of("fields." + campaign.crisisField(), "輔導策略需開案追蹤，"
                    + "輔導人員評估之危機狀態須至少勾選一項高關懷群（不可僅勾選「其他」） (a strategy that needs follow-up opens a "
                    + "case under one of the counsellor's crisis states: tick a high-care group, not only 'other')");
        }
        long caseId = cases.open(new CaseInput(a.studentId(), candidates.get(0).id(),
                "篩選之輔導策略需追蹤，依輔導人員評估之危機狀態開案（篩選 #" + a.campaignId() + "）")).id();
        store.setCase(school, a.id(), caseId);
        LocalDate today = LocalDate.ofInstant(clock.instant(), TaiwanTime.TAIPEI);
        // The case's own duty producing the screening form (e.g. Yunlin's YL-SCREEN on OPENED) is this very record.
        for (TaskView t : tasks.ofCase(school, caseId, today, clock.instant())) {
            if (record.formId().equals(t.produces()) && "OPEN".equals(t.status())) {
                tasks.complete(school, t.id(), t.version(), false, caller.userId(), clock.instant(),
                        "已於篩選 #" + a.campaignId() + " 完成附表一評估 (assessed in the screening)",
                        "form-records/" + record.id());
            }
        }
        return caseId;
    }

    private long task(long school, ScreeningStore.Assessment a, long caseId, ScreeningFollowUp followUp, Long assignee,
                      String dutyZh, String dutyEn, String source, LocalDate dueOn, String why, Instant now) {
        String strategy = followUp.strategy();
        String key = "screening" + a.id() + "/" + strategy;
        Role role = Role.valueOf(followUp.responsible().name());
        escalationStore.insertTasks(school, List.of(new TaskDraft(key, key, false, caseId, null, a.studentId(),
                followUp.ruleId().value(), -1, 0, "screening strategy " + strategy, why, role.name(), null, assignee, dutyZh,
                dutyEn, source, followUp.produces(), now, "DATE", null, dueOn, null)));
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

    static String labelEn(FormDefinition form, String field, String code) {
        return form.fields().filter(f -> f.key().equals(field)).findFirst().map(Field::options).orElse(List.of())
                .stream().filter(o -> o.code().equals(code)).findFirst().map(o -> o.label().en()).orElse(code);
    }
}
