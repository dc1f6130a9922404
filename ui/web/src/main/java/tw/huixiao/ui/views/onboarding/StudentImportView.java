package tw.huixiao.ui.views.onboarding;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.stream.Collectors;
import tw.huixiao.platform.application.InvalidInputException;
import tw.huixiao.platform.application.StateConflictException;
import tw.huixiao.platform.application.onboarding.StudentImport;
import tw.huixiao.ui.GridHeights;
import tw.huixiao.ui.MainLayout;
import tw.huixiao.ui.PlatformText;
import tw.huixiao.ui.RocDates;

/**
 * A school system's student export in (issue 19 §3): upload, a preview of who is added, what
 * changes and which enrolled students the file leaves out — or every bad line, nothing written —
 * then the import of the whole file through the same service as {@code POST /api/v1/school/students/import}.
 */
@Route(value = "school-admin/students", layout = MainLayout.class)
@PageTitle("學生名冊匯入 · 回校 Huixiao")
@RolesAllowed({"SCHOOL_ADMIN", "REGISTRAR", "ACADEMIC_AFFAIRS"})
@Dependent
public class StudentImportView extends VerticalLayout {

    @Inject
    StudentImport imports;

    private final Span summary = new Span();
    private final UnorderedList errors = new UnorderedList();
    private final Button apply = new Button();
    private final VerticalLayout preview = new VerticalLayout();
    private String fileName;
    private byte[] file;

    @PostConstruct
    void build() {
        setId("student-import");
        summary.setId("student-import-summary");
        errors.setId("student-import-errors");
        apply.setText(getTranslation("onboard.apply"));
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.setEnabled(false);
        apply.setId("student-import-apply");
        apply.addClickListener(e -> apply());
        preview.setPadding(false);
        preview.setId("student-import-preview");
        add(new H2(getTranslation("onboard.students.title")), new Paragraph(getTranslation("onboard.students.help")),
                OnboardingUi.upload("student-import-upload", this::check), summary, errors, apply, preview);
    }

    private void check(String name, byte[] data) {
        fileName = name;
        file = data;
        apply.setEnabled(false);
        preview.removeAll();
        errors.removeAll();
        try {
            StudentImport.Report report = imports.importFile(data, name, null, null, false);
            summary.setText(getTranslation("onboard.preview.ready", report.lines(), report.encoding()) + " "
                    + summaryText(report));
            show(report);
            apply.setEnabled(true);
        } catch (InvalidInputException e) {
            refused(e);
        }
    }

    private void apply() {
        apply.setEnabled(false);
        try {
            StudentImport.Report report = imports.importFile(file, fileName, null, null, true);
            summary.setText(getTranslation("onboard.students.applied", report.addedCount(), report.changedCount()));
            Notification.show(summary.getText()).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            preview.removeAll();
            show(report);
        } catch (InvalidInputException e) {
            refused(e);
        } catch (StateConflictException e) {
            summary.setText(PlatformText.of(e.getMessage()));
        }
    }

    private void refused(InvalidInputException e) {
        summary.setText(getTranslation("onboard.preview.refused", e.errors().size()));
        OnboardingUi.showErrors(errors, this, e);
        preview.removeAll();
    }

    private String summaryText(StudentImport.Report r) {
        return getTranslation("onboard.students.summary", r.schoolYear(), r.addedCount(), r.changedCount(), r.unchanged(),
                r.missingCount());
    }

    private void show(StudentImport.Report r) {
        if (r.addedCount() > 0) {
            Grid<StudentImport.Added> added = new Grid<>();
            added.addColumn(StudentImport.Added::line).setHeader(getTranslation("onboard.students.line")).setAutoWidth(true)
                    .setFlexGrow(0);
            OnboardingUi.dataColumn(added, StudentImport.Added::studentNumber)
                    .setHeader(getTranslation("onboard.students.number"));
            OnboardingUi.dataColumn(added, StudentImport.Added::className).setHeader(getTranslation("onboard.students.class"));
            added.addColumn(a -> a.seat() == null ? "" : String.valueOf(a.seat()))
                    .setHeader(getTranslation("onboard.students.seat")).setAutoWidth(true);
            OnboardingUi.dataColumn(added, StudentImport.Added::name).setHeader(getTranslation("onboard.students.name"));
            added.setItems(r.added());
            preview.add(details("student-import-added", getTranslation("onboard.added") + " " + r.addedCount(), added,
                    r.added().size(), r.addedCount()));
        }
        if (r.changedCount() > 0) {
            Grid<StudentImport.Changed> changed = new Grid<>();
            changed.addColumn(StudentImport.Changed::line).setHeader(getTranslation("onboard.students.line"))
                    .setAutoWidth(true).setFlexGrow(0);
            OnboardingUi.dataColumn(changed, StudentImport.Changed::className)
                    .setHeader(getTranslation("onboard.students.class"));
            OnboardingUi.dataColumn(changed, StudentImport.Changed::name).setHeader(getTranslation("onboard.students.name"));
            OnboardingUi.dataColumn(changed, c -> c.changes().stream().map(this::change).collect(Collectors.joining("；")))
                    .setHeader(getTranslation("onboard.changes"));
            changed.setItems(r.changed());
            preview.add(details("student-import-changed", getTranslation("onboard.changed") + " " + r.changedCount(),
                    changed, r.changed().size(), r.changedCount()));
        }
        if (r.missingCount() > 0) {
            Grid<StudentImport.Missing> missing = new Grid<>();
            OnboardingUi.dataColumn(missing, StudentImport.Missing::studentNumber)
                    .setHeader(getTranslation("onboard.students.number"));
            OnboardingUi.dataColumn(missing, StudentImport.Missing::className)
                    .setHeader(getTranslation("onboard.students.class"));
            missing.addColumn(m -> m.seat() == null ? "" : String.valueOf(m.seat()))
                    .setHeader(getTranslation("onboard.students.seat")).setAutoWidth(true);
            OnboardingUi.dataColumn(missing, StudentImport.Missing::name).setHeader(getTranslation("onboard.students.name"));
            missing.setItems(r.missing());
            preview.add(details("student-import-missing", getTranslation("onboard.students.missing") + " "
                    + r.missingCount(), missing, r.missing().size(), r.missingCount()));
        }
    }

    /** "班級：701 → 801" with the field's name and values in the user's language. */
    private String change(StudentImport.Change c) {
        return getTranslation("onboard.field." + c.field()) + "：" + value(c.field(), c.before()) + " → "
                + value(c.field(), c.after());
    }

    private String value(String field, String value) {
        if (value == null || value.isEmpty()) {
            return getTranslation("onboard.empty");
        }
        return switch (field) {
            case "gender" -> getTranslation("onboard.gender." + value);
            case "indigenous" -> getTranslation(Boolean.parseBoolean(value) ? "onboard.yes" : "onboard.no");
            case "birthDate" -> RocDates.format(LocalDate.parse(value));
            default -> value;
        };
    }

    private Details details(String id, String title, Grid<?> grid, int listed, int total) {
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        GridHeights.fit(grid, listed);
        VerticalLayout content = new VerticalLayout(grid);
        content.setPadding(false);
        if (listed < total) {
            content.add(new Span(getTranslation("onboard.students.listed", listed)));
        }
        Details details = new Details(title, content);
        details.setOpened(true);
        details.setId(id);
        details.setWidthFull();
        return details;
    }
}
