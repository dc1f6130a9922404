package tw.huixiao.ui.views.casework;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tw.huixiao.platform.application.casework.MeetingInput;
import tw.huixiao.platform.application.casework.MeetingKind;
import tw.huixiao.platform.application.casework.MeetingView;
import tw.huixiao.platform.application.casework.StaffDirectory.Member;
import tw.huixiao.ui.RocDatePicker;

/**
 * A meeting on the case: kind (the documents' meetings), the rule it serves (from the case's
 * module, optional), date, chair (a member of staff, or someone from outside), the staff who
 * attended, participants from outside with agency and contact, and the minutes. A new meeting
 * when {@code existing} is null; otherwise its record corrected (attendees and minutes taken
 * after the meeting) with the version read.
 */
class MeetingForm extends ServiceForm<MeetingInput> {

    private final ComboBox<MeetingKind> kind = new ComboBox<>();
    private final ComboBox<String> rule = new ComboBox<>();
    private final DatePicker heldOn = new RocDatePicker();
    private final ComboBox<Member> chair = new ComboBox<>();
    private final TextField chairName = new TextField();
    private final MultiSelectComboBox<Member> attendees = new MultiSelectComboBox<>();
    private final Div participants = new Div();
    private final List<TextField[]> participantRows = new ArrayList<>();
    private final TextArea minutes = new TextArea();
    private final Long version;

    MeetingForm(List<Member> staff, Collection<String> rules, LocalDate today, long me, MeetingView existing) {
        super(existing == null ? "meeting-form" : "meeting-edit-form");
        this.version = existing == null ? null : existing.version();
        Map<Long, Member> byId = CaseworkText.byId(staff);
        kind.setLabel(getTranslation("casework.meeting.kind"));
        kind.setItems(Arrays.asList(MeetingKind.values()));
        kind.setItemLabelGenerator(k -> CaseworkText.label(k.label()));
        kind.setId("meeting-kind");
        rule.setLabel(getTranslation("casework.meeting.rule"));
        rule.setItems(rules.stream().sorted().toList());
        rule.setClearButtonVisible(true);
        rule.setId("meeting-rule");
        heldOn.setLabel(getTranslation("casework.meeting.date"));
        heldOn.setId("meeting-date");
        CaseworkText.staffPicker(chair, getTranslation("casework.meeting.chair"), staff, "meeting-chair")
                .setClearButtonVisible(true);
        chairName.setLabel(getTranslation("casework.meeting.chairName"));
        chairName.setId("meeting-chair-name");
        CaseworkText.staffPicker(attendees, getTranslation("casework.meeting.attendees"), staff, "meeting-attendees");
        minutes.setLabel(getTranslation("casework.meeting.minutes"));
        minutes.setId("meeting-minutes");
        field("kind", kind);
        field("ruleId", rule);
        field("heldOn", heldOn);
        field("chairUserId", chair);
        field("chairName", chairName);
        wide(field("attendeeIds", attendees));
        Button addParticipant = new Button(getTranslation("casework.meeting.addParticipant"), e -> participant(null));
        addParticipant.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        addParticipant.setId("meeting-add-participant");
        addToForm(participants);
        wide(participants);
        addToForm(addParticipant);
        wide(field("minutes", minutes));
        setSubmitLabel(getTranslation(existing == null ? "casework.meeting.submit" : "casework.meeting.save"));

        if (existing == null) {
            kind.setValue(MeetingKind.CASE_MEETING);
            heldOn.setValue(today);
            chair.setValue(byId.get(me));
        } else {
            kind.setValue(MeetingKind.valueOf(existing.kind()));
            rule.setValue(existing.ruleId());
            heldOn.setValue(existing.heldOn());
            if (existing.chair().userId() != null) {
                chair.setValue(byId.get(existing.chair().userId()));
            } else {
                chairName.setValue(Objects.requireNonNullElse(existing.chair().name(), ""));
            }
            attendees.setValue(existing.attendees().stream().map(p -> byId.get(p.userId())).filter(Objects::nonNull)
                    .toList());
            existing.participants().forEach(this::participant);
            minutes.setValue(Objects.requireNonNullElse(existing.minutes(), ""));
        }
    }

    /** A row for someone from outside: name, agency, contact; errors arrive as participants[i].name… */
    private void participant(MeetingInput.Participant given) {
        int i = participantRows.size();
        TextField name = new TextField(getTranslation("casework.meeting.participant.name"));
        TextField agency = new TextField(getTranslation("casework.meeting.participant.agency"));
        TextField contact = new TextField(getTranslation("casework.meeting.participant.contact"));
        if (given != null) {
            name.setValue(Objects.requireNonNullElse(given.name(), ""));
            agency.setValue(Objects.requireNonNullElse(given.agency(), ""));
            contact.setValue(Objects.requireNonNullElse(given.contact(), ""));
        }
        name.setId("meeting-participant-name-" + i);
        register("participants[" + i + "].name", name);
        register("participants[" + i + "]", agency);
        participantRows.add(new TextField[] {name, agency, contact});
        participants.add(new HorizontalLayout(name, agency, contact));
    }

    @Override
    protected MeetingInput value() {
        // Every row goes: an empty one comes back as participants[i].name, on that row.
        List<MeetingInput.Participant> outside = participantRows.stream()
                .map(row -> new MeetingInput.Participant(row[0].getValue(), row[1].getValue(), row[2].getValue()))
                .toList();
        return new MeetingInput(kind.getValue() == null ? null : kind.getValue().name(), rule.getValue(),
                heldOn.getValue(), chair.getValue() == null ? null : chair.getValue().id(),
                chair.getValue() == null ? chairName.getValue() : null,
                attendees.getValue().stream().map(Member::id).toList(), outside, minutes.getValue(), null, version);
    }
}
