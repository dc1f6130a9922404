package tw.huixiao.ui.views.onboarding;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
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
import java.util.stream.Collectors;
import tw.huixiao.platform.application.InvalidInputException;
import tw.huixiao.platform.application.onboarding.CountyNames;
import tw.huixiao.platform.application.onboarding.SchoolListImport;
import tw.huixiao.ui.GridHeights;
import tw.huixiao.ui.MainLayout;
import tw.huixiao.ui.UiLocale;

/**
 * The MOE school list in (issue 19 §1): upload, the report of schools to add and to update
 * field by field (or every bad line, nothing written), then apply — the same service as
 * {@code POST /api/v1/admin/school-list}.
 */
@Route(value = "admin/school-list", layout = MainLayout.class)
@PageTitle("學校名冊匯入 · 回校 Huixiao")
@RolesAllowed("PLATFORM_ADMIN")
@Dependent
public class SchoolListImportView extends VerticalLayout {

    @Inject
    SchoolListImport imports;

    private final Span summary = new Span();
    private final UnorderedList errors = new UnorderedList();
    private final Button apply = new Button();
    private final VerticalLayout preview = new VerticalLayout();
    private byte[] file;

    @PostConstruct
    void build() {
        setId("school-list-import");
        summary.setId("school-list-summary");
        errors.setId("school-list-errors");
        apply.setText(getTranslation("onboard.apply"));
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.setEnabled(false);
        apply.setId("school-list-apply");
        apply.addClickListener(e -> apply());
        preview.setPadding(false);
        add(new H2(getTranslation("onboard.schoolList.title")), new Paragraph(getTranslation("onboard.schoolList.help")),
                OnboardingUi.upload("school-list-upload", (name, data) -> check(data)), summary, errors, apply, preview);
    }

    private void check(byte[] data) {
        file = data;
        apply.setEnabled(false);
        errors.removeAll();
        preview.removeAll();
        try {
            SchoolListImport.Report report = imports.importList(data, null, false);
            summary.setText(getTranslation("onboard.preview.ready", report.lines(), report.encoding()) + " "
                    + getTranslation("onboard.schoolList.summary", report.added().size(), report.changed().size(),
                    report.unchanged()));
            show(report);
            apply.setEnabled(!report.added().isEmpty() || !report.changed().isEmpty());
        } catch (InvalidInputException e) {
            summary.setText(getTranslation("onboard.preview.refused", e.errors().size()));
            OnboardingUi.showErrors(errors, this, e);
        }
    }

    private void apply() {
        apply.setEnabled(false);
        try {
            SchoolListImport.Report report = imports.importList(file, null, true);
            summary.setText(getTranslation("onboard.schoolList.applied", report.added().size(), report.changed().size()));
            Notification.show(summary.getText()).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (InvalidInputException e) {
            summary.setText(getTranslation("onboard.preview.refused", e.errors().size()));
            OnboardingUi.showErrors(errors, this, e);
        }
    }

    private void show(SchoolListImport.Report r) {
        if (!r.added().isEmpty()) {
            Grid<SchoolListImport.Entry> added = new Grid<>();
            OnboardingUi.dataColumn(added, SchoolListImport.Entry::moeCode).setHeader(getTranslation("onboard.school.code"));
            OnboardingUi.dataColumn(added, SchoolListImport.Entry::name).setHeader(getTranslation("onboard.school.name"));
            added.addColumn(e -> county(e.county())).setHeader(getTranslation("onboard.county")).setAutoWidth(true);
            added.addColumn(e -> getTranslation("onboard.level." + e.level())).setHeader(getTranslation("onboard.school.level"))
                    .setAutoWidth(true);
            added.addColumn(e -> getTranslation(e.remoteArea() ? "onboard.yes" : "onboard.no"))
                    .setHeader(getTranslation("onboard.school.remote")).setAutoWidth(true);
            added.setItems(r.added());
            grid(added, r.added().size());
            H3 title = new H3(getTranslation("onboard.added") + " " + r.added().size());
            added.setId("school-list-added");
            preview.add(title, added);
        }
        if (!r.changed().isEmpty()) {
            Grid<SchoolListImport.Changed> changed = new Grid<>();
            OnboardingUi.dataColumn(changed, SchoolListImport.Changed::moeCode)
                    .setHeader(getTranslation("onboard.school.code"));
            OnboardingUi.dataColumn(changed, SchoolListImport.Changed::name).setHeader(getTranslation("onboard.school.name"));
            OnboardingUi.dataColumn(changed, c -> c.changes().stream().map(this::change).collect(Collectors.joining("；")))
                    .setHeader(getTranslation("onboard.changes"));
            changed.setItems(r.changed());
            grid(changed, r.changed().size());
            changed.setId("school-list-changed");
            preview.add(new H3(getTranslation("onboard.changed") + " " + r.changed().size()), changed);
        }
    }

    private String change(SchoolListImport.Change c) {
        return getTranslation("onboard.field." + c.field()) + "：" + value(c.field(), c.before()) + " → "
                + value(c.field(), c.after());
    }

    private String value(String field, String value) {
        if (value == null || value.isEmpty()) {
            return getTranslation("onboard.empty");
        }
        return switch (field) {
            case "county" -> county(value);
            case "level" -> getTranslation("onboard.level." + value);
            case "remoteArea" -> getTranslation(Boolean.parseBoolean(value) ? "onboard.yes" : "onboard.no");
            default -> value;
        };
    }

    private String county(String code) {
        return UiLocale.isEnglish(getLocale()) ? CountyNames.enName(code) : CountyNames.zhName(code);
    }

    private static void grid(Grid<?> grid, int rows) {
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        GridHeights.fit(grid, rows);
    }
}
