package tw.huixiao.ui.views;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import tw.huixiao.platform.application.AccessDeniedException;
import tw.huixiao.platform.application.CallerProvider;
import tw.huixiao.platform.application.CaseService;
import tw.huixiao.platform.application.CaseView;
import tw.huixiao.platform.application.InvalidInputException;
import tw.huixiao.platform.application.RecordNotFoundException;
import tw.huixiao.platform.application.audit.AccessLogLine;
import tw.huixiao.platform.application.audit.AccessLogQuery;
import tw.huixiao.platform.application.casework.CounsellingNoteService;
import tw.huixiao.platform.application.forms.FormRecordService;
import tw.huixiao.platform.application.forms.FormRecordView;
import tw.huixiao.platform.application.isp.IspService;
import tw.huixiao.platform.domain.escalation.TaskView;
import tw.huixiao.platform.domain.identity.Role;
import tw.huixiao.policy.spi.form.FormDefinition;
import tw.huixiao.ui.MainLayout;
import tw.huixiao.ui.PlatformText;
import tw.huixiao.ui.RecordText;
import tw.huixiao.ui.RocDatePicker;
import tw.huixiao.ui.RocDates;
import tw.huixiao.ui.TaskText;
import tw.huixiao.ui.UiLocale;
import tw.huixiao.ui.views.isp.IspCaseSection;
import tw.huixiao.ui.views.casework.CaseworkTabs;
import tw.huixiao.ui.documents.PrintLinks;
import tw.huixiao.ui.duties.DutyActions;

/**
 * One case: who, which category and module version, and the escalation ladder as laid out
 * from the case's pinned module — each step by ladder day or case event, done / due / overdue /
 * not applicable, and who recorded it when. The counselling office and the principal also see
 * the access log. A case the user may not see — another school's, another class's — shows
 * "not found", exactly like one that does not exist. The case work (timeline, state, tier and
 * people, meetings, referrals) is composed from {@link CaseworkTabs}.
 */
@Route(value = "case", layout = MainLayout.class)
@PageTitle("個案 · 回校 Huixiao")
@RolesAllowed({"PRINCIPAL", "STUDENT_AFFAIRS", "ACADEMIC_AFFAIRS", "REGISTRAR", "COUNSELING", "HOMEROOM_TEACHER",
        "MENTOR_TEACHER"})
@Dependent
public class CaseWorkspaceView extends VerticalLayout implements BeforeEnterObserver, HasUrlParameter<Long> {

    private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    @Inject
    CaseService cases;

    @Inject
    CallerProvider callers;

    @Inject
    FormRecordService formRecords;

    @Inject
    CounsellingNoteService notes;

    @Inject
    IspService isps;

    @Inject
    PrintLinks printLinks;

    @Inject
    Clock clock;

    @Inject
    CaseworkTabs casework;

    @Inject
    DutyActions duties;

    private Long caseId;

    @Override
    public void setParameter(BeforeEvent event, Long parameter) {
        caseId = parameter;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        try {
            show(cases.get(caseId), cases.tasks(caseId));
        } catch (RecordNotFoundException | AccessDeniedException e) {
            Paragraph notFound = new Paragraph(getTranslation("case.notFound"));
            notFound.setId("case-not-found");
            add(new H2(getTranslation("cases.title")), notFound);
        }
    }

