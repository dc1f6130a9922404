package tw.huixiao.platform.application.screening;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import tw.huixiao.platform.application.Caller;
import tw.huixiao.platform.application.StudentAccess;
import tw.huixiao.platform.application.forms.RecordSubjects;
import tw.huixiao.platform.domain.identity.Role;
import tw.huixiao.platform.domain.screening.ScreeningForm;
import tw.huixiao.platform.application.forms.FormRecordStore.Row;
import tw.huixiao.policy.spi.form.SignOffStage;

/**
 * Form records of screenings and rosters, for the form-record API: a screening's 附表一 is seen by
 * the offices and the principal, and by the 導師 of the class the student was screened in (who
 * signs stages 1–2) — nobody else; a roster (masked names only) by the offices and the principal,
 * and nobody edits it: it is regenerated ({@link RosterService}). Stamping stage 4 of a 附表一 starts
 * what its strategy asks ({@link ScreeningFollowUps}).
 */
@ApplicationScoped
public class ScreeningRecords implements RecordSubjects {

    @Inject
    StudentAccess students;

    @Inject
    ScreeningStore store;

    @Inject
    ScreeningFollowUps followUps;

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
        return row.rosterId() == null ? Optional.empty() : Optional.of("名冊依附表一產生，不可直接編修；請以 "
                + "POST /api/v1/rosters?schoolYear= 重新產生（產生新版本） (the roster is generated from Schedule 1 and "
                + "never edited: regenerate it, which makes a new revision)");
    }

    @Override
    public void signed(Row row, SignOffStage stage, boolean last, Caller caller) {
        if (row.screeningAssessmentId() != null && row.formId().equals(ScreeningForm.ASSESSMENT)
                && stage.key().equals(ScreeningForm.STRATEGY_STAGE)) {
            followUps.afterStrategyStamped(row, caller);
        }
    }
}
