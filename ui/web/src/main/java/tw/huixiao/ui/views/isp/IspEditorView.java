package tw.huixiao.ui.views.isp;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tw.huixiao.policy.spi.funding.PlanCap;
import tw.huixiao.platform.application.AccessDeniedException;
import tw.huixiao.platform.application.CaseService;
import tw.huixiao.platform.application.CaseView;
import tw.huixiao.platform.application.EditConflictException;
import tw.huixiao.platform.application.InvalidInputException;
import tw.huixiao.platform.application.InvalidInputException.FieldError;
import tw.huixiao.platform.application.RecordNotFoundException;
import tw.huixiao.platform.application.StateConflictException;
import tw.huixiao.platform.application.StudentService;
import tw.huixiao.platform.application.casework.MeetingService;
import tw.huixiao.platform.application.casework.MeetingView;
import tw.huixiao.platform.application.isp.BudgetView;
import tw.huixiao.platform.application.isp.IspInput;
import tw.huixiao.platform.application.isp.IspPreview;
import tw.huixiao.platform.application.isp.IspService;
import tw.huixiao.platform.application.isp.IspStep;
import tw.huixiao.platform.application.isp.IspView;
import tw.huixiao.platform.domain.isp.IspState;
import tw.huixiao.ui.UnsavedChanges;
import tw.huixiao.ui.MainLayout;
import tw.huixiao.ui.PlatformText;
import tw.huixiao.ui.RocDatePicker;
import tw.huixiao.ui.RocDates;
import tw.huixiao.ui.UiLocale;
import tw.huixiao.ui.views.CaseWorkspaceView;

/**
 * Tainan's individualised support plan (ISP) of a case, for cases whose pinned module has one:
 * {@code /case/{caseId}/isp/new} starts a plan, {@code /case/{caseId}/isp/{ispId}} opens one.
 * The timetable grid takes courses cell by cell; beside it the budget is computed by the service
 * from the unsaved plan on every change, with every funding-rule violation in red and the
 * service's conflicts on their cells. The service decides everything (checks, budget, who may
 * do what); this view shows its answers. Editors (輔導室, 教務處, 導師) edit a draft; the
 * counselling office submits, files, completes and withdraws; the principal approves or returns.
 */
@Route(value = "case/:caseId/isp/:ispId", layout = MainLayout.class)
@PageTitle("ISP · 回校 Huixiao")
@RolesAllowed({"PRINCIPAL", "STUDENT_AFFAIRS", "ACADEMIC_AFFAIRS", "REGISTRAR", "COUNSELING", "HOMEROOM_TEACHER",
        "MENTOR_TEACHER"})
@Dependent
public class IspEditorView extends VerticalLayout implements BeforeEnterObserver, BeforeLeaveObserver {

    private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");
    private static final Pattern CELL = Pattern.compile("^timetable\\[(\\d+)]");
    private static final String NEW = "new";

    /** The case's module's cap on one plan, if any (read once per visit). */
    private Optional<PlanCap> planCap = Optional.empty();

    @Inject
    IspService isps;

    @Inject
    CaseService cases;

    @Inject
    MeetingService meetings;

    @Inject
    StudentService students;

    @Inject
    Clock clock;

