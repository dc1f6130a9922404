package tw.huixiao.ui.views.casework;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Map;
import tw.huixiao.platform.application.CaseView;
import tw.huixiao.platform.application.casework.CaseLifecycleService.AssignmentInput;
import tw.huixiao.platform.application.casework.StaffDirectory.Member;
import tw.huixiao.platform.domain.identity.Role;

/**
 * The people working on the case — homeroom teacher, mentor teacher (認輔老師), counsellor and
 * case manager — each picked among the school's staff holding the matching role (any staff for
 * the case manager), with the reason for the change.
 */
class AssignmentForm extends ServiceForm<AssignmentInput> {

    private final ComboBox<Member> homeroom;
    private final ComboBox<Member> mentor;
    private final ComboBox<Member> counsellor;
    private final ComboBox<Member> manager;
    private final TextArea reason = new TextArea();
    private final long version;

    AssignmentForm(CaseView k, List<Member> staff) {
        super("assign-form");
        this.version = k.version();
        Map<Long, Member> byId = CaseworkText.byId(staff);
        homeroom = person("homeroomTeacherId", "assign-homeroom", "HOMEROOM_TEACHER", staff, Role.HOMEROOM_TEACHER,
                byId.get(k.homeroomTeacherId()));
        mentor = person("mentorTeacherId", "assign-mentor", "MENTOR_TEACHER", staff, Role.MENTOR_TEACHER,
                byId.get(k.mentorTeacherId()));
        counsellor = person("counsellorId", "assign-counsellor", "COUNSELLOR", staff, Role.COUNSELING,
                byId.get(k.counsellorId()));
        manager = person("caseManagerId", "assign-manager", "CASE_MANAGER", staff, null, byId.get(k.caseManagerId()));
        reason.setLabel(getTranslation("casework.reason"));
        reason.setMaxLength(2000);
        reason.setId("assign-reason");
        wide(field("reason", reason));
        setSubmitLabel(getTranslation("casework.assign.submit"));
    }

    private ComboBox<Member> person(String key, String id, String subject, List<Member> staff, Role role, Member current) {
        ComboBox<Member> box = CaseworkText.staffPicker(new ComboBox<>(), getTranslation("casework.assignment." + subject),
                role == null ? staff : staff.stream().filter(m -> m.holds(role)).toList(), id);
        box.setClearButtonVisible(true);
        box.setValue(current);
        return field(key, box);
    }

    @Override
    protected AssignmentInput value() {
        return new AssignmentInput(id(homeroom), id(mentor), id(counsellor), id(manager), reason.getValue(), version);
    }

    private static Long id(ComboBox<Member> box) {
        return box.getValue() == null ? null : box.getValue().id();
    }
}
