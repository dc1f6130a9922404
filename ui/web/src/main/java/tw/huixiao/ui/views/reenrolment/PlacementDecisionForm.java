package tw.huixiao.ui.views.reenrolment;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import tw.huixiao.platform.application.InvalidInputException;
import tw.huixiao.platform.application.casework.StaffDirectory;
import tw.huixiao.platform.application.casework.MeetingInput;
import tw.huixiao.platform.application.casework.MeetingKind;
import tw.huixiao.platform.application.casework.MeetingService;
import tw.huixiao.platform.application.casework.MeetingView;
import tw.huixiao.platform.application.casework.ReEnrolmentService;
import tw.huixiao.platform.domain.identity.Role;
import tw.huixiao.policy.spi.casework.PlacementRule;
import tw.huixiao.ui.FieldErrors;
import tw.huixiao.ui.RocDatePicker;
import tw.huixiao.ui.RocDates;
import tw.huixiao.ui.UiLocale;

/**
 * The placement meeting's decision on one application: the placement (the module's
 * recommendation or one of its alternatives), its reason, the meeting that decided — recorded
 * here if it is not yet (the 安置會議, chaired by the 校長; for 補校 the 暫讀補校安置會議) — and for
 * 補校 the family's application. The service checks it all again and answers per field.
 */
class PlacementDecisionForm extends VerticalLayout {

    /** Placement codes with a text of their own in the translations (New Taipei's). */
    static final Set<String> KNOWN_PLACEMENTS = Set.of("ORIGINAL_CLASS", "FORMER_GRADE", "SUPPLEMENTARY_SCHOOL",
            "SPECIAL_CASE");
    private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");

    /** Builds forms with the services they call (views are CDI beans; the form is made per application). */
    @Dependent
    static class Factory {

        @Inject
        ReEnrolmentService reEnrolments;

        @Inject
        MeetingService meetings;

        @Inject
        StaffDirectory staff;

        @Inject
        Clock clock;

        PlacementDecisionForm create(long caseId, ReEnrolmentService.View application, PlacementRule rule,
                                     Runnable decided) {
            return new PlacementDecisionForm(this, caseId, application, rule, decided);
        }
    }

    private final Factory services;
    private final long caseId;
    private final ReEnrolmentService.View application;
    private final PlacementRule rule;
    private final ComboBox<MeetingView> meeting = new ComboBox<>();

