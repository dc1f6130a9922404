package tw.huixiao.platform.application.screening;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tw.huixiao.platform.application.AccessDeniedException;
import tw.huixiao.platform.application.Caller;
import tw.huixiao.platform.application.CaseService;
import tw.huixiao.platform.application.InvalidInputException;
import tw.huixiao.platform.application.InvalidInputException.FieldError;
import tw.huixiao.platform.application.RecordNotFoundException;
import tw.huixiao.platform.application.StateConflictException;
import tw.huixiao.platform.application.StudentAccess;
import tw.huixiao.platform.application.audit.AccessLog;
import tw.huixiao.platform.application.audit.RecordType;
import tw.huixiao.platform.application.forms.FormValidator;
import tw.huixiao.platform.domain.identity.Role;
import tw.huixiao.platform.domain.school.School;
import tw.huixiao.platform.domain.school.SchoolRepository;
import tw.huixiao.platform.domain.screening.ScreeningForm;
import tw.huixiao.platform.application.screening.ScreeningStore.Pupil;
import tw.huixiao.platform.application.forms.FormRecordStore;
import tw.huixiao.platform.application.policy.Policies;
import tw.huixiao.policy.spi.CountyPolicy;
import tw.huixiao.policy.spi.screening.ScreeningCampaign;
import tw.huixiao.policy.spi.ModuleVersion;
import tw.huixiao.policy.spi.SchoolRole;
import tw.huixiao.policy.spi.form.FormDefinition;
import tw.huixiao.policy.spi.form.SignOffStage;
import tw.huixiao.platform.domain.calendar.TaiwanTime;

/**
 * Screening campaigns (全面篩選, Yunlin YL-SCREEN): the counselling office (辦理單位：輔導室) or the
 * principal starts one for a class, or every class of a grade, of a school year and semester;
 * each enrolled student gets a 附表一 record of the module version newest at the start, with the
 * basic data prefilled (name, class, sex, birth date, the first guardian as carer with phone and
 * address, 家庭背景 from the student's record). The records are signed through the form-record
 * API in the form's order — 導師, 導師, 輔導人員, 單位主管 — and {@link ScreeningFollowUps} acts on
 * stage 4's strategy. The offices and the principal see every campaign; a 導師 sees the campaigns
 * of their classes with only their classes' students and progress. Every read, write and refusal
 * is in the access log (SCREENING; the records as FORM_RECORD).
 */
@ApplicationScoped
@Transactional
public class ScreeningService {

    /** Who starts campaigns. */
    static final Role[] ORGANISERS = {Role.COUNSELING, Role.PRINCIPAL};

    /** A new campaign: one class ({@code classId}) or a whole {@code grade} of the school year. */
    public record CampaignInput(Integer schoolYear, Integer semester, Long classId, Integer grade, LocalDate assessedOn,
                                String note) {
    }

    @Inject
    CaseService cases;

    @Inject
    StudentAccess students;

    @Inject
    SchoolRepository schools;

    @Inject
    Policies policies;

    @Inject
    ScreeningStore store;

    @Inject
    FormRecordStore records;

    @Inject
    AccessLog accessLog;

    @Inject
    Clock clock;

