package tw.huixiao.ui.views.casework;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import tw.huixiao.platform.application.CaseView;
import tw.huixiao.platform.application.casework.MeetingService;
import tw.huixiao.platform.application.casework.MeetingView;
import tw.huixiao.platform.application.casework.StaffDirectory.Member;
import tw.huixiao.platform.domain.identity.Role;
import tw.huixiao.policy.spi.LocalizedText;
import tw.huixiao.ui.RocDates;

/**
 * The case's meetings — kind, date, chair, attendees, participants from outside, minutes and
 * the decisions with their owners, due dates and the tasks they became — and, for the offices
 * and the principal while the case is open, scheduling a meeting, recording its attendees and
 * minutes, and adding decisions (MeetingService checks again).
 */
class MeetingsPanel extends VerticalLayout {

    /** What the panel needs besides the case: the service, the staff to pick from, the module's rules, today. */
    record Context(MeetingService meetings, Supplier<List<Member>> staff, Supplier<Collection<String>> rules,
                   LocalDate today, long me, boolean mayRecord, Runnable reload) {
    }

    private final CaseView k;
    private final Context context;

    MeetingsPanel(CaseView k, Context context) {
        this.k = k;
        this.context = context;
        setId("case-meetings");
        setPadding(false);
        if (context.mayRecord()) {
            Button schedule = new Button(getTranslation("casework.meeting.new"), e -> schedule());
            schedule.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            schedule.setId("meeting-new");
            add(schedule);
        }
        List<MeetingView> found = context.meetings().list(k.id());
        if (found.isEmpty()) {
            add(new Paragraph(getTranslation("casework.meeting.none")));
        }
        found.forEach(m -> add(meeting(m)));
    }

    private void schedule() {
        MeetingForm form = new MeetingForm(context.staff().get(), context.rules().get(), context.today(), context.me(),
                null);
        Dialog dialog = FormDialog.open(getTranslation("casework.meeting.new"), form);
        form.addSubmitListener(e -> ServiceCalls.submit(form, () -> context.meetings().record(k.id(), e.value()),
                done(form, dialog), context.reload()));
    }

    private void edit(MeetingView m) {
        MeetingForm form = new MeetingForm(context.staff().get(), context.rules().get(), context.today(), context.me(), m);
        Dialog dialog = FormDialog.open(getTranslation("casework.meeting.edit"), form);
        form.addSubmitListener(e -> ServiceCalls.submit(form, () -> context.meetings().correct(k.id(), m.id(), e.value()),
                done(form, dialog), context.reload()));
    }

    private void decide(MeetingView m) {
        DecisionForm form = new DecisionForm(context.staff().get(), context.today(), m.version());
        Dialog dialog = FormDialog.open(getTranslation("casework.decision.new"), form);
        form.addSubmitListener(e -> ServiceCalls.submit(form, () -> context.meetings().decide(k.id(), m.id(), e.value()),
                done(form, dialog), context.reload()));
    }

    private Consumer<MeetingView> done(ServiceForm<?> form, Dialog dialog) {
        return saved -> {
            dialog.close();
            ServiceCalls.saved(form);
            context.reload().run();
        };
    }

    private Div meeting(MeetingView m) {
        Span title = new Span(CaseworkText.label(LocalizedText.of(m.kindZh(), m.kindEn()))
                + " · " + RocDates.format(m.heldOn()));
        title.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
        HorizontalLayout heading = new HorizontalLayout(title);
        heading.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        if (m.ruleId() != null) {
            Span rule = new Span(m.ruleId());
            rule.getElement().getThemeList().add("badge contrast");
            heading.add(rule);
        }
        Div card = CaseworkText.card("case-meeting");
        card.add(heading);
        card.getElement().setAttribute("data-meeting", String.valueOf(m.id()));
        card.add(CaseworkText.detail(getTranslation("casework.meeting.chair"), m.chair().name()));
        card.add(CaseworkText.detail(getTranslation("casework.meeting.attendees"), m.attendees().stream()
                .map(MeetingView.Person::name).collect(Collectors.joining("、"))));
        card.add(CaseworkText.detail(getTranslation("casework.meeting.participants"), m.participants().stream()
                .map(p -> p.name() + (p.agency() == null ? "" : "（" + p.agency() + "）")
                        + (p.contact() == null ? "" : " " + p.contact()))
                .collect(Collectors.joining("、"))));
        card.add(CaseworkText.typed(getTranslation("casework.meeting.minutes"), m.minutes()));
        for (MeetingView.Decision d : m.decisions()) {
            Span decision = new Span(getTranslation("casework.decision.line", d.seq(), d.decision(), owner(d),
                    RocDates.compact(d.dueOn())));
            decision.addClassName("meeting-decision");
            decision.getElement().setAttribute("data-task", String.valueOf(d.taskId()));
            card.add(new Div(decision));
        }
        if (context.mayRecord()) {
            Button attendees = new Button(getTranslation("casework.meeting.edit"), e -> edit(m));
            attendees.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            attendees.setId("meeting-edit-" + m.id());
            Button decide = new Button(getTranslation("casework.decision.new"), e -> decide(m));
            decide.addThemeVariants(ButtonVariant.LUMO_SMALL);
            decide.setId("meeting-decide-" + m.id());
            card.add(new HorizontalLayout(attendees, decide));
        }
        return card;
    }

    private String owner(MeetingView.Decision d) {
        String role;
        try {
            role = CaseworkText.label(Role.valueOf(d.ownerRole()).label());
        } catch (IllegalArgumentException | NullPointerException e) {
            role = d.ownerRole();
        }
        return d.ownerName() == null ? role : d.ownerName() + "（" + role + "）";
    }

}