    private PlacementDecisionForm(Factory services, long caseId, ReEnrolmentService.View application, PlacementRule rule,
                                  Runnable decided) {
        this.services = services;
        this.caseId = caseId;
        this.application = application;
        this.rule = rule;
        setPadding(false);
        addClassName("placement-decision");
        ReEnrolmentService.Recommendation recommended = application.recommendation();

        RadioButtonGroup<String> placement = new RadioButtonGroup<>(getTranslation("reenrolment.placement"));
        List<String> choices = new ArrayList<>();
        choices.add(recommended.code());
        choices.addAll(recommended.alternatives());
        placement.setItems(choices);
        placement.setItemLabelGenerator(code -> (code.equals(recommended.code())
                ? (UiLocale.isEnglish(getLocale()) ? recommended.en() : recommended.zhTw())
                + getTranslation("reenrolment.recommended") : label(code, key -> getTranslation(key))));
        placement.setValue(recommended.code());
        placement.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        placement.setId("decision-placement-" + application.id());

        Checkbox guardianApplication = new Checkbox(getTranslation("reenrolment.guardianApplication"));
        guardianApplication.setId("decision-guardian-" + application.id());
        guardianApplication.setVisible(false);

        meeting.setLabel(getTranslation("reenrolment.meeting"));
        meeting.setItemLabelGenerator(m -> (UiLocale.isEnglish(getLocale()) ? m.kindEn() : m.kindZh()) + " "
                + RocDates.compact(m.heldOn()) + (m.chair() == null ? "" : "（" + m.chair().name() + "）"));
        meeting.setWidth("28em");
        meeting.setId("decision-meeting-" + application.id());
        loadMeetings(null);

        TextArea reason = new TextArea(getTranslation("reenrolment.reason"));
        reason.setWidthFull();
        reason.setId("decision-reason-" + application.id());

        placement.addValueChangeListener(e -> guardianApplication.setVisible(e.getValue() != null
                && rule.isSupplementarySchool(e.getValue())));
        FieldErrors errors = new FieldErrors().on("placement", placement).on("guardianApplication", guardianApplication)
                .on("meetingId", meeting).on("note", reason);
        Button decide = new Button(getTranslation("reenrolment.decide"), e -> {
            try {
                services.reEnrolments.decide(caseId, application.id(), new ReEnrolmentService.Decision(
                        placement.getValue(), meeting.getValue() == null ? null : meeting.getValue().id(),
                        guardianApplication.isVisible() ? guardianApplication.getValue() : null, reason.getValue(),
                        application.version()));
                Notification.show(getTranslation("reenrolment.decided")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                decided.run();
            } catch (InvalidInputException refused) {
                errors.show(refused);
            }
        });
        decide.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        decide.setId("decision-submit-" + application.id());
        add(placement, guardianApplication, meeting, meetingForm(placement), reason, decide);
    }

    /** The case's placement meetings held since the application; the newest (or {@code select}) chosen. */
    private void loadMeetings(Long select) {
        List<MeetingView> found = services.meetings.list(caseId).stream()
                .filter(m -> m.kind().equals(MeetingKind.PLACEMENT.name())
                        || m.kind().equals(MeetingKind.SUPPLEMENTARY_SCHOOL_PLACEMENT.name()))
                .filter(m -> !m.heldOn().isBefore(application.appliedOn()))
                .sorted(Comparator.comparing(MeetingView::heldOn).reversed()).toList();
        meeting.setItems(found);
        found.stream().filter(m -> select == null || m.id() == select).findFirst().ifPresent(meeting::setValue);
    }

    /** Records the meeting that decides: the 暫讀補校安置會議 for 補校, else the 安置會議 under the module's rule. */
    private HorizontalLayout meetingForm(RadioButtonGroup<String> placement) {
        DatePicker heldOn = new RocDatePicker(getTranslation("reenrolment.meeting.heldOn"));
        heldOn.setValue(LocalDate.now(services.clock.withZone(TAIPEI)));
        heldOn.setId("meeting-held-on-" + application.id());
        ComboBox<StaffDirectory.Member> chair = new ComboBox<>(getTranslation("reenrolment.meeting.chair"));
        List<StaffDirectory.Member> principals = services.staff.withRole(Role.PRINCIPAL);
        chair.setItems(principals);
        chair.setItemLabelGenerator(StaffDirectory.Member::name);
        principals.stream().findFirst().ifPresent(chair::setValue);
        chair.setId("meeting-chair-" + application.id());
        FieldErrors errors = new FieldErrors().on("heldOn", heldOn).on("chairUserId", chair);
        Button record = new Button(getTranslation("reenrolment.meeting.record"), e -> {
            boolean supplementary = placement.getValue() != null && rule.isSupplementarySchool(placement.getValue());
            try {
                MeetingView held = services.meetings.record(caseId, new MeetingInput(
                        (supplementary ? MeetingKind.SUPPLEMENTARY_SCHOOL_PLACEMENT : MeetingKind.PLACEMENT).name(),
                        supplementary ? null : rule.ruleId().toString(), heldOn.getValue(),
                        chair.getValue() == null ? null : chair.getValue().id(), null, List.of(), List.of(), null,
                        List.of(), null));
                errors.clear();
                loadMeetings(held.id());
            } catch (InvalidInputException refused) {
                errors.show(refused);
            }
        });
        record.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
        record.setId("meeting-record-" + application.id());
        HorizontalLayout form = new HorizontalLayout(heldOn, chair, record);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        return form;
    }

    /** A placement code as the documents name it; a code without a text of its own stays as it is. */
    static String label(String code, UnaryOperator<String> translate) {
        return KNOWN_PLACEMENTS.contains(code) ? translate.apply("placement." + code) : code;
    }
}
