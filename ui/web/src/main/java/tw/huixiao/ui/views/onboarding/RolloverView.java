package tw.huixiao.ui.views.onboarding;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.stream.Collectors;
import tw.huixiao.platform.application.StateConflictException;
import tw.huixiao.platform.application.onboarding.Consoles;
import tw.huixiao.platform.application.onboarding.Rollover;
import tw.huixiao.platform.application.onboarding.SchoolRollover;
import tw.huixiao.ui.GridHeights;
import tw.huixiao.ui.MainLayout;
import tw.huixiao.ui.PlatformText;
import tw.huixiao.ui.RocDates;

/**
 * The school-year rollover of the administrator's school (issue 19 §4): a dry run shows each
 * class's move, who graduates, who stays behind and which open cases follow their students;
 * applying it asks once more. The same service as {@code POST /api/v1/school/rollover}.
 */
@Route(value = "school-admin/rollover", layout = MainLayout.class)
@PageTitle("學年度升級 · 回校 Huixiao")
@RolesAllowed("SCHOOL_ADMIN")
@Dependent
public class RolloverView extends VerticalLayout {

    @Inject
    Rollover rollover;

    @Inject
    Consoles consoles;

    private final Span summary = new Span();
    private final Span cases = new Span();
    private final Span warning = new Span();
    private final Button apply = new Button();
    private final VerticalLayout report = new VerticalLayout();
    private SchoolRollover.Report dryRun;

    @PostConstruct
    void build() {
        setId("rollover");
        Button run = new Button(getTranslation("onboard.rollover.dryRun"), e -> dryRun());
        run.setId("rollover-dry-run");
        apply.setText(getTranslation("onboard.rollover.apply"));
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        apply.setEnabled(false);
        apply.setId("rollover-apply");
        apply.addClickListener(e -> confirm());
        summary.setId("rollover-summary");
        cases.setId("rollover-cases");
        warning.setId("rollover-warning");
        warning.getElement().getThemeList().add("badge error");
        warning.setVisible(false);
        report.setPadding(false);
        FlexLayout buttons = new FlexLayout(run, apply);
        buttons.addClassNames(LumoUtility.Gap.MEDIUM);
        buttons.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        add(new H2(getTranslation("onboard.rollover.title")), new Paragraph(getTranslation("onboard.rollover.help")),
                buttons, warning, summary, cases, report);
    }

    private void dryRun() {
        dryRun = rollover.school(null, null, false);
        show(dryRun);
        apply.setEnabled(dryRun.refusal() == null);
    }

    private void confirm() {
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("onboard.rollover.confirm.title"),
                getTranslation("onboard.rollover.confirm.text", dryRun.fromYear(), dryRun.toYear(), dryRun.promoted(),
                        dryRun.graduated()), getTranslation("onboard.rollover.apply"), e -> applyRollover());
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("onboard.rollover.confirm.cancel"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.setId("rollover-confirm");
        dialog.open();
    }

    private void applyRollover() {
        apply.setEnabled(false);
        try {
            SchoolRollover.Report done = rollover.school(null, dryRun.fromYear(), true);
            show(done);
            summary.setText(getTranslation("onboard.rollover.applied", done.toYear(), done.promoted(), done.graduated(),
                    done.homeroomTasksReassigned()));
            Notification.show(summary.getText()).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (StateConflictException e) {
            warning.setText(PlatformText.of(e.getMessage()));
            warning.setVisible(true);
        }
    }

    private void show(SchoolRollover.Report r) {
        report.removeAll();
        summary.setText(getTranslation("onboard.rollover.summary", r.fromYear(), r.toYear(),
                RocDates.format(r.newYearStarts()), r.promoted(), r.graduated(), r.leavers()));
        cases.setText(getTranslation("onboard.rollover.cases", r.studentsWithOpenCases(), r.openTasks()));
        String problem = r.refusal() != null ? getTranslation("onboard.rollover.refused", PlatformText.of(r.refusal()))
                : r.late() && !r.applied() ? getTranslation("onboard.rollover.late") : null;
        warning.setText(problem == null ? "" : problem);
        warning.setVisible(problem != null);
        Map<Long, String> teachers = consoles.staff().stream()
                .collect(Collectors.toMap(Consoles.Person::id, Consoles.Person::displayName));
        Grid<SchoolRollover.ClassMove> classes = new Grid<>();
        OnboardingUi.dataColumn(classes, SchoolRollover.ClassMove::from).setHeader(getTranslation("onboard.rollover.from"));
        classes.addColumn(SchoolRollover.ClassMove::fromGrade).setHeader(getTranslation("onboard.rollover.grade"))
                .setAutoWidth(true);
        classes.addColumn(m -> m.graduating() ? getTranslation("onboard.rollover.graduate")
                : m.to() + (m.existing() ? " " + getTranslation("onboard.rollover.existing") : ""))
                .setHeader(getTranslation("onboard.rollover.to")).setAutoWidth(true);
        classes.addColumn(SchoolRollover.ClassMove::students).setHeader(getTranslation("onboard.rollover.students"))
                .setAutoWidth(true);
        OnboardingUi.dataColumn(classes, m -> m.graduating() || m.homeroomTeacherId() == null ? ""
                : teachers.getOrDefault(m.homeroomTeacherId(), "")).setHeader(getTranslation("onboard.rollover.teacher"));
        classes.setItems(r.classes());
        classes.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        classes.setId("rollover-classes");
        GridHeights.fit(classes, r.classes().size());
        report.add(classes);
        if (!r.graduatesWithOpenCases().isEmpty()) {
            UnorderedList graduates = new UnorderedList();
            graduates.setId("rollover-graduates-with-cases");
            r.graduatesWithOpenCases().forEach(g -> graduates.add(new ListItem(OnboardingUi.data(g.className() + " "
                    + g.name()))));
            report.add(new H3(getTranslation("onboard.rollover.graduatesWithCases")), graduates);
        }
    }
}
