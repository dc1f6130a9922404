package tw.huixiao.platform.application.screening;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
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
import tw.huixiao.platform.application.AccessDeniedException;
import tw.huixiao.platform.application.Caller;
import tw.huixiao.platform.application.CaseService;
import tw.huixiao.platform.application.InvalidInputException;
import tw.huixiao.platform.application.RecordNotFoundException;
import tw.huixiao.platform.application.StateConflictException;
import tw.huixiao.platform.application.StudentAccess;
import tw.huixiao.platform.application.audit.AccessLog;
import tw.huixiao.platform.application.audit.RecordType;
import tw.huixiao.platform.application.documents.RocDate;
import tw.huixiao.platform.application.exports.TableExport;
import tw.huixiao.platform.application.forms.ChoiceLabels;
import tw.huixiao.platform.application.forms.FormRecordService;
import tw.huixiao.platform.application.forms.FormRecordView;
import tw.huixiao.platform.application.forms.FormValidator;
import tw.huixiao.platform.domain.school.SchoolRepository;
import tw.huixiao.platform.domain.screening.NameMask;
import tw.huixiao.platform.domain.screening.RosterRows;
import tw.huixiao.platform.domain.screening.ScreeningForm;
import tw.huixiao.platform.application.forms.FormRecordStore;
import tw.huixiao.platform.application.policy.Policies;
import tw.huixiao.policy.spi.CountyPolicy;
import tw.huixiao.policy.spi.screening.ScreeningRoster;
import tw.huixiao.policy.spi.form.Field;
import tw.huixiao.policy.spi.form.FormDefinition;
import tw.huixiao.platform.domain.calendar.TaiwanTime;

/**
 * The school-year roster of high-care students (附表二, YL-ROSTER), generated — never typed — from
 * each student's current 附表一 whose stage 4 was stamped in the school year (a campaign's year for
 * a screening; the stamp's date for a case's own 附表一) with a strategy that needs follow-up; the
 * latest per student. Only masked names ({@link NameMask}) enter the stored data or the API.
 * Stamped 承辦人 → 主任 → 校長 through the form-record API. Regenerating rewrites a roster nobody
 * signed yet and otherwise makes a new revision (the signed one stays, SUPERSEDED); nothing
 * changes when the data did not. Open cases of the module whose student is not listed yet are
 * named as pending (masked), since their 附表一 is not stamped. The counselling office and the
 * principal generate it; the offices and the principal read it; every access is logged (ROSTER).
 */
@ApplicationScoped
@Transactional
public class RosterService {

    /** A roster and what keeps students off it; {@code record} is the current revision of its 附表二 record. */
    public record RosterView(long rosterId, int schoolYear, FormRecordView record, List<Pending> pending) {
    }

    /** An open case of the module whose student is not on the roster: their 附表一 is not stamped yet. */
    public record Pending(long caseId, String maskedName, String categoryId, String reason) {
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
    FormRecordService formRecords;

    @Inject
    AccessLog accessLog;

    @Inject
    Clock clock;

    public RosterView generate(Integer schoolYear) {
        Caller caller = cases.bindCaller();
        long school = caller.requireSchool();
        if (!caller.hasAny(ScreeningService.ORGANISERS)) {
            throw refused(schoolYear, "GENERATE", "名冊由輔導室或校長產生 (the counselling office or the principal generates "
                    + "the roster)");
        }
        int year = checkYear(schoolYear);
        CountyPolicy policy = policies.forCounty(schools.find(school).orElseThrow().getCounty())
                .orElseThrow(() -> new StateConflictException(
                        "本校所屬縣市尚無啟用的規範模組 (no active policy module serves this school's county)"));
        long rosterId = write(school, year, policy, caller.userId());
        accessLog.wrote(null, RecordType.ROSTER, rosterId, "GENERATE");
        return view(caller, rosterId, year, policy.identity().id());
    }