    public ScreeningView.Campaign start(CampaignInput input) {
        Caller caller = cases.bindCaller();
        long school = caller.requireSchool();
        if (!organises(caller)) {
            throw refused(null, "CREATE", "篩選由輔導室或校長發起 (the counselling office or the principal starts a screening)");
        }
        if (input == null) {
            throw InvalidInputException.of("body", "請求內容不可為空 (request body is required)");
        }
        List<FieldError> errors = new ArrayList<>();
        if (input.schoolYear() == null || input.schoolYear() < 100 || input.schoolYear() > 200) {
            errors.add(new FieldError("schoolYear", "請填寫學年度（民國，例如 114） (the ROC school year, e.g. 114)"));
        }
        if (input.semester() == null || input.semester() < 1 || input.semester() > 2) {
            errors.add(new FieldError("semester", "學期應為 1 或 2 (semester 1 or 2)"));
        }
        if ((input.classId() == null) == (input.grade() == null)) {
            errors.add(new FieldError("classId", "請指定一個班級（classId）或整個年級（grade），擇一 (a class or a grade, not both)"));
        }
        if (input.note() != null && input.note().length() > 2000) {
            errors.add(new FieldError("note", "說明最多 2000 字 (at most 2000 characters)"));
        }
        LocalDate assessedOn = input.assessedOn() == null ? today() : input.assessedOn();
        if (assessedOn.isAfter(today())) {
            errors.add(new FieldError("assessedOn", "評估日期不可晚於今天 (the assessment date cannot be in the future)"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        List<ScreeningStore.ClassRow> classes = store.classes(school, input.schoolYear(), input.grade(), input.classId());
        String scope = input.classId() != null ? "classId" : "grade";
        if (classes.isEmpty()) {
            throw InvalidInputException.of(scope, input.classId() != null ? "查無此班級 (no such class)"
                    : "此學年度沒有這個年級的班級 (no classes of this grade in the school year)");
        }
        if (classes.get(0).schoolYear() != input.schoolYear()) {
            throw InvalidInputException.of("classId", "此班級屬 " + classes.get(0).schoolYear() + " 學年度 (the class is of "
                    + "school year " + classes.get(0).schoolYear() + ")");
        }
        List<Pupil> pupils = store.pupils(school, classes.stream().map(ScreeningStore.ClassRow::id).toArray(Long[]::new));
        if (pupils.isEmpty()) {
            throw InvalidInputException.of(scope, "班級中沒有在學學生 (no enrolled students in the class or grade)");
        }
        if (store.alreadyScreened(school, input.schoolYear(), input.semester(),
                pupils.stream().map(Pupil::id).toArray(Long[]::new)) > 0) {
            throw new StateConflictException("這些學生已在本學期的篩選中 (these students are already in a screening of the "
                    + "school year and semester)");
        }
        School s = schools.find(school).orElseThrow();
        CountyPolicy policy = policies.forCounty(s.getCounty()).orElseThrow(() -> new StateConflictException(
                "本校所屬縣市尚無啟用的規範模組 (no active policy module serves this school's county)"));
        ScreeningCampaign campaign = policy.screening().orElseThrow(() -> new StateConflictException(
                "本縣市規範未訂全面篩選，無法篩選 (the county module declares no screening)"));
        FormDefinition form = policy.forms().stream().filter(f -> f.id().equals(campaign.formId()))
                .max(Comparator.comparingInt(FormDefinition::version)).orElseThrow(() -> new StateConflictException(
                        "本縣市規範沒有篩選所用的表單 " + campaign.formId() + "，無法篩選 (the county module has no screening form)"));
        Instant now = clock.instant();
        String policyVersion = policy.identity().version().toString();
        long id = store.insertCampaign(school, input.schoolYear(), input.semester(), input.grade(), input.classId(),
                policy.identity().id(), policyVersion, form.id(), form.version(), assessedOn,
                input.note() == null || input.note().isBlank() ? null : input.note().strip(), now, caller.userId());
        for (Pupil p : pupils) {
            long assessment = store.insertAssessment(school, id, p.id(), p.classId());
            JsonObject data = prefilled(form, campaign, p, assessedOn);
            records.insert(school, FormRecordStore.Subject.ofScreening(assessment), form.id(), form.version(),
                    policy.identity().id(), policyVersion, 1, null, null, null, data, now, caller.userId());
        }
        accessLog.wrote(null, RecordType.SCREENING, id, "CREATE");
        return view(caller, store.campaign(school, id).orElseThrow());
    }

    /** The campaigns the caller may see, newest first (of one school year if given). */
    public List<ScreeningView.Campaign> list(Integer schoolYear) {
        Caller caller = cases.bindCaller();
        students.requireSomeStudentAccess(caller);
        List<ScreeningView.Campaign> found = store.campaigns(caller.requireSchool(), schoolYear).stream()
                .map(c -> view(caller, c)).filter(c -> c.progress().students() > 0 || students.seesWholeSchool(caller))
                .toList();
        accessLog.read(null, RecordType.SCREENING, null);
        return found;
    }

    public ScreeningView.Campaign get(long id) {
        Caller caller = cases.bindCaller();
        ScreeningView.Campaign found = view(caller, visible(caller, id, "READ"));
        accessLog.read(null, RecordType.SCREENING, id);
        return found;
    }

    /** The campaign's students the caller may see (a 導師: their classes'), by class and seat. */
    public List<ScreeningView.Assessment> assessments(long campaignId) {
        return assessments(campaignId, 0, Integer.MAX_VALUE);
    }

    /** A page of {@link #assessments(long)}, for a lazy grid. */
    public List<ScreeningView.Assessment> assessments(long campaignId, int offset, int limit) {
        Caller caller = cases.bindCaller();
        ScreeningStore.Campaign campaign = visible(caller, campaignId, "READ");
        long school = caller.requireSchool();
        List<ScreeningStore.Assessment> rows = store.assessments(school, campaignId, teacherFilter(caller), offset, limit);
        Map<Long, FormRecordStore.Row> current = currentRecords(school, rows);
        Map<Long, Integer> signed = store.stagesSigned(school,
                current.values().stream().map(FormRecordStore.Row::id).toArray(Long[]::new));
        Screening screening = screening(campaign);
        List<SignOffStage> chain = screening.form().signOff();
        List<ScreeningView.Assessment> found = new ArrayList<>();
        for (ScreeningStore.Assessment a : rows) {
            FormRecordStore.Row record = current.get(a.id());
            int stages = signed.getOrDefault(record.id(), 0);
            SignOffStage next = stages < chain.size() ? chain.get(stages) : null;
            found.add(new ScreeningView.Assessment(a.id(), a.campaignId(), a.studentId(), a.studentName(), a.seatNumber(),
                    a.classId(), a.className(), record.id(), record.status(), record.version(), stages,
                    next == null ? null : next.key(), next == null ? null : next.title().zhTw(),
                    next == null ? List.of() : next.roles().stream().map(SchoolRole::name).sorted().toList(),
                    screening.rules().outcome(stages, record.data()).name(), a.caseId(),
                    store.followUps(school, a.id()).stream().map(f -> new ScreeningView.FollowUp(f.strategy(), f.kind(),
                            f.caseId(), f.recordId(), f.createdAt())).toList()));
        }
        accessLog.read(null, RecordType.SCREENING, campaignId);
        return found;
    }

    /** How many students of the campaign the caller sees (not logged: counts only). */
    public int assessmentCount(long campaignId) {
        Caller caller = cases.bindCaller();
        visible(caller, campaignId, "READ");
        return store.assessmentCount(caller.requireSchool(), campaignId, teacherFilter(caller));
    }

    /** The campaign a screening's 附表一 belongs to, if the caller may see that student's record. */
    public long campaignOf(long assessmentId) {
        Caller caller = cases.bindCaller();
        students.requireSomeStudentAccess(caller);
        return store.assessment(caller.requireSchool(), assessmentId)
                .filter(a -> students.seesWholeSchool(caller)
                        || a.homeroomTeacherId() != null && a.homeroomTeacherId() == caller.userId())
                .map(ScreeningStore.Assessment::campaignId)
                .orElseThrow(() -> {
                    accessLog.refused(null, RecordType.SCREENING, null, "READ",
                            "查無篩選或無權檢視 (no such screening visible to the caller)");
                    return new RecordNotFoundException("screening assessment", assessmentId);
                });
    }

    /** Whether the caller's school's county module screens with 附表一 (the screens show only then). */
    public boolean available() {
        Caller caller = cases.bindCaller();
        return schools.find(caller.requireSchool()).flatMap(s -> policies.forCounty(s.getCounty()))
                .flatMap(ScreeningForm::of).isPresent();
    }

    /**
     * The rule id of the caller's school's county screening and of its roster, for the screens'
     * headings (SPI 1.6 {@code screening()}); empty where the county does not screen.
     */
    public Optional<ScreeningCampaign> campaignOfCounty() {
        Caller caller = cases.bindCaller();
        return schools.find(caller.requireSchool()).flatMap(s -> policies.forCounty(s.getCounty()))
                .flatMap(CountyPolicy::screening);
    }

    /** The screening a module version declares (the module of a campaign), if it is loaded and screens. */
    public Optional<ScreeningCampaign> rulesOf(String policyId, String policyVersion) {
        return policies.find(policyId, ModuleVersion.parse(policyVersion)).flatMap(CountyPolicy::screening);
    }

    /** A campaign's module's screening and the version of its form the campaign started with. */
    private record Screening(FormDefinition form, ScreeningForm rules) {
    }

    private Screening screening(ScreeningStore.Campaign c) {
        CountyPolicy policy = policies.find(c.policyId(), ModuleVersion.parse(c.policyVersion())).orElseThrow(
                () -> new StateConflictException("篩選所依據的規範 " + c.policyId() + " " + c.policyVersion()
                        + " 未啟用 (the campaign's module is not loaded)"));
        FormDefinition form = policy.forms().stream().filter(f -> f.id().equals(c.formId())
                && f.version() == c.formVersion()).findFirst().orElseThrow();
        ScreeningCampaign campaign = policy.screening().orElseThrow(() -> new StateConflictException(
                "篩選所依據的規範 " + c.policyId() + " " + c.policyVersion() + " 未訂全面篩選 (the module declares no screening)"));
        return new Screening(form, ScreeningForm.of(campaign, form));
    }

    /** Whether the caller starts campaigns and generates rosters (輔導室 or 校長): the service's own rule. */
    public static boolean organises(Caller caller) {
        return caller.hasAny(ORGANISERS);
    }

    /** A class to screen (for the organisers' start form). */
    public record ClassChoice(long id, int schoolYear, int grade, String name) {
    }

    /** The school's classes, newest school year first, for those who start campaigns. */
    public List<ClassChoice> classes() {
        Caller caller = cases.bindCaller();
        if (!organises(caller)) {
            throw refused(null, "READ", "篩選由輔導室或校長發起 (the counselling office or the principal starts a screening)");
        }
        return store.allClasses(caller.requireSchool()).stream()
                .map(c -> new ClassChoice(c.id(), c.schoolYear(), c.grade(), c.name())).toList();
    }

    /** The campaign if the caller may see it: the offices and the principal, or a 導師 of one of its classes. */
    private ScreeningStore.Campaign visible(Caller caller, long id, String action) {
        students.requireSomeStudentAccess(caller);
        long school = caller.requireSchool();
        return store.campaign(school, id)
                .filter(c -> students.seesWholeSchool(caller) || !store.assessments(school, id, caller.userId()).isEmpty())
                .orElseThrow(() -> {
                    accessLog.refused(null, RecordType.SCREENING, id, action,
                            "查無篩選或無權檢視 (no such screening visible to the caller)");
                    return new RecordNotFoundException("screening campaign", id);
                });
    }

    /** A 導師 who does not see the whole school sees only their own classes. */
    private Long teacherFilter(Caller caller) {
        return students.seesWholeSchool(caller) ? null : caller.userId();
    }

    private ScreeningView.Campaign view(Caller caller, ScreeningStore.Campaign c) {
        long school = caller.requireSchool();
        List<ScreeningStore.Assessment> rows = store.assessments(school, c.id(), teacherFilter(caller));
        Map<Long, FormRecordStore.Row> current = currentRecords(school, rows);
        Map<Long, Integer> signed = store.stagesSigned(school,
                current.values().stream().map(FormRecordStore.Row::id).toArray(Long[]::new));
        Map<Long, ScreeningView.ClassProgress> classes = new LinkedHashMap<>();
        ScreeningForm screening = screening(c).rules();
        List<String> stageKeys = java.util.stream.IntStream.rangeClosed(0, screening.stages()).mapToObj(String::valueOf)
                .toList();
        Map<String, Integer> byStage = counters(stageKeys);
        Map<String, Integer> byOutcome = counters(outcomes());
        for (ScreeningStore.Assessment a : rows) {
            FormRecordStore.Row record = current.get(a.id());
            int stages = signed.getOrDefault(record.id(), 0);
            String outcome = screening.outcome(stages, record.data()).name();
            ScreeningView.ClassProgress cp = classes.computeIfAbsent(a.classId(), k -> new ScreeningView.ClassProgress(
                    a.classId(), a.className(), 0, counters(stageKeys), counters(outcomes())));
            classes.put(a.classId(), new ScreeningView.ClassProgress(cp.classId(), cp.className(), cp.students() + 1,
                    cp.byStage(), cp.byOutcome()));
            cp.byStage().merge(String.valueOf(stages), 1, Integer::sum);
            cp.byOutcome().merge(outcome, 1, Integer::sum);
            byStage.merge(String.valueOf(stages), 1, Integer::sum);
            byOutcome.merge(outcome, 1, Integer::sum);
        }
        return new ScreeningView.Campaign(c.id(), c.schoolYear(), c.semester(), c.grade(), c.classId(), c.className(),
                c.policyId(), c.policyVersion(), c.formId(), c.formVersion(), c.assessedOn(), c.note(), c.createdAt(),
                c.createdBy(), new ScreeningView.Progress(rows.size(), byStage, byOutcome, List.copyOf(classes.values())),
                c.version());
    }

    private Map<Long, FormRecordStore.Row> currentRecords(long school, List<ScreeningStore.Assessment> rows) {
        Map<Long, FormRecordStore.Row> current = new LinkedHashMap<>();
        if (!rows.isEmpty()) {
            for (FormRecordStore.Row r : records.currentOfScreenings(school,
                    rows.stream().map(ScreeningStore.Assessment::id).toArray(Long[]::new))) {
                current.put(r.screeningAssessmentId(), r);
            }
        }
        return current;
    }

    private static List<String> outcomes() {
        return java.util.Arrays.stream(ScreeningForm.Outcome.values()).map(Enum::name).toList();
    }

    private static Map<String, Integer> counters(List<String> keys) {
        Map<String, Integer> counters = new LinkedHashMap<>();
        keys.forEach(k -> counters.put(k, 0));
        return counters;
    }

    /** 附表一's basic data from the student's record, normalised by the form's own validation. */
    static JsonObject prefilled(FormDefinition form, ScreeningCampaign campaign, Pupil p, LocalDate assessedOn) {
        JsonObjectBuilder data = Json.createObjectBuilder()
                .add("studentName", p.name())
                .add("assessmentDate", assessedOn.toString())
                .add("sex", "F".equals(p.gender()) ? "女" : "男")
                .add("birthDate", p.birthDate().toString())
                .add("className", p.className());
        if (p.carerName() != null) {
            data.add("primaryCarer", p.carerName());
            if (p.carerRelation() != null) {
                data.add("carerRelationship", p.carerRelation());
            }
            if (p.phone() != null) {
                data.add("phone", p.phone());
            }
            if (p.address() != null) {
                data.add("address", p.address());
            }
        }
        JsonArrayBuilder background = Json.createArrayBuilder();
        if (p.indigenous()) {
            background.add("INDIGENOUS");
        }
        if (p.singleParent()) {
            background.add("SINGLE_PARENT");
        }
        if (p.grandparentCare()) {
            background.add("GRANDPARENTS");
        }
        if (p.newImmigrant()) {
            background.add("NEW_IMMIGRANT");
        }
        if (campaign.familyBackgroundField() != null) {
            data.add(campaign.familyBackgroundField(), background);
        }
        FormValidator.Result checked = FormValidator.validate(form, data.build(),
                FormValidator.deferredFields(form, Set.of()));
        if (!checked.valid()) {
            throw new IllegalStateException(form.id() + " prefill does not fit the module's form: " + checked.errors());
        }
        return checked.data();
    }

    private AccessDeniedException refused(Long id, String action, String message) {
        accessLog.refused(null, RecordType.SCREENING, id, action, message);
        return new AccessDeniedException(message);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), TaiwanTime.TAIPEI);
    }
}
