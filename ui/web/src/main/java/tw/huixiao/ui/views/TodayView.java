package tw.huixiao.ui.views;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import tw.huixiao.platform.application.CallerProvider;
import tw.huixiao.platform.application.EditConflictException;
import tw.huixiao.platform.application.InvalidInputException;
import tw.huixiao.platform.application.StateConflictException;
import tw.huixiao.platform.application.escalation.TaskService;
import tw.huixiao.platform.domain.escalation.TaskView;
import tw.huixiao.platform.domain.identity.Role;
import tw.huixiao.ui.MainLayout;
import tw.huixiao.ui.PlatformText;
import tw.huixiao.ui.RocDates;
import tw.huixiao.ui.TaskText;
import tw.huixiao.ui.UiLocale;

/**
 * What is due today for the user, and what is overdue, grouped by child: each duty with its
 * rule id and the county document's line, the deadline and why it is here, and one click to
 * record it done (with a note) or not applicable (with the reason). A principal also sees the
 * whole school's overdue duties.
 */
@Route(value = "today", layout = MainLayout.class)
@PageTitle("今日待辦 · 回校 Huixiao")
@RolesAllowed({"PRINCIPAL", "STUDENT_AFFAIRS", "ACADEMIC_AFFAIRS", "REGISTRAR", "COUNSELING", "HOMEROOM_TEACHER",
        "MENTOR_TEACHER", "GENERAL_AFFAIRS"})
@Dependent
public class TodayView extends VerticalLayout {

    private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");

    @Inject
    TaskService tasks;

    @Inject
    CallerProvider callers;

    private final Div list = new Div();

    @PostConstruct
    void build() {
        list.setId("today-list");
        list.setWidthFull();
        add(new H2(getTranslation("today.title")));
        if (callers.get().has(Role.PRINCIPAL)) {
            add(ladderOverview());
        }
        add(list);
        refresh();
    }

    /** The principal's view of the school: how many children stand on each ladder day today. */
    private HorizontalLayout ladderOverview() {
        HorizontalLayout overview = new HorizontalLayout(new Span(getTranslation("today.ladder")));
        overview.setId("today-ladder");
        overview.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        Map<Integer, Integer> perDay = tasks.childrenPerLadderDay();
        if (perDay.isEmpty()) {
            overview.add(new Span(getTranslation("today.ladder.none")));
        }
        perDay.forEach((day, children) -> {
            Span badge = new Span(getTranslation("today.ladder.day", day, children));
            badge.getElement().getThemeList().add(day >= 3 ? "badge error" : "badge");
            overview.add(badge);
        });
        return overview;
    }

    private void refresh() {
        list.removeAll();
        Map<Long, TaskView> byId = new LinkedHashMap<>();
        Stream.concat(tasks.due("overdue").stream(), tasks.due("today").stream())
                .forEach(t -> byId.putIfAbsent(t.id(), t));
        if (byId.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("today.none"));
            none.setId("today-none");
            list.add(none);
            return;
        }
        Map<String, List<TaskView>> byChild = new LinkedHashMap<>();
        byId.values().forEach(t -> byChild.computeIfAbsent(t.studentName(), k -> new ArrayList<>()).add(t));
        byChild.forEach((child, duties) -> {
            VerticalLayout group = new VerticalLayout(new H3(child + "（" + duties.size() + "）"));
            group.addClassNames(LumoUtility.Border.BOTTOM, LumoUtility.Padding.Vertical.SMALL);
            group.setPadding(false);
            duties.forEach(t -> group.add(card(t)));
            list.add(group);
        });
    }

    private HorizontalLayout card(TaskView t) {
        boolean english = UiLocale.isEnglish(getLocale());
        Span rule = new Span(t.ruleId());
        rule.getElement().getThemeList().add("badge contrast");
        rule.addClassName(LumoUtility.Whitespace.NOWRAP);
        Span due = new Span(deadline(t));
        due.getElement().getThemeList().add(t.overdue() ? "badge error" : "badge");
        Span duty = new Span(english ? t.dutyEn() : t.dutyZh());
        duty.addClassName(LumoUtility.FontWeight.SEMIBOLD);
        Span why = new Span(TaskText.why(this, t.why()));
        why.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        VerticalLayout text = new VerticalLayout(new HorizontalLayout(rule, due), duty, why);
        if (t.source() != null) {
            // The county document's own line, quoted as written: marked as Chinese in either language.
            Span quote = new Span(t.source());
            quote.getElement().setAttribute("lang", "zh-TW");
            Span source = new Span(new Span(getTranslation("today.source") + "："), quote);
            source.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.SECONDARY);
            text.add(source);
        }
        text.setPadding(false);
        text.setSpacing(false);
        Button done = new Button(getTranslation("today.done"), e -> complete(t));
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        done.setId("task-done-" + t.id());
        HorizontalLayout card = new HorizontalLayout(text, done);
        card.setWidthFull();
        card.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        card.expand(text);
        card.addClassName("today-task");
        card.getElement().setAttribute("data-rule", t.ruleId());
        card.getElement().setAttribute("data-student", String.valueOf(t.studentId()));
        return card;
    }

    private String deadline(TaskView t) {
        String prefix = getTranslation(t.overdue() ? "today.overdue" : "today.due");
        return switch (t.dueKind()) {
            case "TIME" -> prefix + " " + RocDates.compact(t.dueAt().atZone(TAIPEI).toLocalDate()) + " "
                    + DateTimeFormatter.ofPattern("HH:mm").format(t.dueAt().atZone(TAIPEI));
            case "ONGOING" -> getTranslation("today.ongoing");
            default -> prefix + " " + (t.dueOn() == null ? "" : RocDates.compact(t.dueOn()));
        };
    }

    /** One click: a short dialog for the note, or the reason when the duty does not apply. */
    private void complete(TaskView t) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(t.ruleId() + " · " + t.studentName());
        TextArea note = new TextArea(getTranslation("today.note"));
        note.setWidthFull();
        note.setMaxLength(2000);
        note.setId("task-note");
        Checkbox notApplicable = new Checkbox(getTranslation("today.notApplicable"));
        notApplicable.setId("task-not-applicable");
        Span error = new Span();
        error.addClassName(LumoUtility.TextColor.ERROR);
        error.setId("task-error");
        Button save = new Button(getTranslation("today.save"), e -> {
            try {
                tasks.complete(t.id(), new TaskService.Completion(note.getValue(), null, notApplicable.getValue(),
                        t.version()));
                dialog.close();
                Notification.show(getTranslation("today.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                refresh();
            } catch (InvalidInputException ex) {
                error.setText(String.join("；", ex.errors().stream().map(f -> PlatformText.of(f.message())).toList()));
            } catch (EditConflictException | StateConflictException ex) {
                error.setText(getTranslation("today.conflict"));
                refresh();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("task-save");
        Button cancel = new Button(getTranslation("today.cancel"), e -> dialog.close());
        dialog.add(new VerticalLayout(note, notApplicable, error));
        dialog.getFooter().add(cancel, save);
        dialog.open();
    }
}