    /** Writes the school year's roster (bound school): a first record, the draft rewritten, or a new revision. */
    long write(long school, int year, CountyPolicy policy, long by) {
        ScreeningForm screening = ScreeningForm.of(policy).orElseThrow(() -> new StateConflictException(
                "本縣市規範未訂全面篩選 (the county module declares no screening)"));
        ScreeningRoster roster = screening.campaign().rosterForm().orElseThrow(() -> new StateConflictException(
                "本縣市規範未訂高關懷學生名冊 (the county module keeps no screening roster)"));
        FormDefinition rosterForm = newest(policy, roster.formId()).orElseThrow(() -> new StateConflictException(
                "本縣市規範沒有名冊表單 " + roster.formId() + " (the county module has no roster form)"));
        FormDefinition assessmentForm = newest(policy, screening.formId()).orElseThrow(() -> new StateConflictException(
                "本縣市規範沒有篩選表單 " + screening.formId() + " (the county module has no screening form)"));
        JsonObject data = data(school, year, screening, roster, assessmentForm);
        FormValidator.Result checked = FormValidator.validate(rosterForm, data);
        if (!checked.valid()) {
            throw new StateConflictException(year + " 學年度尚無篩選之輔導策略已核章且需輔導處遇的學生，名冊無資料可產生 "
                    + "(no student of the school year has a stamped screening strategy that needs follow-up)");
        }
        Instant now = clock.instant();
        String policyVersion = policy.identity().version().toString();
        long rosterId = store.roster(school, year).map(ScreeningStore.Roster::id).orElseGet(() ->
                store.insertRoster(school, year, policy.identity().id(), policyVersion, now, by));
        FormRecordStore.Subject subject = FormRecordStore.Subject.ofRoster(rosterId);
        var current = records.currentOfRoster(school, rosterId);
        if (current.isEmpty()) {
            records.insert(school, subject, rosterForm.id(), rosterForm.version(), policy.identity().id(), policyVersion,
                    1, null, null, null, checked.data(), now, by);
        } else if (!current.get().data().equals(checked.data())) {
            FormRecordStore.Row row = current.get();
            if (records.signatures(school, row.id()).isEmpty()) {
                records.update(school, row.id(), row.version(), checked.data(), now, by);
            } else {
                long revision = records.insert(school, subject, row.formId(), row.formVersion(), row.policyId(),
                        row.policyVersion(), row.revision() + 1, row.chainId(), row.id(),
                        "名冊重新產生：篩選表資料異動 (regenerated after the screening forms changed)", checked.data(), now, by);
                records.supersede(school, row.id(), row.version(), by, now, revision);
            }
        }
        return rosterId;
    }

    public RosterView get(int schoolYear) {
        Caller caller = cases.bindCaller();
        ScreeningStore.Roster roster = readable(caller, schoolYear, "READ");
        accessLog.read(null, RecordType.ROSTER, roster.id());
        return view(caller, roster.id(), schoolYear, roster.policyId());
    }

    /**
     * The current revision of the school year's roster as a spreadsheet for the offices (issue 9
     * §5): 附表二's columns with the form's own headings (姓名(以匿名處理,例:黃○進) …), dates in ROC
     * form, the options in words — masked names only, as stored. One access-log row (EXPORT)
     * names the record, its revision and how many students left the service.
     */
    public TableExport.File export(int schoolYear, TableExport.Format format) {
        Caller caller = cases.bindCaller();
        ScreeningStore.Roster roster = readable(caller, schoolYear, "EXPORT");
        FormRecordStore.Row current = records.currentOfRoster(caller.requireSchool(), roster.id()).orElseThrow();
        FormDefinition form = formRecords.form(current.policyId(), current.policyVersion(), current.formId(),
                current.formVersion());
        List<Field> columns = form.fields().filter(f -> f.key().equals(ScreeningRoster.STUDENTS)).findFirst()
                .orElseThrow().columns();
        List<List<Object>> rows = new ArrayList<>();
        for (JsonValue student : current.data().getJsonArray(ScreeningRoster.STUDENTS)) {
            rows.add(columns.stream().map(c -> (Object) cell(c, student.asJsonObject().get(c.key()))).toList());
        }
        TableExport.File file = new TableExport("roster-" + schoolYear, schoolYear + "學年度高關懷學生名冊",
                columns.stream().map(c -> c.label().zhTw()).toList(), rows).write(format);
        accessLog.exported(RecordType.ROSTER, "format=" + format.extension() + "; schoolYear=" + schoolYear
                + "; record=" + current.id() + " revision " + current.revision() + "; students=" + rows.size());
        return file;
    }

    private static String cell(Field column, JsonValue value) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        return switch (column.type()) {
            case DATE -> RocDate.numeric(LocalDate.parse(((JsonString) value).getString()));
            case SINGLE_CHOICE, MULTI_CHOICE -> ChoiceLabels.of(column, value, false);
            default -> value instanceof JsonString s ? s.getString() : value.toString();
        };
    }