    private void show(CaseView k, List<TaskView> tasks) {
        boolean english = UiLocale.isEnglish(getLocale());
        H2 title = new H2(k.studentName() + " · " + (english ? k.categoryEn() : k.categoryZhTw()));
        title.setId("case-title");
        Span facts = new Span(getTranslation("cases.status." + k.status().name()) + " · "
                + getTranslation("cases.openedOn") + " " + RocDates.format(k.openedOn())
                + (k.returnedOn() == null ? "" : " · " + getTranslation("cases.returnedOn") + " "
                + RocDates.format(k.returnedOn()))
                + " · " + getTranslation("header.policy", english ? k.policy().en() : k.policy().zhTw(),
                k.policy().version()));
        facts.addClassNames(LumoUtility.TextColor.SECONDARY);
        add(title, facts, printLinks.forCase(k, getLocale()), new H3(getTranslation("case.ladder")));

        // The ladder: steps grouped by what started them (第 N 天, a case event) in words, in the
        // order they arose (a ladder day before a later one when both arose together).
        Map<String, List<TaskView>> byTrigger = new LinkedHashMap<>();
        tasks.stream().sorted(Comparator.comparing(TaskView::aroseAt, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparingInt(t -> TaskText.order(t.trigger())))
                .forEach(t -> byTrigger.computeIfAbsent(TaskText.heading(this, t.trigger()), x -> new ArrayList<>()).add(t));
        VerticalLayout ladder = new VerticalLayout();
        ladder.setId("case-ladder");
        ladder.setPadding(false);
        byTrigger.forEach((trigger, steps) -> {
            Span heading = new Span(trigger);
            heading.addClassName("ladder-heading");
            heading.addClassNames(LumoUtility.FontWeight.BOLD);
            ladder.add(heading);
            steps.forEach(t -> ladder.add(step(t, english)));
        });
        add(ladder);
        add(casework.forCase(k, () -> reload(k.id())));
        add(forms(k, english));
        IspCaseSection.forCase(isps, k.id()).ifPresent(this::add);
        add(new tw.huixiao.ui.views.reenrolment.ReEnrolmentEntry(cases.pinnedPolicy(k.id()), k.id()));
        if (callers.get().hasAny(Role.COUNSELING, Role.PRINCIPAL, Role.MENTOR_TEACHER)) {
            add(counsellingNotes(k, english));
        }

        if (callers.get().hasAny(Role.COUNSELING, Role.PRINCIPAL)) {
            add(new H3(getTranslation("case.accessLog")));
            add(new AccessLogGrid("case-access-log", new AccessLogGrid.Source() {
                @Override
                public List<AccessLogLine> page(AccessLogQuery query, int offset, int limit) {
                    return cases.accessLogPage(k.id(), query, offset, limit);
                }

                @Override
                public int count(AccessLogQuery query) {
                    return cases.accessLogCount(k.id(), query);
                }
            }));
        }
    }

    private void reload(long id) {
        removeAll();
        show(cases.get(id), cases.tasks(id));
    }

    /**
     * 輔導紀錄: shown only to the roles that may read them (the service decides again, and logs);
     * a homeroom teacher's workspace has no such section at all.
     */
    private VerticalLayout counsellingNotes(CaseView k, boolean english) {
        VerticalLayout section = new VerticalLayout(new H3(getTranslation("case.notes")));
        section.setPadding(false);
        section.setId("case-notes");
        for (CounsellingNoteService.View n : notes.list(k.id())) {
            // What the counsellor wrote (the kind they named, the note) is shown as written.
            Span line = new Span(new Span(RocDates.compact(n.notedOn()) + " · " + (english ? n.kindEn() : n.kindZh())));
            if (n.kindOther() != null) {
                line.add(new Span("（"), RecordText.of(n.kindOther()), new Span("）"));
            }
            line.add(new Span(" · " + getTranslation("case.notes.tier", n.tier()) + " · " + n.authorName() + "："),
                    RecordText.of(n.content()));
            line.addClassName("case-note");
            section.add(line);
        }
        DatePicker notedOn = new RocDatePicker(getTranslation("case.notes.date"));
        notedOn.setValue(LocalDate.now(clock.withZone(TAIPEI)));
        ComboBox<CounsellingNoteService.Kind> kind = new ComboBox<>(getTranslation("case.notes.kind"));
        kind.setItems(CounsellingNoteService.Kind.values());
        kind.setItemLabelGenerator(c -> english ? c.label().en() : c.label().zhTw());
        kind.setValue(CounsellingNoteService.Kind.INDIVIDUAL);
        TextArea content = new TextArea(getTranslation("case.notes.content"));
        content.setWidthFull();
        content.setId("case-note-content");
        Button add = new Button(getTranslation("case.notes.add"), e -> {
            try {
                notes.create(k.id(), new CounsellingNoteService.Input(notedOn.getValue(),
                        kind.getValue() == null ? null : kind.getValue().name(), null, content.getValue(), null, null));
                Notification.show(getTranslation("form.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                removeAll();
                show(cases.get(k.id()), cases.tasks(k.id()));
            } catch (InvalidInputException ex) {
                content.setErrorMessage(ex.errors().stream().map(f -> PlatformText.of(f.message())).reduce((a, b) -> a + "；" + b)
                        .orElse(""));
                content.setInvalid(true);
            }
        });
        add.setId("case-note-add");
        HorizontalLayout fields = new HorizontalLayout(notedOn, kind);
        section.add(fields, content, add);
        return section;
    }

    /** The case's form records (every revision) and the module's forms to start one from. */
    private VerticalLayout forms(CaseView k, boolean english) {
        VerticalLayout section = new VerticalLayout(new H3(getTranslation("case.forms")));
        section.setPadding(false);
        section.setId("case-forms");
        for (FormRecordView.Summary r : formRecords.ofCase(k.id())) {
            Button open = new Button((english ? r.titleEn() : r.titleZhTw()) + " · " + getTranslation("form.status."
                    + r.status()) + " · " + r.stagesSigned() + "/" + r.stages(),
                    e -> getUI().ifPresent(ui -> ui.navigate(FormEditorView.class,
                            QueryParameters.of("record", String.valueOf(r.id())))));
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            open.addClassName("case-form-record");
            section.add(open);
        }
        ComboBox<FormDefinition> start = new ComboBox<>(getTranslation("case.forms.new"));
        Map<String, FormDefinition> latest = new LinkedHashMap<>();
        cases.pinnedPolicy(k.id()).forms().forEach(f -> latest.merge(f.id(), f, (a, b) -> a.version() >= b.version() ? a : b));
        start.setItems(latest.values());
        start.setItemLabelGenerator(f -> (english ? f.title().en() : f.title().zhTw()) + "（" + f.ruleId() + "）");
        start.setWidth("32em");
        start.setId("case-form-new");
        start.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                getUI().ifPresent(ui -> ui.navigate(FormEditorView.class, QueryParameters.simple(Map.of(
                        "case", String.valueOf(k.id()), "form", e.getValue().id()))));
            }
        });
        section.add(start);
        return section;
    }

