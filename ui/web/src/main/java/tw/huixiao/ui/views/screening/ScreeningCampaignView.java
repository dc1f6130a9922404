package tw.huixiao.ui.views.screening;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.HeaderRow;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.renderer.ComponentRenderer;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import tw.huixiao.platform.application.AccessDeniedException;
import tw.huixiao.platform.application.RecordNotFoundException;
import tw.huixiao.platform.application.forms.ChoiceLabels;
import tw.huixiao.platform.application.forms.FormRecordService;
import tw.huixiao.platform.application.screening.ScreeningService;
import tw.huixiao.platform.application.screening.ScreeningView;
import tw.huixiao.platform.domain.identity.Role;
import tw.huixiao.platform.domain.screening.ScreeningForm;
import tw.huixiao.policy.spi.form.Field;
import tw.huixiao.policy.spi.form.FormDefinition;
import tw.huixiao.policy.spi.form.SignOffStage;
import tw.huixiao.ui.GridHeights;
import tw.huixiao.ui.MainLayout;
import tw.huixiao.ui.RocDates;
import tw.huixiao.ui.UiLocale;
import tw.huixiao.ui.views.CaseWorkspaceView;
import tw.huixiao.ui.views.FormEditorView;

/**
 * One screening campaign (YL-SCREEN): its progress — students per number of stages signed (0–4)
 * and per outcome, per class and in total, with a bar of the outcomes — and its students a page
 * at a time: the stage reached, the next stage and who signs it (導師 for stages 1–2, 輔導室 for
 * 3–4), the outcome, what stage 4 started and the case it hangs on. A row opens the student's
 * 附表一 in the form editor, where the stages are signed in order. A 導師 sees only their own
 * classes (the service decides); another school's campaign is "not found".
 */
@Route(value = "screening/campaign", layout = MainLayout.class)
@PageTitle("高關懷學生篩選 · 回校 Huixiao")
@RolesAllowed({"PRINCIPAL", "STUDENT_AFFAIRS", "ACADEMIC_AFFAIRS", "REGISTRAR", "COUNSELING", "HOMEROOM_TEACHER"})
@Dependent
public class ScreeningCampaignView extends VerticalLayout implements BeforeEnterObserver, HasUrlParameter<Long> {

    private static final List<String> STAGES = List.of("0", "1", "2", "3", "4");
    private static final List<String> OUTCOMES = java.util.Arrays.stream(ScreeningForm.Outcome.values())
            .map(Enum::name).toList();

    @Inject
    ScreeningService screenings;

    @Inject
    FormRecordService records;

    private Long campaignId;

