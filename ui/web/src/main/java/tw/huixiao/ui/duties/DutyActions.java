package tw.huixiao.ui.duties;

import java.util.List;
import tw.huixiao.platform.domain.escalation.BureauFilingView;
import tw.huixiao.platform.application.filings.BureauFilingService;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tw.huixiao.platform.application.CallerProvider;
import tw.huixiao.platform.application.StudentAccess;
import tw.huixiao.platform.application.casework.StaffDirectory;
import tw.huixiao.platform.application.documents.DocumentService;
import tw.huixiao.platform.application.escalation.DutyService;
import tw.huixiao.platform.application.escalation.TaskService;
import tw.huixiao.platform.application.forms.FormRecordService;
import tw.huixiao.platform.domain.escalation.TaskView;
import tw.huixiao.platform.domain.identity.Role;
import tw.huixiao.ui.PlatformText;
import tw.huixiao.ui.RecordText;
import tw.huixiao.ui.RocDates;
import tw.huixiao.ui.UiLocale;

/**
 * Doing a duty where it is shown — 今日待辦, the case's ladder, the student page: the "辦理…" button
 * that opens {@link DutyDialog} (a form, a document or a note, by what the step produces:
 * {@link DutyPath}), and the line saying who did it, in which role, when, with a link to the record.
 * Every write goes through the application services, so the checks and the access log are the API's.
 */
@Dependent
public class DutyActions {

    private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final Pattern FORM_RECORD = Pattern.compile("form-records/(\\d+)");
    /** Where a completion may return to: a view of this application, never another site. */
    private static final Pattern RETURN_TO = Pattern.compile("(today|case/\\d+|student/\\d+)");

    @Inject
    TaskService tasks;

    @Inject
    BureauFilingService filings;

    @Inject
    DutyService duties;

    @Inject
    DocumentService documents;

    @Inject
    FormRecordService records;

    @Inject
    StaffDirectory staff;

    @Inject
    StudentAccess access;

    @Inject
    CallerProvider callers;

    @Inject
    Clock clock;

    private Map<Long, StaffDirectory.Member> staffById;

    /**
     * The "辦理…" button of an open duty the user may record; empty for a duty done, not applicable,
     * or someone else's.
     *
     * @param returnTo the view to come back to after a form is saved ("today", "case/12")
     * @param done     runs after the duty is recorded here (the view refreshes)
     */
    public Optional<Button> button(TaskView task, String returnTo, Runnable done) {
        if (!"OPEN".equals(task.status()) || !tasks.isOwn(task)) {
            return Optional.empty();
        }
        Button button = new Button(text("duty.do"), e -> open(task, returnTo, done));
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        button.setId("task-done-" + task.id());
        button.addClassName("duty-do");
        return Optional.of(button);
    }

    /** Opens the duty's completion: the dialog for its path. */
    public void open(TaskView task, String returnTo, Runnable done) {
        // A duty before its case (day 1 of a streak) is done under the module its case will follow.
        DutyPath path = duties.moduleOf(task).map(p -> DutyPath.of(task.produces(), p)).orElseGet(DutyPath.Note::new);
        if (task.caseId() == null && path instanceof DutyPath.Document) {
            // Documents are issued for a case: before it opens, what was done is noted.
            path = new DutyPath.Note();
        }
        new DutyDialog(this, task, path, safeReturn(returnTo, task), done).open();
    }

