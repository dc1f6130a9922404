package tw.huixiao.platform.application.screening;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import tw.huixiao.platform.application.Caller;
import tw.huixiao.platform.application.StudentAccess;
import tw.huixiao.platform.application.forms.RecordSubjects;
import tw.huixiao.platform.domain.identity.Role;
import tw.huixiao.platform.application.forms.FormRecordStore.Row;
import tw.huixiao.platform.application.policy.Policies;
import tw.huixiao.policy.spi.CountyPolicy;
import tw.huixiao.policy.spi.ModuleVersion;
import tw.huixiao.policy.spi.form.SignOffStage;

/**
 * Form records of screenings and rosters, for the form-record API: a screening form (e.g. Yunlin's
 * 附表一) is seen by the offices and the principal, and by the 導師 of the class the student was
 * screened in — nobody else; a roster (masked names only) by the offices and the principal, and
 * nobody edits it: it is regenerated ({@link RosterService}). Stamping the module's strategy stage
 * starts what its strategies ask ({@link ScreeningFollowUps}).
 */
@ApplicationScoped
public class ScreeningRecords implements RecordSubjects {

    @Inject
    StudentAccess students;

    @Inject
    ScreeningStore store;

    @Inject
    ScreeningFollowUps followUps;

    @Inject
    Policies policies;

    @Override
    public boolean visible(Row row, Caller caller) {
        if (students.seesWholeSchool(caller)) {
            return true;
        }
        if (row.screeningAssessmentId() == null || !caller.has(Role.HOMEROOM_TEACHER)) {
            return false;
        }
        return store.assessment(caller.requireSchool(), row.screeningAssessmentId())
                .map(a -> a.homeroomTeacherId() != null && a.homeroomTeacherId() == caller.userId()).orElse(false);
    }

    @Override
    public Optional<String> generatedBecause(Row row) {
        return row.rosterId() == null ? Optional.empty() : Optional.of("名冊依篩選表產生，不可直接編修；請以 "
                + "POST /api/v1/rosters?schoolYear= 重新產生（產生新版本） (the roster is generated from the screening forms and "
                + "never edited: regenerate it, which makes a new revision)");
    }

    @Override
    public void signed(Row row, SignOffStage stage, boolean last, Caller caller) {
        if (row.screeningAssessmentId() == null) {
            return;
        }
        boolean strategyStage = policies.find(row.policyId(), ModuleVersion.parse(row.policyVersion()))
                .flatMap(CountyPolicy::screening)
                .filter(c -> c.formId().equals(row.formId()) && c.strategyStage().equals(stage.key())).isPresent();
        if (strategyStage) {
            followUps.afterStrategyStamped(row, caller);
        }
    }
}