    @Override
    public void setParameter(BeforeEvent event, Long parameter) {
        campaignId = parameter;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Button back = new Button(getTranslation("screening.backToList"), VaadinIcon.ARROW_LEFT.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(ScreeningCampaignsView.class)));
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        back.setId("campaign-back");
        add(back);
        try {
            show(screenings.get(campaignId));
        } catch (RecordNotFoundException | AccessDeniedException e) {
            Paragraph notFound = new Paragraph(getTranslation("screening.notFound"));
            notFound.setId("campaign-not-found");
            add(notFound);
        }
    }

    private void show(ScreeningView.Campaign c) {
        boolean english = UiLocale.isEnglish(getLocale());
        FormDefinition form = records.form(c.policyId(), c.policyVersion(), c.formId(), c.formVersion());
        H2 title = new H2(getTranslation("screening.term", c.schoolYear(), c.semester()) + " · "
                + (c.className() != null ? getTranslation("screening.scope.classNamed", c.className())
                : getTranslation("screening.gradeOption", c.grade())));
        title.setId("campaign-title");
        Span facts = new Span(getTranslation("screening.assessedOn") + " " + RocDates.format(c.assessedOn()) + " · "
                + (english ? form.title().en() : form.title().zhTw()) + " · "
                + getTranslation("cases.policyVersion", c.policyVersion()));
        if (c.note() != null) {
            // The organiser's own words: shown as written in either language.
            Span note = new Span(c.note());
            note.getElement().setAttribute("translate", "no");
            facts.add(new Span(" · "), note);
        }
        facts.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        add(title, facts, new H3(getTranslation("screening.progress")), outcomeBar(c.progress()), progress(c.progress()),
                new H3(getTranslation("screening.studentsHeading")), students(form,
                        screenings.rulesOf(c.policyId(), c.policyVersion()).orElseThrow().strategyField(), english));
    }

    /** The outcomes as one stacked bar, drawn on the server with Lumo colours. */
    private Component outcomeBar(ScreeningView.Progress p) {
        Div bar = new Div();
        bar.setId("campaign-bar");
        bar.addClassNames(LumoUtility.Display.FLEX, LumoUtility.Width.FULL, LumoUtility.BorderRadius.MEDIUM,
                LumoUtility.Overflow.HIDDEN);
        bar.getStyle().set("height", "1.5em").set("max-width", "48em");
        HorizontalLayout legend = new HorizontalLayout();
        legend.setId("campaign-legend");
        legend.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.FlexWrap.WRAP);
        for (String outcome : OUTCOMES) {
            int n = p.byOutcome().getOrDefault(outcome, 0);
            String colour = colour(outcome);
            if (n > 0) {
                Div part = new Div();
                part.getStyle().set("background", colour).set("flex", n + " 0 0");
                part.getElement().setAttribute("title", getTranslation("screening.outcome." + outcome) + " " + n);
                bar.add(part);
            }
            Span swatch = new Span();
            swatch.getStyle().set("display", "inline-block").set("width", "0.8em").set("height", "0.8em")
                    .set("background", colour).set("margin-inline-end", "0.3em");
            legend.add(new Span(swatch, new Span(getTranslation("screening.outcome." + outcome) + " " + n)));
        }
        VerticalLayout chart = new VerticalLayout(bar, legend);
        chart.setPadding(false);
        chart.setSpacing(false);
        return chart;
    }

    private static String colour(String outcome) {
        return switch (ScreeningForm.Outcome.valueOf(outcome)) {
            case NOT_STARTED -> "var(--lumo-contrast-20pct)";
            case IN_PROGRESS -> "var(--lumo-primary-color-50pct)";
            case SCREENED_OUT -> "var(--lumo-success-color-50pct)";
            case WATCH -> "var(--lumo-warning-color, #ffc66d)";
            case HIGH_CARE -> "var(--lumo-error-color)";
        };
    }

    /** A row per class and one for the whole campaign: students per stages signed and per outcome. */
    private record ProgressRow(String label, int students, Map<String, Integer> byStage, Map<String, Integer> byOutcome) {
    }

    private Grid<ProgressRow> progress(ScreeningView.Progress p) {
        Grid<ProgressRow> grid = new Grid<>();
        grid.addColumn(ProgressRow::label).setHeader(getTranslation("screening.class")).setAutoWidth(true);
        grid.addColumn(ProgressRow::students).setHeader(getTranslation("screening.students")).setAutoWidth(true);
        List<Grid.Column<ProgressRow>> stageColumns = new ArrayList<>();
        for (String stage : STAGES) {
            stageColumns.add(grid.addColumn(r -> r.byStage().getOrDefault(stage, 0))
                    .setHeader(getTranslation("screening.stagesSigned." + stage)).setAutoWidth(true)
                    .setKey("stage-" + stage));
        }
        List<Grid.Column<ProgressRow>> outcomeColumns = new ArrayList<>();
        for (String outcome : OUTCOMES) {
            outcomeColumns.add(grid.addColumn(r -> r.byOutcome().getOrDefault(outcome, 0))
                    .setHeader(getTranslation("screening.outcome." + outcome)).setAutoWidth(true)
                    .setKey("outcome-" + outcome));
        }
        HeaderRow groups = grid.prependHeaderRow();
        groups.join(stageColumns.toArray(Grid.Column[]::new)).setText(getTranslation("screening.byStage"));
        groups.join(outcomeColumns.toArray(Grid.Column[]::new)).setText(getTranslation("screening.byOutcome"));
        List<ProgressRow> rows = new ArrayList<>(p.classes().stream()
                .map(k -> new ProgressRow(k.className(), k.students(), k.byStage(), k.byOutcome())).toList());
        if (rows.size() != 1) {
            rows.add(new ProgressRow(getTranslation("screening.total"), p.students(), p.byStage(), p.byOutcome()));
        }
        grid.setItems(rows);
        GridHeights.fit(grid, rows.size());
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_COLUMN_BORDERS);
        grid.setId("campaign-progress");
        return grid;
    }

    /** The campaign's students, a page at a time from the service. */
    private Grid<ScreeningView.Assessment> students(FormDefinition form, String strategyField, boolean english) {
        Field strategy = form.fields().filter(f -> f.key().equals(strategyField)).findFirst().orElseThrow();
        Grid<ScreeningView.Assessment> grid = new Grid<>();
        grid.addColumn(ScreeningView.Assessment::className).setHeader(getTranslation("screening.class"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(a -> a.seatNumber() == null ? "" : a.seatNumber()).setHeader(getTranslation("students.seat"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(a -> {
            Span name = new Span(a.studentName());
            name.addClassName("assessment-name");
            name.getElement().setAttribute("data-record", String.valueOf(a.recordId()));
            return name;
        })).setHeader(getTranslation("students.name")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(a -> getTranslation("screening.stagesOf", a.stagesSigned(), form.signOff().size()))
                .setHeader(getTranslation("screening.stageReached")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(a -> next(form, a, english)).setHeader(getTranslation("screening.nextStage")).setAutoWidth(true)
                .setTooltipGenerator(a -> form.signOff().stream().filter(s -> s.key().equals(a.nextStage())).findFirst()
                        .map(s -> english ? s.title().en() : s.title().zhTw()).orElse(""));
        grid.addColumn(new ComponentRenderer<>(a -> {
            Span badge = new Span(getTranslation("screening.outcome." + a.outcome()));
            badge.getElement().getThemeList().add(switch (ScreeningForm.Outcome.valueOf(a.outcome())) {
                case HIGH_CARE -> "badge error";
                case WATCH -> "badge";
                case SCREENED_OUT -> "badge success";
                case IN_PROGRESS -> "badge contrast";
                case NOT_STARTED -> "badge contrast pill";
            });
            badge.addClassName("assessment-outcome");
            badge.getElement().setAttribute("data-outcome", a.outcome());
            return badge;
        })).setHeader(getTranslation("screening.outcome")).setAutoWidth(true);
        grid.addColumn(a -> a.followUps().stream().map(f -> ChoiceLabels.of(strategy, f.strategy(), english)
                        + "（" + getTranslation("screening.followUp." + f.kind()) + "）")
                .collect(Collectors.joining("、"))).setHeader(getTranslation("screening.followUps")).setFlexGrow(3);
        grid.addColumn(new ComponentRenderer<>(a -> a.caseId() == null ? new Span() : caseLink(a.caseId())))
                .setHeader(getTranslation("screening.case")).setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setId("screening-grid");
        grid.setEmptyStateText(getTranslation("grid.empty"));
        grid.setItems(new CallbackDataProvider<>(
                query -> screenings.assessments(campaignId, query.getOffset(), query.getLimit()).stream(),
                query -> screenings.assessmentCount(campaignId)));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(FormEditorView.class,
                QueryParameters.of("record", String.valueOf(e.getItem().recordId())))));
        grid.setHeight("32em");
        return grid;
    }

    /** The next stage and who signs it: 第 3 階段（輔導室）; its full title is the cell's tooltip. */
    private String next(FormDefinition form, ScreeningView.Assessment a, boolean english) {
        if (a.nextStage() == null) {
            return getTranslation("screening.allSigned");
        }
        String signers = a.nextStageRoles().stream().map(r -> roleLabel(r, english)).collect(Collectors.joining("、"));
        return getTranslation("screening.stageOf", a.stagesSigned() + 1, signers) + (form.signOff().stream()
                .filter(s -> s.key().equals(a.nextStage())).findFirst().map(SignOffStage::stamp).orElse(false)
                ? getTranslation("screening.stamp") : "");
    }

    private static String roleLabel(String role, boolean english) {
        try {
            Role r = Role.valueOf(role);
            return english ? r.label().en() : r.label().zhTw();
        } catch (IllegalArgumentException unknown) {
            return role;
        }
    }

    /** The case's link; its click does not also open the row's record. */
    private Button caseLink(long caseId) {
        Button link = new Button(getTranslation("screening.caseLink", caseId),
                e -> getUI().ifPresent(ui -> ui.navigate(CaseWorkspaceView.class, caseId)));
        link.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        link.addClassName("assessment-case");
        link.getElement().addEventListener("click", e -> { }).addEventData("event.stopPropagation()");
        return link;
    }
}
