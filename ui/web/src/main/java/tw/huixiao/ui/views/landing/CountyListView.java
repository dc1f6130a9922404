package tw.huixiao.ui.views.landing;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
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
import tw.huixiao.platform.application.InvalidInputException;
import tw.huixiao.platform.application.overview.CountyPictureService;
import tw.huixiao.platform.application.overview.CountyPictureService.Filter;
import tw.huixiao.platform.application.overview.CaseRow;
import tw.huixiao.platform.application.overview.DutyRow;
import tw.huixiao.platform.application.overview.Measure;
import tw.huixiao.ui.GridHeights;
import tw.huixiao.ui.MainLayout;
import tw.huixiao.ui.RocDates;
import tw.huixiao.ui.UiLocale;

/**
 * The list behind a number of the county picture: cases (school, case number, category, state,
 * opened — the student's name only for dropouts, whose 中輟通報 goes to the bureau) or overdue
 * duties (school, ladder step, duty, due date, office). Read-only: the bureau follows, the school
 * acts. {@code county/list?measure=OPEN&school=12&categoryId=…&state=…}, {@code ?measure=OVERDUE&ruleId=…},
 * with the picture's filters (district, level, remoteArea).
 */
@Route(value = "county/list", layout = MainLayout.class)
@PageTitle("縣市概況 · 回校 Huixiao")
@RolesAllowed("BUREAU_OFFICER")
@Dependent
public class CountyListView extends VerticalLayout implements BeforeEnterObserver {

    private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");

    @Inject
    CountyPictureService picture;

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        setId("county-list-view");
        Map<String, List<String>> p = event.getLocation().getQueryParameters().getParameters();
        try {
            Measure measure = Measure.valueOf(one(p, "measure"));
            Filter filter = new Filter(one(p, "district"), one(p, "level"),
                    one(p, "remoteArea") == null ? null : Boolean.valueOf(one(p, "remoteArea")));
            Long school = one(p, "school") == null ? null : Long.valueOf(one(p, "school"));
            if (measure.onCases()) {
                cases(measure, picture.cases(filter, measure, school, one(p, "categoryId"), one(p, "state")));
            } else {
                duties(measure, picture.duties(filter, measure, school, one(p, "ruleId")), "schools".equals(one(p, "count")));
            }
        } catch (IllegalArgumentException | NullPointerException | InvalidInputException bad) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private static String one(Map<String, List<String>> p, String key) {
        List<String> values = p.get(key);
        return values == null || values.isEmpty() || values.get(0).isBlank() ? null : values.get(0);
    }

    private void heading(Measure measure, String count, long dataCount, String school) {
        Anchor back = new Anchor("", getTranslation("county.back"));
        back.setId("county-list-back");
        H2 title = new H2(getTranslation("county.list." + measure.name()));
        if (school != null) {
            title.add(new Span(" · "), CountyPicturePanel.data(school));
        }
        Span n = new Span(count);
        n.setId("county-list-count");
        n.getElement().setAttribute("data-count", String.valueOf(dataCount));
        n.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
        add(back, title, n);
    }

    private void cases(Measure measure, List<CaseRow> found) {
        heading(measure, getTranslation("county.list.cases", found.size()), found.size(),
                schoolOf(found.stream().map(CaseRow::schoolName).distinct().toList()));
        boolean english = UiLocale.isEnglish(getLocale());
        boolean names = measure == Measure.DROPOUTS;
        Paragraph privacy = new Paragraph(getTranslation(names ? "county.list.names" : "county.list.countsOnly"));
        privacy.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        add(privacy);
        Grid<CaseRow> grid = grid();
        grid.addComponentColumn(c -> CountyPicturePanel.data(c.schoolName())).setHeader(getTranslation("county.school"))
                .setAutoWidth(true);
        grid.addColumn(c -> "#" + c.caseId()).setHeader(getTranslation("county.list.case")).setAutoWidth(true);
        if (names) {
            grid.addColumn(CaseRow::studentName).setHeader(getTranslation("students.name")).setAutoWidth(true);
        }
        grid.addColumn(c -> picture.categoryName(c.categoryId(), c.policyId(), c.policyVersion())[english ? 1 : 0])
                .setHeader(getTranslation("cases.category")).setAutoWidth(true);
        grid.addColumn(c -> getTranslation("case.state." + c.state())).setHeader(getTranslation("cases.state"))
                .setAutoWidth(true);
        grid.addColumn(c -> RocDates.compact(c.openedOn())).setHeader(getTranslation("county.list.opened"))
                .setAutoWidth(true);
        show(grid, found);
    }

    private void duties(Measure measure, List<DutyRow> found, boolean countSchools) {
        long schools = found.stream().map(DutyRow::schoolId).distinct().count();
        heading(measure, getTranslation("county.list.duties", schools, found.size()), countSchools ? schools : found.size(),
                schoolOf(found.stream().map(DutyRow::schoolName).distinct().toList()));
        boolean english = UiLocale.isEnglish(getLocale());
        Grid<DutyRow> grid = grid();
        grid.addComponentColumn(d -> CountyPicturePanel.data(d.schoolName())).setHeader(getTranslation("county.school"))
                .setAutoWidth(true);
        grid.addComponentColumn(d -> {
            Span rule = new Span(d.ruleId());
            rule.getElement().getThemeList().add("badge contrast");
            return rule;
        }).setHeader(getTranslation("overview.list.rule")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(d -> english ? d.dutyEn() : d.dutyZh()).setHeader(getTranslation("overview.list.duty"))
                .setFlexGrow(3);
        grid.addColumn(d -> d.dueOn() != null ? RocDates.compact(d.dueOn())
                        : d.dueAt() == null ? "" : RocDates.compact(d.dueAt().atZone(TAIPEI).toLocalDate()))
                .setHeader(getTranslation("overview.list.due")).setAutoWidth(true);
        grid.addColumn(d -> getTranslation("role." + d.responsibleRole())).setHeader(getTranslation("overview.list.responsible"))
                .setAutoWidth(true);
        show(grid, found);
    }

    /** The school's name when the list is one school's. */
    private static String schoolOf(List<String> schools) {
        return schools.size() == 1 ? schools.get(0) : null;
    }

    private static <T> Grid<T> grid() {
        Grid<T> grid = new Grid<>();
        grid.setId("county-list");
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
