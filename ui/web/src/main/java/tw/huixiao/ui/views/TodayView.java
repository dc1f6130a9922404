package tw.huixiao.ui.views;

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
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
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
import tw.huixiao.platform.application.AccessDeniedException;
import tw.huixiao.platform.application.CallerProvider;
import tw.huixiao.platform.application.RecordNotFoundException;
import tw.huixiao.platform.application.escalation.TaskService;
import tw.huixiao.platform.domain.escalation.TaskView;
import tw.huixiao.platform.domain.identity.Role;
import tw.huixiao.ui.MainLayout;
import tw.huixiao.ui.PlatformText;
import tw.huixiao.ui.RocDates;
import tw.huixiao.ui.TaskText;
import tw.huixiao.ui.UiLocale;
import tw.huixiao.ui.duties.DutyActions;

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
public class TodayView extends VerticalLayout implements BeforeEnterObserver {

    private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");

    @Inject
    TaskService tasks;

    @Inject
    CallerProvider callers;

    @Inject
    DutyActions duties;

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

    /** {@code today?task=ID} (links from landing pages and notices): that duty's completion, opened at once. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("task").ifPresent(id -> {
            try {
                TaskView task = tasks.get(Long.parseLong(id));
                if (tasks.mayComplete(task) && "OPEN".equals(task.status())) {
                    duties.open(task, "today", this::refresh);
                } else {
                    Notification.show(getTranslation("duty.alreadyRecorded")).addThemeVariants(NotificationVariant.LUMO_CONTRAST);
                }
            } catch (NumberFormatException | RecordNotFoundException | AccessDeniedException e) {
                Notification.show(getTranslation("duty.notFound")).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
    }

    private void refresh() {
        list.removeAll();
        List<TaskView> recorded = tasks.recordedToday();
        Map<Long, TaskView> byId = new LinkedHashMap<>();
        Stream.concat(tasks.due("overdue").stream(), tasks.due("today").stream())
                .forEach(t -> byId.putIfAbsent(t.id(), t));
        if (byId.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("today.none"));
            none.setId("today-none");
            list.add(none);
        }
        Map<String, List<TaskView>> byChild = new LinkedHashMap<>();
        byId.values().forEach(t -> byChild.computeIfAbsent(t.studentName(), k -> new ArrayList<>()).add(t));
        byChild.forEach((child, childDuties) -> {
            VerticalLayout group = new VerticalLayout(new H3(child + "（" + childDuties.size() + "）"));
            group.addClassNames(LumoUtility.Border.BOTTOM, LumoUtility.Padding.Vertical.SMALL);
            group.setPadding(false);
            childDuties.forEach(t -> group.add(card(t)));
            list.add(group);
        });
        if (!recorded.isEmpty()) {
            // What the user recorded today, with who and when: proof the duty is done, not just gone.
            VerticalLayout done = new VerticalLayout(new H3(getTranslation("today.recorded")));
            done.setId("today-recorded");
            done.setPadding(false);
            recorded.forEach(t -> {
                HorizontalLayout card = card(t);
                card.removeClassName("today-task");
                card.addClassName("today-recorded");
                done.add(card);
            });
            list.add(done);
        }
    }

    private HorizontalLayout card(TaskView t) {
        boolean english = UiLocale.isEnglish(getLocale());
        Span rule = new Span(t.ruleId());
        rule.getElement().getThemeList().add("badge contrast");
        rule.addClassName(LumoUtility.Whitespace.NOWRAP);
        boolean open = "OPEN".equals(t.status());
        Span due = new Span(open ? deadline(t) : getTranslation("case.task." + t.status()));
        due.getElement().getThemeList().add(!open ? "badge success" : t.overdue() ? "badge error" : "badge");
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
        HorizontalLayout card = new HorizontalLayout(text);
        duties.button(t, "today", this::refresh).ifPresent(card::add);
        duties.responsible(t).ifPresent(text::add);
        duties.recorded(t).ifPresent(text::add);
        card.setWidthFull();
        card.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        card.expand(text);
        card.addClassName("today-task");
        card.getElement().setAttribute("data-rule", t.ruleId());
        card.getElement().setAttribute("data-student", String.valueOf(t.studentId()));
        // Whose duty it is (an office, a head of office such as 輔導主任, a teacher): for tests and styles.
        card.getElement().setAttribute("data-role", t.responsibleRole());
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
}
