package tw.huixiao.ui.views.casework;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.List;
import tw.huixiao.platform.application.casework.CounsellingPeriodService;
import tw.huixiao.platform.application.casework.StaffDirectory;
import tw.huixiao.ui.RocDatePicker;

/** A counselling period (輔導期程): when it ran, whether it had an effect, who judged it and when. */
class CounsellingPeriodForm extends ServiceForm<CounsellingPeriodService.Input> {

    private final DatePicker startsOn = new RocDatePicker();
    private final DatePicker endsOn = new RocDatePicker();
    private final RadioButtonGroup<Boolean> effective = new RadioButtonGroup<>();
    private final ComboBox<StaffDirectory.Member> evaluator = new ComboBox<>();
    private final DatePicker evaluatedOn = new RocDatePicker();
    private final TextArea note = new TextArea();

    CounsellingPeriodForm(List<StaffDirectory.Member> staff, long me, LocalDate today) {
        super("period-form");
        startsOn.setLabel(getTranslation("casework.period.startsOn"));
        startsOn.setId("period-starts-on");
        endsOn.setLabel(getTranslation("casework.period.endsOn"));
        endsOn.setId("period-ends-on");
        effective.setLabel(getTranslation("casework.period.effective"));
        effective.setItems(Boolean.TRUE, Boolean.FALSE);
        effective.setItemLabelGenerator(b -> getTranslation("casework.period.effective." + b));
        effective.setId("period-effective");
        CaseworkText.staffPicker(evaluator, getTranslation("casework.period.evaluator"), staff, "period-evaluator");
        staff.stream().filter(m -> m.id() == me).findFirst().ifPresent(evaluator::setValue);
        evaluatedOn.setLabel(getTranslation("casework.period.evaluatedOn"));
        evaluatedOn.setValue(today);
        evaluatedOn.setMax(today);
        evaluatedOn.setId("period-evaluated-on");
        note.setLabel(getTranslation("casework.period.note"));
        note.setMaxLength(2000);
        note.setId("period-note");
        field("startsOn", startsOn);
        field("endsOn", endsOn);
        wide(field("effective", effective));
        field("evaluatedById", evaluator);
        field("evaluatedOn", evaluatedOn);
        wide(field("note", note));
        setSubmitLabel(getTranslation("casework.period.submit"));
    }

    @Override
    protected CounsellingPeriodService.Input value() {
        return new CounsellingPeriodService.Input(startsOn.getValue(), endsOn.getValue(), effective.getValue(),
                evaluator.getValue() == null ? null : evaluator.getValue().id(), evaluatedOn.getValue(), note.getValue());
    }
}
