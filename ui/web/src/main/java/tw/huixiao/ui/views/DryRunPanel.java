package tw.huixiao.ui.views;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import tw.huixiao.platform.application.modules.DryRunDiff;
import tw.huixiao.platform.application.modules.DryRunReport;
import tw.huixiao.ui.GridHeights;
import tw.huixiao.ui.PlatformText;
import tw.huixiao.ui.RocDates;
import tw.huixiao.ui.views.onboarding.OnboardingUi;

/**
 * A module version's latest dry-run (issue 21 §3), for the bureau's module card and the platform
 * administrator's approval: who ran it over which period, its progress or its totals, and a table of
 * the schools whose result would differ; a school's row opens its differences, student by student
 * (names as the school's data has them). Nothing here is case data.
 */
public final class DryRunPanel {

    private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");

    private DryRunPanel() {
    }

    /** The latest run's summary, or a warning that the version was never dry-run. */
    public static Div of(Component owner, long moduleId, List<DryRunReport> runs, java.util.function.LongFunction<DryRunReport> full) {
        Div panel = new Div();
        panel.setId("module-dryrun-" + moduleId);
        panel.addClassNames("module-dryrun", LumoUtility.Margin.Vertical.SMALL);
        panel.setWidthFull();
        if (runs.isEmpty()) {
            Span none = new Span(owner.getTranslation("dryrun.none"));
            none.setId("module-dryrun-none-" + moduleId);
            none.getElement().getThemeList().add("badge error");
            panel.add(none);
            return panel;
        }
        DryRunReport last = runs.get(0);
        Span head = new Span(owner.getTranslation("dryrun.head", RocDates.compact(last.periodFrom()),
                RocDates.compact(last.periodTo())));
        head.addClassNames(LumoUtility.FontWeight.SEMIBOLD, LumoUtility.Display.BLOCK);
        Span by = new Span(new Span(owner.getTranslation("dryrun.by") + "："), OnboardingUi.data(
                PlatformText.of(last.startedByName())), new Span("，" + RocDates.compact(
                last.startedAt().atZone(TAIPEI).toLocalDate()) + "；" + owner.getTranslation("dryrun.against") + "："),
                OnboardingUi.data(last.activeModule()));
        by.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY, LumoUtility.Display.BLOCK);
        panel.add(head, by);
        Span state = new Span(switch (last.state()) {
            case "RUNNING" -> owner.getTranslation("dryrun.running", last.schoolsDone(), last.schoolsTotal());
            case "FAILED" -> owner.getTranslation("dryrun.failed") + (last.error() == null ? ""
                    : "：" + PlatformText.of(last.error()));
            default -> owner.getTranslation("dryrun.done", last.schoolsTotal());
        });
        state.setId("module-dryrun-state-" + moduleId);
        state.getElement().setAttribute("data-state", last.state());
        state.getElement().getThemeList().add("badge" + ("DONE".equals(last.state()) ? " success"
                : "FAILED".equals(last.state()) ? " error" : ""));
        panel.add(state);
        if (!"DONE".equals(last.state()) || last.totals() == null) {
            return panel;
        }
        DryRunDiff.Totals t = last.totals();
        Div totals = new Div();
        totals.setId("module-dryrun-totals-" + moduleId);
        totals.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.Margin.Vertical.XSMALL);
        totals.add(new Paragraph(owner.getTranslation("dryrun.totals.cases", t.casesActive(), t.casesCandidate(),
                t.casesOpen(), t.casesNotOpened(), t.casesMoved())));
        totals.add(new Paragraph(owner.getTranslation("dryrun.totals.duties", t.dutiesActive(), t.dutiesCandidate(),
                t.dutiesAdded(), t.dutiesRemoved(), t.dutiesMoved(), t.deadlinesChanged())));
        panel.add(totals);
        List<DryRunDiff.SchoolDiff> schools = full.apply(last.id()).schools();
        if (schools.isEmpty()) {
            panel.add(new Paragraph(owner.getTranslation("dryrun.same")));
            return panel;
        }
        Grid<DryRunDiff.SchoolDiff> grid = new Grid<>();
        grid.setId("module-dryrun-schools-" + moduleId);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        OnboardingUi.dataColumn(grid, DryRunDiff.SchoolDiff::school).setHeader(owner.getTranslation("dryrun.school"))
                .setFlexGrow(2);
        grid.addColumn(s -> s.totals().casesOpen() + s.totals().casesNotOpened() + s.totals().casesMoved())
                .setHeader(owner.getTranslation("dryrun.col.cases")).setAutoWidth(true);
        grid.addColumn(s -> s.totals().dutiesAdded() + s.totals().dutiesRemoved() + s.totals().dutiesMoved())
                .setHeader(owner.getTranslation("dryrun.col.duties")).setAutoWidth(true);
        grid.addColumn(s -> s.totals().deadlinesChanged()).setHeader(owner.getTranslation("dryrun.col.deadlines"))
                .setAutoWidth(true);
        grid.setItems(schools);
        GridHeights.fit(grid, schools.size());
        grid.addItemClickListener(e -> school(owner, e.getItem()));
        Span hint = new Span(owner.getTranslation("dryrun.drill"));
        hint.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.SECONDARY);
        panel.add(grid, hint);
        return panel;
    }

    /** One school's differences, student by student. */
    static void school(Component owner, DryRunDiff.SchoolDiff school) {
        Dialog dialog = new Dialog();
        dialog.setId("module-dryrun-school");
        dialog.setHeaderTitle(owner.getTranslation("dryrun.school.title"));
        dialog.setWidth("calc(100vw - 2em)");
        dialog.setMaxWidth("64em");
        Span name = OnboardingUi.data(school.school());
        name.addClassNames(LumoUtility.FontWeight.SEMIBOLD, LumoUtility.Display.BLOCK);
        Grid<DryRunDiff.Change> grid = new Grid<>();
        grid.setId("module-dryrun-changes");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        OnboardingUi.dataColumn(grid, c -> c.student() == null ? "—" : c.student())
                .setHeader(owner.getTranslation("dryrun.student"));
        grid.addColumn(c -> owner.getTranslation("dryrun.kind." + c.kind())).setHeader(owner.getTranslation(
                "dryrun.kind")).setAutoWidth(true);
        OnboardingUi.dataColumn(grid, c -> c.ruleId() != null ? c.ruleId() + " " + c.duty() : c.categoryId())
                .setHeader(owner.getTranslation("dryrun.what")).setFlexGrow(3).setAutoWidth(false);
        grid.addColumn(c -> dates(owner, c.activeArose(), c.activeDue())).setHeader(owner.getTranslation(
                "dryrun.active")).setAutoWidth(true);
        grid.addColumn(c -> dates(owner, c.candidateArose(), c.candidateDue())).setHeader(owner.getTranslation(
                "dryrun.candidate")).setAutoWidth(true);
        grid.setItems(school.changes());
        grid.setHeight("60vh");
        dialog.add(name, grid);
        if (school.truncated()) {
            dialog.add(new Paragraph(owner.getTranslation("dryrun.truncated", DryRunDiff.MAX_CHANGES)));
        }
        Button close = new Button(owner.getTranslation("dryrun.close"), e -> dialog.close());
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        close.setId("module-dryrun-school-close");
        dialog.getFooter().add(close);
        dialog.open();
    }

    private static String dates(Component owner, LocalDate arose, LocalDate due) {
        if (arose == null) {
            return "—";
        }
        return due == null ? RocDates.compact(arose)
                : owner.getTranslation("dryrun.arose.due", RocDates.compact(arose), RocDates.compact(due));
    }
}
