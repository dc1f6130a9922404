package tw.huixiao.platform.application.forms;

import tw.huixiao.platform.application.Caller;
import tw.huixiao.platform.application.forms.FormRecordStore.Row;
import tw.huixiao.policy.spi.form.SignOffStage;

/**
 * Form records that belong to something other than a case — a screening assessment (Yunlin 附表一
 * of a campaign) or a school-year roster (附表二) — answer here who may see them, whether people
 * may edit their data, and what follows a signature. {@link FormRecordService} keeps the record
 * semantics (validation, signing in order, immutable signed stages, corrections) for every subject.
 */
public interface RecordSubjects {

    /** Whether the caller may see the record (a record they may not see is "not found"). */
    boolean visible(Row row, Caller caller);

    /** Why people may not edit or correct the record's data, if they may not (a generated roster). */
    java.util.Optional<String> generatedBecause(Row row);

    /** Called in the signing transaction after a stage was signed; may refuse (and so undo) the signature. */
    void signed(Row row, SignOffStage stage, boolean last, Caller caller);
}