    private long caseId;
    private CaseView kase;
    private IspView stored;
    private IspDraft draft;
    private Set<IspStep> steps;
    private boolean editable;
    private boolean english;
    private final UnsavedChanges unsaved = new UnsavedChanges(this);
    private BudgetView lastBudget;
    private BudgetPanel budget;
    private TimetableGrid timetable;
    private IspSections sections;
    private Div errors;
    private Div studentTimetables;
    private Button submit;
    private Span submitBlocked;

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        unsaved.beforeLeave(event);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        english = UiLocale.isEnglish(getLocale());
        RouteParameters parameters = event.getRouteParameters();
        try {
            caseId = Long.parseLong(parameters.get("caseId").orElse(""));
            kase = cases.get(caseId);
            if (!isps.available(caseId)) {
                Paragraph none = new Paragraph(getTranslation("isp.notAvailable"));
                none.setId("isp-not-available");
                add(back(), none);
                return;
            }
            planCap = isps.planCap(caseId);
            String ispId = parameters.get("ispId").orElse(NEW);
            if (NEW.equals(ispId) && !isps.stepsFor(IspState.DRAFT).contains(IspStep.EDIT)) {
                Paragraph editorsOnly = new Paragraph(getTranslation("isp.editorsOnly"));
                editorsOnly.setId("isp-editors-only");
                add(back(), editorsOnly);
            } else if (NEW.equals(ispId)) {
                load(null);
            } else {
                load(isps.get(caseId, Long.parseLong(ispId)));
            }
        } catch (RecordNotFoundException | AccessDeniedException | NumberFormatException e) {
            removeAll();
            Paragraph notFound = new Paragraph(getTranslation("case.notFound"));
            notFound.setId("isp-not-found");
            add(notFound);
        }
    }

    /** Draws the plan (null: a new one) and asks the service for its budget. */
    private void load(IspView plan) {
        removeAll();
        stored = plan;
        LocalDate today = LocalDate.now(clock.withZone(TAIPEI));
        draft = plan == null ? IspDraft.blank(kase.studentId(), kase.studentName(), today)
                : IspDraft.of(plan, kase.studentName());
        steps = isps.stepsFor(plan == null ? IspState.DRAFT : IspState.valueOf(plan.state()));
        editable = steps.contains(IspStep.EDIT);
        unsaved.saved();
        lastBudget = null;

        add(back(), header(), actions());
        errors = new Div();
        errors.setId("isp-errors");
        add(errors);
        add(term());

        timetable = new TimetableGrid(draft, editable, english, this::changed);
        budget = new BudgetPanel(english);
        VerticalLayout grid = new VerticalLayout(new H3(getTranslation("isp.timetable")), hint("isp.timetable.hint"),
                timetable);
        grid.setPadding(false);
        grid.setWidth(null);
        HorizontalLayout main = new HorizontalLayout(grid, budget);
        main.getStyle().set("flex-wrap", "wrap");
        main.setAlignItems(FlexComponent.Alignment.START);
        main.setWidthFull();
        add(main);

        sections = new IspSections(draft, editable, english, this::changed, students);
        List<MeetingView> needs = meetings.list(caseId).stream().filter(m -> "NEEDS_ASSESSMENT".equals(m.kind())).toList();
        add(section("isp.section.teachers", sections.teachers(), true),
                section("isp.section.courses", sections.courses(kase.studentId()), true),
                section("isp.section.team", sections.team(), true),
                section("isp.section.visits", sections.visits(kase.studentId()), true),
                section("isp.section.extras", sections.extras(), true),
                section("isp.section.meetings", sections.meetings(needs), false),
                section("isp.section.services", sections.services(), false),
                section("isp.section.measures", sections.measures(), false));
        studentTimetables = new Div();
        studentTimetables.setId("isp-student-timetables");
        add(section("isp.section.studentTimetables", studentTimetables, false));
        if (plan != null) {
            add(section("isp.section.history", history(plan), false));
        }
        refresh();
    }

    private void changed() {
        unsaved.changed();
        refresh();
    }

    /** Asks the service about the plan as it stands (editors), or shows the stored plan's budget. */
    private void refresh() {
        if (!editable) {
            budget.show(stored.budget(), false);
            showStudentTimetables(stored.studentTimetables());
            showSubmitState(stored.budget(), List.of());
            return;
        }
        try {
            IspPreview preview = isps.preview(caseId, stored == null ? null : stored.id(), draft.input());
            if (preview.budget() != null) {
                lastBudget = preview.budget();
                budget.show(lastBudget, false);
            } else if (lastBudget != null) {
                budget.show(lastBudget, true);
            } else {
                budget.unavailable();
            }
            timetable.showConflicts(byCell(preview.errors()));
            sections.showTaught();
            showErrors(preview.errors());
            showStudentTimetables(preview.studentTimetables());
            showSubmitState(preview.budget(), preview.errors());
        } catch (StateConflictException | AccessDeniedException | RecordNotFoundException e) {
            error(PlatformText.of(e.getMessage()));
        }
    }

    // ---- header and term ---------------------------------------------------------------------

    private Component back() {
        Button back = new Button(getTranslation("form.backToCase"),
                e -> getUI().ifPresent(ui -> ui.navigate(CaseWorkspaceView.class, caseId)));
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        back.setId("isp-back");
        return back;
    }

    private Component header() {
        H2 title = new H2(getTranslation("isp.title") + (stored == null ? getTranslation("isp.new") : " #" + stored.id()));
        title.setId("isp-title");
        Span state = new Span(stored == null ? getTranslation("isp.unsaved")
                : english ? stored.stateLabel().en() : stored.stateLabel().zhTw());
        state.getElement().getThemeList().add(stored != null && "DRAFT".equals(stored.state()) || stored == null
                ? "badge" : "badge success");
        state.setId("isp-state");
        Span who = new Span(kase.studentName() + " · " + (english ? kase.categoryEn() : kase.categoryZhTw()) + " · "
                + getTranslation("header.policy", english ? kase.policy().en() : kase.policy().zhTw(),
                kase.policy().version()));
        who.addClassNames(LumoUtility.TextColor.SECONDARY);
        HorizontalLayout heading = new HorizontalLayout(title, state);
        heading.setAlignItems(FlexComponent.Alignment.BASELINE);
        VerticalLayout header = new VerticalLayout(heading, who);
        header.setPadding(false);
        header.setSpacing(false);
        return header;
    }

    private Component term() {
        TextField label = new TextField(getTranslation("isp.term.label"));
        label.setValue(draft.termLabel == null ? "" : draft.termLabel);
        DatePicker startsOn = new RocDatePicker(getTranslation("isp.term.startsOn"));
        startsOn.setValue(draft.startsOn);
        startsOn.setHelperText(rocDate(draft.startsOn));
        IntegerField weeks = new IntegerField(getTranslation("isp.term.weeks"));
        weeks.setValue(draft.weeks);
        weeks.setStepButtonsVisible(true);
        weeks.setMin(1);
        weeks.setWidth("8em");
        weeks.setId("isp-term-weeks");
        Span until = new Span(termSpan());
        until.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        label.setReadOnly(!editable);
        startsOn.setReadOnly(!editable);
        weeks.setReadOnly(!editable);
        label.addValueChangeListener(e -> {
            draft.termLabel = e.getValue();
            changed();
        });
        startsOn.addValueChangeListener(e -> {
            draft.startsOn = e.getValue();
            startsOn.setHelperText(rocDate(e.getValue()));
            until.setText(termSpan());
            changed();
        });
        weeks.addValueChangeListener(e -> {
            draft.weeks = e.getValue();
            until.setText(termSpan());
            changed();
        });
        HorizontalLayout row = new HorizontalLayout(label, startsOn, weeks, until);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setId("isp-term");
        return row;
    }

    private String termSpan() {
        if (draft.startsOn == null || draft.weeks == null || draft.weeks < 1) {
            return "";
        }
        return getTranslation("isp.term.span", RocDates.compact(draft.startsOn),
                RocDates.compact(draft.startsOn.plusWeeks(draft.weeks - 1L).plusDays(4)), draft.weeks);
    }

    private static String rocDate(LocalDate day) {
        return day == null ? null : RocDates.format(day);
    }

    // ---- actions -----------------------------------------------------------------------------

    private Component actions() {
        submit = null;
        HorizontalLayout bar = new HorizontalLayout();
        bar.setId("isp-actions");
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.getStyle().set("flex-wrap", "wrap");
        if (editable) {
            Button save = new Button(getTranslation("isp.save"), e -> {
                IspView saved = save();
                if (saved != null) {
                    saved(saved, "isp.saved");
                }
            });
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.setId("isp-save");
            bar.add(save);
        }
        submitBlocked = new Span();
        submitBlocked.setId("isp-submit-blocked");
        submitBlocked.getStyle().set("color", "var(--lumo-error-text-color)").set("max-width", "48em");
        submitBlocked.addClassNames(LumoUtility.FontSize.SMALL);
        if (steps.contains(IspStep.SUBMIT)) {
            submit = new Button(getTranslation("isp.submit"), e -> submit());
            submit.setId("isp-submit");
            bar.add(submit);
        }
        if (stored != null) {
            long version = stored.version();
            long id = stored.id();
            if (steps.contains(IspStep.APPROVE)) {
                TextArea note = new TextArea(getTranslation("isp.step.note"));
                bar.add(stepButton(IspStep.APPROVE, List.of(note), () -> isps.approve(caseId, id,
                        new IspInput.Step(version, note.getValue()))));
            }
            if (steps.contains(IspStep.RETURN)) {
                TextArea reason = new TextArea(getTranslation("isp.step.reason"));
                bar.add(stepButton(IspStep.RETURN, List.of(reason), () -> isps.returnForRevision(caseId, id,
                        new IspInput.Step(version, reason.getValue()))));
            }
            if (steps.contains(IspStep.FILE)) {
                DatePicker filedOn = new RocDatePicker(getTranslation("isp.step.filedOn"), LocalDate.now(clock.withZone(TAIPEI)));
                TextField reference = new TextField(getTranslation("isp.step.reference"));
                reference.setPlaceholder("南市○○字第1150000000號");
                bar.add(stepButton(IspStep.FILE, List.of(filedOn, reference), () -> isps.file(caseId, id,
                        new IspInput.Filing(version, filedOn.getValue(), reference.getValue()))));
            }
            if (steps.contains(IspStep.COMPLETE)) {
                DatePicker completedOn = new RocDatePicker(getTranslation("isp.step.completedOn"),
                        LocalDate.now(clock.withZone(TAIPEI)));
                TextArea note = new TextArea(getTranslation("isp.step.note"));
                bar.add(stepButton(IspStep.COMPLETE, List.of(completedOn, note), () -> isps.complete(caseId, id,
                        new IspInput.Completion(version, completedOn.getValue(), note.getValue()))));
            }
            if (steps.contains(IspStep.WITHDRAW)) {
                TextArea reason = new TextArea(getTranslation("isp.step.reason"));
                Button withdraw = stepButton(IspStep.WITHDRAW, List.of(reason), () -> isps.withdraw(caseId, id,
                        new IspInput.Step(version, reason.getValue())));
                withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR);
                bar.add(withdraw);
            }
        }
        bar.add(submitBlocked);
        return bar;
    }

    /** Saves the draft as it stands (a new plan is created); null when the service refused it (shown). */
    private IspView save() {
        try {
            IspView saved = stored == null ? isps.create(caseId, draft.input())
                    : isps.update(caseId, stored.id(), draft.input());
            unsaved.saved();
            return saved;
        } catch (InvalidInputException e) {
            showErrors(e.errors());
            timetable.showConflicts(byCell(e.errors()));
            error(getTranslation("isp.refused", e.errors().size()));
        } catch (StateConflictException | EditConflictException | AccessDeniedException e) {
            error(PlatformText.of(e.getMessage()));
        }
        return null;
    }

    /** Submission to the school's review: unsaved changes are saved first; the service refuses what the budget breaks. */
    private void submit() {
        IspView plan = stored == null || unsaved.unsaved() ? save() : stored;
        if (plan == null) {
            return;
        }
        try {
            saved(isps.submit(caseId, plan.id(), new IspInput.Step(plan.version(), null)), "isp.submitted");
        } catch (InvalidInputException e) {
            showSaved(plan);
            showErrors(e.errors());
            error(getTranslation("isp.refused", e.errors().size()));
        } catch (StateConflictException | EditConflictException | AccessDeniedException e) {
            showSaved(plan);
            error(PlatformText.of(e.getMessage())).setDuration(15_000);
        }
    }

    /** After a refused submission: the draft saved on the way is what the page now shows. */
    private void showSaved(IspView plan) {
        if (plan != stored) {
            saved(plan, null);
        }
    }

    /** Shows the plan as the service answered it; a new plan gets its own address. */
    private void saved(IspView plan, String message) {
        if (message != null) {
            Notification.show(getTranslation(message)).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        }
        if (stored == null) {
            getUI().ifPresent(ui -> ui.navigate(IspEditorView.class, new RouteParameters(Map.of(
                    "caseId", String.valueOf(caseId), "ispId", String.valueOf(plan.id())))));
        } else {
            load(plan);
        }
    }

    private Button stepButton(IspStep step, List<Component> fields, Supplier<IspView> action) {
        String title = getTranslation("isp.step." + step.name());
        Button button = new Button(title, e -> {
            Dialog dialog = new Dialog();
            dialog.setHeaderTitle(title);
            dialog.setId("isp-step-dialog");
            Span refused = new Span();
            refused.getStyle().set("color", "var(--lumo-error-text-color)");
            VerticalLayout body = new VerticalLayout();
            body.setPadding(false);
            fields.forEach(body::add);
            body.add(refused);
            dialog.add(body);
            Button confirm = new Button(title, c -> {
                try {
                    IspView moved = action.get();
                    dialog.close();
                    saved(moved, "isp.step.done");
                } catch (InvalidInputException ex) {
                    refused.setText(ex.errors().stream().map(f -> PlatformText.of(f.message())).reduce((a, b) -> a + "；" + b)
                            .orElse(""));
                } catch (StateConflictException | EditConflictException
                         | AccessDeniedException ex) {
                    refused.setText(PlatformText.of(ex.getMessage()));
                }
            });
            confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            confirm.setId("isp-step-confirm");
            Button cancel = new Button(getTranslation("isp.close"), c -> dialog.close());
            dialog.getFooter().add(cancel, confirm);
            dialog.open();
        });
        button.setId("isp-" + step.name().toLowerCase());
        return button;
    }

    // ---- answers -----------------------------------------------------------------------------

    /**
     * Submission is for a plan the service would accept: no errors and, when funding is
     * requested, a budget that breaks no rule — over the module's plan cap (SPI 1.6 planCap())
     * the message points to the route the module offers instead.
     */
    private void showSubmitState(BudgetView computed, List<FieldError> refused) {
        if (submit == null) {
            return;
        }
        String why = "";
        if (!refused.isEmpty()) {
            why = getTranslation("isp.submit.errors");
        } else if (draft.fundingRequested && computed != null && !computed.fundable()) {
            Optional<PlanCap> overCap = planCap.filter(c -> computed.violations().stream()
                    .anyMatch(v -> c.ruleId().value().equals(v.ruleId())));
            why = overCap.map(c -> getTranslation("isp.submit.overCap",
                            String.format("%,d", c.amount().setScale(0, java.math.RoundingMode.HALF_UP).longValueExact()),
                            c.ruleId().value(), c.otherRoute().in(getLocale())))
                    .orElseGet(() -> getTranslation("isp.submit.violations"));
        }
        submit.setEnabled(why.isEmpty());
        submitBlocked.setText(why);
    }

    /** The service's errors, each under the name of the table it concerns (conflicts are also on their cells). */
    private void showErrors(List<FieldError> found) {
        errors.removeAll();
        for (FieldError e : found) {
            Div line = new Div(new Span(where(e.field()) + "：" + PlatformText.of(e.message())));
            line.addClassNames("isp-error", LumoUtility.FontSize.SMALL);
            line.getStyle().set("color", "var(--lumo-error-text-color)");
            line.getElement().setAttribute("data-field", e.field());
            errors.add(line);
        }
    }

    /** "timetable[3].teacher" → 課程總表 第 4 格. */
    private String where(String field) {
        Matcher m = Pattern.compile("^([a-zA-Z]+)(?:\\[(\\d+)])?").matcher(field);
        if (!m.find()) {
            return field;
        }
        String key = "isp.field." + m.group(1);
        String section = getTranslation(key);
        if (section.startsWith("!")) {
            section = m.group(1);
        }
        return m.group(2) == null ? section : getTranslation("isp.field.row", section, Integer.parseInt(m.group(2)) + 1);
    }

    private static Map<Integer, List<String>> byCell(List<FieldError> found) {
        Map<Integer, List<String>> byCell = new LinkedHashMap<>();
        for (FieldError e : found) {
            Matcher m = CELL.matcher(e.field());
            if (m.find()) {
                byCell.computeIfAbsent(Integer.parseInt(m.group(1)), i -> new ArrayList<>()).add(PlatformText.of(e.message()));
            }
        }
        return byCell;
    }

    private void showStudentTimetables(List<IspView.StudentTimetable> tables) {
        studentTimetables.removeAll();
        if (tables.isEmpty()) {
            studentTimetables.add(hint("isp.studentTimetables.none"));
        }
        for (IspView.StudentTimetable table : tables) {
            studentTimetables.add(new H4(table.name()), TimetableGrid.studentTable(table, english,
                    day -> getTranslation("isp.day." + day)));
        }
    }

    private Component history(IspView plan) {
        VerticalLayout list = new VerticalLayout();
        list.setPadding(false);
        list.setSpacing(false);
        list.setId("isp-history");
        for (IspView.Step step : plan.history()) {
            String when = RocDates.compact(step.at().atZone(TAIPEI).toLocalDate());
            list.add(new Span(when + " · " + step.byName() + " · " + (step.from() == null ? "" : state(step.from())
                    + " → ") + state(step.to()) + (step.note() == null ? "" : "：" + PlatformText.of(step.note()))));
        }
        return list;
    }

    private String state(String name) {
        IspState state = IspState.valueOf(name);
        return english ? state.label().en() : state.label().zhTw();
    }

    private Details section(String key, Component content, boolean opened) {
        Details details = new Details(getTranslation(key), content);
        details.setOpened(opened);
        details.setWidthFull();
        details.setId(key.replace('.', '-'));
        return details;
    }

    private Span hint(String key) {
        Span hint = new Span(getTranslation(key));
        hint.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        return hint;
    }

    private Notification error(String message) {
        Notification notification = Notification.show(message);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        return notification;
    }
}