    private HorizontalLayout step(TaskView t, boolean english) {
        Span state = new Span(getTranslation("case.task." + stateOf(t)));
        state.getElement().getThemeList().add(switch (stateOf(t)) {
            case "DONE" -> "badge success";
            case "OVERDUE" -> "badge error";
            case "NOT_APPLICABLE" -> "badge contrast";
            default -> "badge";
        });
        Span rule = new Span(t.ruleId());
        rule.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.Whitespace.NOWRAP);
        Span duty = new Span((english ? t.dutyEn() : t.dutyZh()) + "（" + roleName(t.responsibleRole(), english) + "）");
        Span when = new Span(due(t));
        when.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        VerticalLayout text = new VerticalLayout(duty, when);
        text.setPadding(false);
        text.setSpacing(false);
        // Who did it (name and role), when, and the record it was done with; or the way to do it.
        duties.recorded(t).ifPresent(text::add);
        HorizontalLayout row = new HorizontalLayout(state, rule, text);
        row.setWidthFull();
        row.expand(text);
        // On a phone the duty takes the line and the button drops under it instead of squeezing it.
        row.getStyle().set("flex-wrap", "wrap");
        text.getStyle().set("min-width", "min(100%, 16em)");
        duties.button(t, "case/" + t.caseId(), () -> reload(t.caseId())).ifPresent(row::add);
        row.addClassName("ladder-step");
        row.getElement().setAttribute("data-rule", t.ruleId());
        row.getElement().setAttribute("data-state", stateOf(t));
        return row;
    }

    private static String roleName(String role, boolean english) {
        try {
            return english ? Role.valueOf(role).label().en() : Role.valueOf(role).label().zhTw();
        } catch (IllegalArgumentException e) {
            return role;
        }
    }

    private static String stateOf(TaskView t) {
        return "OPEN".equals(t.status()) ? (t.overdue() ? "OVERDUE" : "OPEN") : t.status();
    }

    private String due(TaskView t) {
        return switch (t.dueKind()) {
            case "ONGOING" -> getTranslation("today.ongoing");
            case "TIME" -> getTranslation("today.due") + " " + RocDates.compact(t.dueAt().atZone(TAIPEI).toLocalDate())
                    + " " + TIME.format(t.dueAt().atZone(TAIPEI));
            default -> t.dueOn() == null ? "" : getTranslation("today.due") + " " + RocDates.compact(t.dueOn());
        };
    }
}