    /** For an open duty that is someone else's: who is responsible for it (the person, else the office). */
    public Optional<Component> responsible(TaskView task) {
        if (!"OPEN".equals(task.status()) || tasks.isOwn(task)) {
            return Optional.empty();
        }
        boolean english = english();
        String office = roleOf(task.responsibleRole()).map(r -> english ? r.label().en() : r.label().zhTw())
                .orElse(task.responsibleRole());
        StaffDirectory.Member person = task.assigneeId() == null ? null : member(task.assigneeId());
        Span line = new Span(text("duty.responsible", person == null ? office : person.name() + "（" + office + "）"));
        line.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY, "duty-responsible");
        return Optional.of(line);
    }

    /** Who recorded the duty, in which role and when (民國), and a link to the record it was done with. */
    public Optional<Component> recorded(TaskView task) {
        if (task.completedAt() == null) {
            return Optional.empty();
        }
        FlexLayout line = new FlexLayout();
        line.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        line.addClassNames(LumoUtility.Gap.SMALL, LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY,
                "duty-recorded");
        String when = RocDates.compact(task.completedAt().atZone(TAIPEI).toLocalDate()) + " "
                + TIME.format(task.completedAt().atZone(TAIPEI));
        line.add(new Span(text("NOT_APPLICABLE".equals(task.status()) ? "duty.recordedNotApplicable" : "duty.recordedBy",
                who(task), when)));
        if (task.completionNote() != null) {
            // The platform's own notes in the reader's language; what a person typed, as written.
            line.add(new Span("："), PlatformText.isBilingual(task.completionNote())
                    ? new Span(PlatformText.of(task.completionNote())) : RecordText.of(task.completionNote()));
        }
        Matcher record = FORM_RECORD.matcher(task.recordRef() == null ? "" : task.recordRef());
        if (record.matches()) {
            Anchor open = new Anchor("form?record=" + record.group(1), text("duty.openRecord"));
            open.addClassName("duty-record-link");
            line.add(open);
        }
        filing(task).ifPresent(line::add);
        return Optional.of(line);
    }

    /**
     * Where the duty's filing with the county bureau stands (issue 20): sent, acknowledged
     * (收件備查) or returned with the bureau's reason — then filed again from here.
     */
    private Optional<Component> filing(TaskView task) {
        Optional<BureauFilingView> found = filings.ofTasks(List.of(task.id())).stream().findFirst()
                .filter(f -> !"DUE".equals(f.status()));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        BureauFilingView f = found.get();
        Span status = new Span(text("filings.duty.line", text("filings.status." + f.status())
                + ("RETURNED".equals(f.status()) && f.decisionNote() != null ? "：" + f.decisionNote() : "")));
        status.getElement().getThemeList().add("badge" + switch (f.status()) {
            case "ACKNOWLEDGED" -> " success";
            case "RETURNED" -> " error";
            default -> "";
        });
        status.addClassName("duty-filing");
        status.setId("duty-filing-" + task.id());
        if (!"RETURNED".equals(f.status()) || !tasks.mayComplete(task)) {
            return Optional.of(status);
        }
        Button again = new Button(text("filings.duty.refile"), e -> {
            filings.refile(f.id(), null);
            Notification.show(text("filings.duty.refiled"), 3000, Notification.Position.BOTTOM_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            UI.getCurrent().getPage().reload();
        });
        again.addThemeVariants(ButtonVariant.LUMO_SMALL);
        again.setId("duty-refile-" + task.id());
        FlexLayout both = new FlexLayout(status, again);
        both.addClassNames(LumoUtility.Gap.SMALL, LumoUtility.AlignItems.CENTER);
        return Optional.of(both);
    }

    /** The filing a duty will make with the bureau once done, for the duty's dialog. */
    Optional<String> expectedFiling(TaskView task) {
        return filings.ofTasks(List.of(task.id())).stream().findFirst().filter(f -> "DUE".equals(f.status()))
                .map(f -> text("filings.duty.expected", english() ? f.titleEn() : f.titleZh()));
    }

    /** "王○明（導師）": the person and the role they acted in; "—" when no longer on the staff. */
    String who(TaskView task) {
        StaffDirectory.Member member = task.completedBy() == null ? null : member(task.completedBy());
        if (member == null) {
            return "—";
        }
        Optional<Role> acting = roleOf(task.responsibleRole()).filter(member::holds)
                .or(() -> task.otherRoles() == null ? Optional.empty() : java.util.Arrays.stream(task.otherRoles().split(","))
                        .map(DutyActions::roleOf).flatMap(Optional::stream).filter(member::holds).findFirst())
                .or(() -> member.roles().stream().filter(Role::isSchoolRole).sorted().findFirst());
        boolean english = english();
        return member.name() + acting.map(r -> "（" + (english ? r.label().en() : r.label().zhTw()) + "）").orElse("");
    }

    private StaffDirectory.Member member(long id) {
        if (staffById == null) {
            staffById = staff.ofCallersSchool().stream().collect(Collectors.toMap(StaffDirectory.Member::id,
                    Function.identity()));
        }
        return staffById.get(id);
    }

    private static Optional<Role> roleOf(String name) {
        try {
            return Optional.of(Role.valueOf(name));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    /**
     * The form editor for a new record of the duty's form, prefilled from the case (before the case
     * opens: from the student and the absence streak) and tied to the duty.
     */
    static QueryParameters formEditorFor(TaskView task, String formId, String returnTo) {
        return task.caseId() == null
                ? QueryParameters.simple(Map.of("form", formId, "task", String.valueOf(task.id()), "return", returnTo))
                : QueryParameters.simple(Map.of("case", String.valueOf(task.caseId()), "form", formId,
                "task", String.valueOf(task.id()), "return", returnTo));
    }

    /** A return view of this application; the duty's case otherwise. */
    public static String safeReturn(String requested, TaskView task) {
        if (requested != null && RETURN_TO.matcher(requested).matches()) {
            return requested;
        }
        return task.caseId() == null ? "today" : "case/" + task.caseId();
    }

    boolean issuesDocuments() {
        return access.seesWholeSchool(callers.get());
    }

    boolean english() {
        return UiLocale.isEnglish(locale());
    }

    static Locale locale() {
        com.vaadin.flow.component.UI ui = com.vaadin.flow.component.UI.getCurrent();
        return ui == null ? Locale.TRADITIONAL_CHINESE : ui.getLocale();
    }

    static String text(String key, Object... params) {
        return I18NProvider.translate(locale(), key, params);
    }
}
