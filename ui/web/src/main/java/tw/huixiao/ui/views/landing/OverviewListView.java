package tw.huixiao.ui.views.landing;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import tw.huixiao.platform.application.overview.SchoolOverviewService;
import tw.huixiao.platform.application.overview.ChildOnLadder;
import tw.huixiao.platform.application.overview.IdleCase;
import tw.huixiao.platform.application.overview.OverdueDuty;
import tw.huixiao.ui.GridHeights;
import tw.huixiao.ui.MainLayout;
import tw.huixiao.ui.RocDates;
import tw.huixiao.ui.UiLocale;

/**
 * The lists behind the school overview's numbers that the case list cannot show: children on a
 * ladder day (some have no case yet), overdue duties of an office or a person (read-only: who is
 * responsible, never an action on another's duty), and cases with nothing done for a week.
 * {@code overview/list?ladderDay=3}, {@code ?role=REGISTRAR}, {@code ?person=12}, {@code ?idle=true}.
 */
@Route(value = "overview/list", layout = MainLayout.class)
@PageTitle("全校概況 · 回校 Huixiao")
@RolesAllowed("PRINCIPAL")
@Dependent
public class OverviewListView extends VerticalLayout implements BeforeEnterObserver {

    private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");

    @Inject
    SchoolOverviewService overview;

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Map<String, List<String>> p = event.getLocation().getQueryParameters().getParameters();
        try {
            if (p.containsKey("ladderDay")) {
                int day = Integer.parseInt(p.get("ladderDay").get(0));
                children(day, overview.childrenOnLadderDay(day));
            } else if (p.containsKey("role")) {
                String role = p.get("role").get(0);
                duties(getTranslation("overview.list.role", getTranslation("role." + role)),
                        overview.overdueDuties(role, null));
            } else if (p.containsKey("person")) {
                List<OverdueDuty> found = overview.overdueDuties(null, Long.valueOf(p.get("person").get(0)));
                duties(getTranslation("overview.list.person", found.isEmpty() ? "" : found.get(0).assigneeName()), found);
            } else if (p.containsKey("idle")) {
                idle(overview.idleCases());
            } else {
                event.rerouteToError(NotFoundException.class);
            }
        } catch (NumberFormatException bad) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void heading(String title, int count) {
        Anchor back = new Anchor("", getTranslation("overview.back"));
        Span n = new Span(getTranslation("overview.list.count", count));
        n.setId("overview-list-count");
        n.getElement().setAttribute("data-count", String.valueOf(count));
        n.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
        add(back, new H2(title), n);
    }

    private void children(int day, List<ChildOnLadder> found) {
        heading(getTranslation("overview.list.ladder", day), found.size());
        Grid<ChildOnLadder> grid = grid();
        grid.addColumn(ChildOnLadder::name).setHeader(getTranslation("students.name")).setAutoWidth(true);
        grid.addColumn(c -> c.className() == null ? "" : c.className()).setHeader(getTranslation("cases.class"))
                .setAutoWidth(true);
        grid.addColumn(c -> RocDates.compact(c.startedOn())).setHeader(getTranslation("overview.list.since"))
                .setAutoWidth(true);
        grid.addColumn(c -> getTranslation(c.caseId() == null ? "overview.list.noCase" : "overview.list.hasCase"))
                .setHeader(getTranslation("overview.list.case")).setAutoWidth(true);
        grid.addItemClickListener(e -> {
            if (e.getItem().caseId() != null) {
                getUI().ifPresent(ui -> ui.navigate("case/" + e.getItem().caseId()));
            } else {
                getUI().ifPresent(ui -> ui.navigate("student/" + e.getItem().studentId()));
            }
        });
        show(grid, found);
    }

    private void duties(String title, List<OverdueDuty> found) {
        heading(title, found.size());
        boolean english = UiLocale.isEnglish(getLocale());
        Grid<OverdueDuty> grid = grid();
        grid.addComponentColumn(d -> {
            Span rule = new Span(d.ruleId());
            rule.getElement().getThemeList().add("badge contrast");
            return rule;
        }).setHeader(getTranslation("overview.list.rule")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(OverdueDuty::studentName).setHeader(getTranslation("students.name")).setAutoWidth(true);
        grid.addColumn(d -> english ? d.dutyEn() : d.dutyZh()).setHeader(getTranslation("overview.list.duty"))
                .setFlexGrow(3);
        grid.addColumn(d -> d.dueOn() == null ? "" : RocDates.compact(d.dueOn()))
                .setHeader(getTranslation("overview.list.due")).setAutoWidth(true);
        grid.addColumn(d -> getTranslation("role." + d.responsibleRole())
                        + (d.assigneeName() == null ? "" : "（" + d.assigneeName() + "）"))
                .setHeader(getTranslation("overview.list.responsible")).setAutoWidth(true);
        grid.addItemClickListener(e -> {
            if (e.getItem().caseId() != null) {
                getUI().ifPresent(ui -> ui.navigate("case/" + e.getItem().caseId()));
            }
        });
        show(grid, found);
    }

    private void idle(List<IdleCase> found) {
        heading(getTranslation("overview.list.idle"), found.size());
        boolean english = UiLocale.isEnglish(getLocale());
        Grid<IdleCase> grid = grid();
        grid.addColumn(IdleCase::studentName).setHeader(getTranslation("students.name")).setAutoWidth(true);
        grid.addColumn(c -> c.className() == null ? "" : c.className()).setHeader(getTranslation("cases.class"))
                .setAutoWidth(true);
        grid.addColumn(c -> overview.categoryName(c.categoryId(), c.policyId(), c.policyVersion())[english ? 1 : 0])
                .setHeader(getTranslation("cases.category")).setAutoWidth(true);
        grid.addColumn(c -> getTranslation("case.state." + c.state())).setHeader(getTranslation("cases.state"))
                .setAutoWidth(true);
        grid.addColumn(c -> RocDates.compact(c.lastActivity().atZone(TAIPEI).toLocalDate()))
                .setHeader(getTranslation("overview.list.lastActivity")).setAutoWidth(true);
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("case/" + e.getItem().caseId())));
        show(grid, found);
    }

    private static <T> Grid<T> grid() {
        Grid<T> grid = new Grid<>();
        grid.setId("overview-list");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        return grid;
    }

    private <T> void show(Grid<T> grid, List<T> rows) {
        grid.setItems(rows);
        grid.setEmptyStateText(getTranslation("overview.none"));
        GridHeights.fit(grid, rows.size());
        add(grid);
    }
}
