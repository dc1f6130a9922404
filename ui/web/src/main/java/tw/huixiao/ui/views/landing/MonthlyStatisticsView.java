package tw.huixiao.ui.views.landing;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import tw.huixiao.platform.application.overview.CountyPictureService.Published;
import tw.huixiao.platform.application.overview.MonthlyStatisticsService;
import tw.huixiao.platform.application.overview.MonthlyStatisticsService.Statistics;
import tw.huixiao.ui.MainLayout;
import tw.huixiao.ui.RocDates;

/**
 * The county's monthly statistics (issue 20 §4) as its bureau and its schools' principals read
 * them: the month's schools table (a principal's own school marked) and open cases by category and
 * state, small numbers shown as * under the county's rule, with the PDF and the CSV of the month.
 */
@Route(value = "county/monthly", layout = MainLayout.class)
@PageTitle("每月統計 · 回校 Huixiao")
@RolesAllowed({"BUREAU_OFFICER", "PRINCIPAL"})
@Dependent
public class MonthlyStatisticsView extends VerticalLayout {

    @Inject
    MonthlyStatisticsService statistics;

    private final Div body = new Div();

    @PostConstruct
    void build() {
        setId("monthly-statistics");
        add(new H2(getTranslation("monthly.title")));
        List<LocalDate> months = statistics.months();
        if (months.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("monthly.none"));
            none.setId("monthly-none");
            add(none);
            return;
        }
        Select<LocalDate> month = new Select<>();
        month.setId("monthly-month");
        month.setLabel(getTranslation("monthly.month"));
        month.setItems(months);
        month.setItemLabelGenerator(m -> getTranslation("monthly.monthLabel", m.getYear() - 1911, m.getMonthValue()));
        month.addValueChangeListener(e -> show(e.getValue()));
        body.setWidthFull();
        add(month, body);
        month.setValue(months.get(0));
    }

    private void show(LocalDate month) {
        body.removeAll();
        Statistics s = statistics.get(month);
        Paragraph generated = new Paragraph(getTranslation("monthly.generated", RocDates.format(s.generatedOn())));
        generated.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        String ym = month.toString().substring(0, 7);
        Anchor pdf = new Anchor("/api/v1/monthly-statistics/" + ym + "/pdf", getTranslation("monthly.pdf"));
        pdf.setId("monthly-pdf");
        pdf.setTarget("_blank");
        pdf.getElement().setAttribute("router-ignore", true);
        Anchor csv = new Anchor("/api/v1/monthly-statistics/" + ym + "/export?format=csv", getTranslation("monthly.csv"));
        csv.setId("monthly-csv");
        csv.getElement().setAttribute("router-ignore", true);
        FlexLayout links = new FlexLayout(pdf, csv);
        links.addClassNames(LumoUtility.Gap.MEDIUM);
        links.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        body.add(generated, links);
        body.add(new H4(getTranslation("county.schoolTable")));
        body.add(table("monthly-schools", s.schools(), statistics.ownSchoolCode()));
        body.add(new H4(getTranslation("county.byCategory")));
        body.add(table("monthly-categories", s.categories(), null));
        Paragraph note = new Paragraph(s.schools().note());
        note.getElement().setAttribute("lang", "zh-TW");
        note.setId("monthly-note");
        note.addClassNames(LumoUtility.FontSize.SMALL);
        body.add(note);
    }

    /** A published table: header, rows and the totals row; the caller's own school's row marked. */
    private Grid<List<String>> table(String id, Published p, String ownCode) {
        Grid<List<String>> grid = new Grid<>();
        grid.setId(id);
        // The statistics as the county published them (zh-TW), whatever the page's language.
        grid.getElement().setAttribute("lang", "zh-TW");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        for (int i = 0; i < p.header().size(); i++) {
            int column = i;
            Grid.Column<List<String>> c = grid.addColumn(r -> r.get(column)).setHeader(p.header().get(i)).setAutoWidth(true);
            if (i == (id.equals("monthly-schools") ? 1 : 0)) {
                c.setFrozen(true);
            }
        }
        List<List<String>> rows = new ArrayList<>(p.rows());
        rows.add(p.totals());
        grid.setItems(rows);
        grid.setPartNameGenerator(r -> ownCode != null && ownCode.equals(r.get(0)) ? "own-school" : null);
        if (rows.size() <= 30) {
            grid.setAllRowsVisible(true);
        } else {
            grid.setHeight("32em");
        }
        return grid;
    }
}
