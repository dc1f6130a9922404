package tw.huixiao.ui.views.casework;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import tw.huixiao.platform.application.casework.MeetingInput;
import tw.huixiao.platform.application.casework.StaffDirectory.Member;
import tw.huixiao.platform.domain.identity.Role;
import tw.huixiao.ui.RocDatePicker;

/**
 * A decision of a meeting, which becomes a task on the case's list: what, whose (a person, a
 * role, or both — a homeroom or mentor teacher's role alone means the student's own teacher)
 * and by when. Sent with the meeting's version.
 */
class DecisionForm extends ServiceForm<MeetingInput.Decisions> {

    private static final String KEY = "decisions[0]";

    private final TextArea decision = new TextArea();
    private final ComboBox<Member> owner = new ComboBox<>();
    private final ComboBox<Role> role = new ComboBox<>();
    private final DatePicker dueOn = new RocDatePicker();
    private final long version;

    DecisionForm(List<Member> staff, LocalDate today, long meetingVersion) {
        super("decision-form");
        this.version = meetingVersion;
        decision.setLabel(getTranslation("casework.decision.text"));
        decision.setMaxLength(2000);
        decision.setId("decision-text");
        CaseworkText.staffPicker(owner, getTranslation("casework.decision.owner"), staff, "decision-owner")
                .setClearButtonVisible(true);
        role.setLabel(getTranslation("casework.decision.role"));
        role.setItems(Arrays.stream(Role.values()).filter(Role::isSchoolRole).toList());
        role.setItemLabelGenerator(r -> CaseworkText.label(r.label()));
        role.setClearButtonVisible(true);
        role.setId("decision-role");
        dueOn.setLabel(getTranslation("casework.decision.due"));
        dueOn.setValue(today);
        dueOn.setId("decision-due");
        wide(field(KEY + ".decision", decision));
        field(KEY + ".ownerUserId", owner);
        field(KEY + ".ownerRole", role);
        field(KEY + ".dueOn", dueOn);
        register("decisions", decision);
        setSubmitLabel(getTranslation("casework.decision.submit"));
    }

    @Override
    protected MeetingInput.Decisions value() {
        return new MeetingInput.Decisions(List.of(new MeetingInput.DecisionInput(decision.getValue(),
                role.getValue() == null ? null : role.getValue().name(),
                owner.getValue() == null ? null : owner.getValue().id(), dueOn.getValue())), version);
    }
}
