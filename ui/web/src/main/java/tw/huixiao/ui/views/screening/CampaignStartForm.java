package tw.huixiao.ui.views.screening;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import tw.huixiao.platform.application.InvalidInputException.FieldError;
import tw.huixiao.platform.application.screening.ScreeningService.CampaignInput;
import tw.huixiao.platform.application.screening.ScreeningService.ClassChoice;
import tw.huixiao.ui.RocDatePicker;
import tw.huixiao.ui.RocDates;
import tw.huixiao.ui.views.casework.ServiceForm;

/**
 * A new screening (全面篩選, YL-SCREEN) for one class or a whole grade of a school year and
 * semester, with the assessment date 附表一 is prefilled with. The classes and grades offered
 * follow the school year typed; the service checks everything.
 */
class CampaignStartForm extends ServiceForm<CampaignInput> {

    private static final String CLASS = "class";
    private static final String GRADE = "grade";

    private final List<ClassChoice> classes;
    private final IntegerField schoolYear = new IntegerField();
    private final RadioButtonGroup<Integer> semester = new RadioButtonGroup<>();
    private final RadioButtonGroup<String> scope = new RadioButtonGroup<>();
    private final ComboBox<ClassChoice> schoolClass = new ComboBox<>();
    private final ComboBox<Integer> grade = new ComboBox<>();
    private final DatePicker assessedOn = new RocDatePicker();
    private final TextArea note = new TextArea();

    CampaignStartForm(List<ClassChoice> classes, LocalDate today) {
        super("campaign-form");
        this.classes = classes;
        schoolYear.setLabel(getTranslation("screening.schoolYear"));
        schoolYear.setValue(RocDates.schoolYear(today));
        schoolYear.setStepButtonsVisible(true);
        schoolYear.setId("campaign-school-year");
        semester.setLabel(getTranslation("screening.semester"));
        semester.setItems(1, 2);
        semester.setItemLabelGenerator(s -> getTranslation("screening.semester." + s));
        semester.setValue(RocDates.semester(today));
        semester.setId("campaign-semester");
        scope.setLabel(getTranslation("screening.scope"));
        scope.setItems(CLASS, GRADE);
        scope.setItemLabelGenerator(s -> getTranslation("screening.scope." + s));
        scope.setValue(CLASS);
        scope.setId("campaign-scope");
        schoolClass.setLabel(getTranslation("screening.class"));
        schoolClass.setItemLabelGenerator(ClassChoice::name);
        schoolClass.setId("campaign-class");
        grade.setLabel(getTranslation("screening.grade"));
        grade.setItemLabelGenerator(g -> getTranslation("screening.gradeOption", g));
        grade.setId("campaign-grade");
        assessedOn.setLabel(getTranslation("screening.assessedOn"));
        assessedOn.setValue(today);
        assessedOn.setMax(today);
        assessedOn.setId("campaign-assessed-on");
        note.setLabel(getTranslation("screening.note"));
        note.setMaxLength(2000);
        note.setId("campaign-note");
        field("schoolYear", schoolYear);
        field("semester", semester);
        wide(field("scope", scope));
        field("classId", schoolClass);
        field("grade", grade);
        field("assessedOn", assessedOn);
        wide(field("note", note));
        schoolYear.addValueChangeListener(e -> offer());
        scope.addValueChangeListener(e -> offer());
        offer();
        setSubmitLabel(getTranslation("screening.start"));
    }

    /** The classes and grades of the school year typed; the class or the grade, as the scope says. */
    private void offer() {
        List<ClassChoice> ofYear = classes.stream().filter(c -> Objects.equals(c.schoolYear(), schoolYear.getValue()))
                .toList();
        schoolClass.setItems(ofYear);
        grade.setItems(ofYear.stream().map(ClassChoice::grade).distinct().sorted().toList());
        schoolClass.setVisible(CLASS.equals(scope.getValue()));
        grade.setVisible(GRADE.equals(scope.getValue()));
    }

    /** "A class or a grade" is named classId by the service: shown on the grade when the scope is a grade. */
    @Override
    public void showErrors(List<FieldError> errors) {
        super.showErrors(CLASS.equals(scope.getValue()) ? errors : errors.stream()
                .map(e -> e.field().equals("classId") ? new FieldError("grade", e.message()) : e).toList());
    }

    @Override
    protected CampaignInput value() {
        boolean byClass = CLASS.equals(scope.getValue());
        return new CampaignInput(schoolYear.getValue(), semester.getValue(),
                byClass && schoolClass.getValue() != null ? schoolClass.getValue().id() : null,
                byClass ? null : grade.getValue(), assessedOn.getValue(), note.getValue());
    }
}