    /** The school year's roster, for the offices and the principal; refusals and absence are logged. */
    private ScreeningStore.Roster readable(Caller caller, int schoolYear, String action) {
        if (!students.seesWholeSchool(caller)) {
            throw refused(schoolYear, action, "名冊由處室人員與校長查閱 (the offices and the principal read the roster)");
        }
        return store.roster(caller.requireSchool(), schoolYear).orElseThrow(() -> {
            accessLog.refused(null, RecordType.ROSTER, null, action, "此學年度尚無名冊 (no roster for the school year)");
            return new RecordNotFoundException("roster", schoolYear);
        });
    }

    private RosterView view(Caller caller, long rosterId, int year, String policyId) {
        long school = caller.requireSchool();
        FormRecordStore.Row current = records.currentOfRoster(school, rosterId).orElseThrow();
        Optional<ScreeningForm> screening = policies.forCounty(schools.find(school).orElseThrow().getCounty())
                .flatMap(ScreeningForm::of);
        Map<Long, ScreeningStore.Stamped> stamped = screening.isEmpty() ? Map.of() : latestStamped(school, year, screening.get());
        List<Pending> pending = store.openCases(school, policyId).stream()
                .filter(k -> !stamped.containsKey(k.studentId())
                        || screening.get().activeStrategies(stamped.get(k.studentId()).data()).isEmpty())
                .map(k -> new Pending(k.caseId(), NameMask.mask(k.studentName()), k.categoryId(),
                        "篩選表尚未完成輔導策略核章，或輔導策略無需處遇 (the screening strategy is not stamped, or needs no "
                                + "follow-up)"))
                .toList();
        return new RosterView(rosterId, year, formRecords.get(current.id()), pending);
    }

    /** The roster's data: the latest stamped 附表一 of each student in the year, those needing follow-up. */
    private JsonObject data(long school, int year, ScreeningForm screening, ScreeningRoster roster,
                            FormDefinition assessmentForm) {
        List<RosterRows.Entry> entries = latestStamped(school, year, screening).values().stream()
                .filter(s -> !screening.activeStrategies(s.data()).isEmpty())
                .map(s -> new RosterRows.Entry(LocalDate.ofInstant(s.stampedAt(), TaiwanTime.TAIPEI), s.grade(),
                        s.studentName(), s.data()))
                .toList();
        return RosterRows.roster(screening, roster, year, entries,
                (field, code) -> ScreeningFollowUps.label(assessmentForm, field, code));
    }

    private Map<Long, ScreeningStore.Stamped> latestStamped(long school, int year, ScreeningForm screening) {
        LocalDate first = LocalDate.of(year + 1911, 8, 1);
        LocalDate last = LocalDate.of(year + 1912, 7, 31);
        Map<Long, ScreeningStore.Stamped> latest = new LinkedHashMap<>();
        store.stamped(school, screening.formId(), screening.campaign().strategyStage()).stream()
                .filter(s -> s.campaignYear() != null ? s.campaignYear() == year : inYear(s.stampedAt(), first, last))
                .sorted(Comparator.comparing(ScreeningStore.Stamped::stampedAt))
                .forEach(s -> latest.put(s.studentId(), s));
        return latest;
    }

    private static boolean inYear(Instant at, LocalDate first, LocalDate last) {
        LocalDate day = LocalDate.ofInstant(at, TaiwanTime.TAIPEI);
        return !day.isBefore(first) && !day.isAfter(last);
    }

    private static java.util.Optional<FormDefinition> newest(CountyPolicy policy, String formId) {
        return policy.forms().stream().filter(f -> f.id().equals(formId))
                .max(Comparator.comparingInt(FormDefinition::version));
    }

    private static int checkYear(Integer schoolYear) {
        if (schoolYear == null || schoolYear < 100 || schoolYear > 200) {
            throw InvalidInputException.of("schoolYear", "請填寫學年度（民國，例如 114） (the ROC school year, e.g. 114)");
        }
        return schoolYear;
    }

    private AccessDeniedException refused(Integer schoolYear, String action, String message) {
        accessLog.refused(null, RecordType.ROSTER, null, action, message);
        return new AccessDeniedException(message);
    }
}
