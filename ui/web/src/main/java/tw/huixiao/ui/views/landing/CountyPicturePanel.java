package tw.huixiao.ui.views.landing;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.awt.Color;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;
import tw.huixiao.platform.application.overview.CountyPictureService;
import tw.huixiao.platform.application.overview.CountyPictureService.CategoryCount;
import tw.huixiao.platform.application.overview.CountyPictureService.Filter;
import tw.huixiao.platform.application.overview.CountyPictureService.Picture;
import tw.huixiao.platform.application.overview.SchoolRow;
import tw.huixiao.platform.application.overview.StepCount;
import tw.huixiao.ui.RocDates;
import tw.huixiao.ui.UiLocale;

/**
 * A county bureau's picture of its county (issue 20 §1) on its landing page: the county's totals,
 * open cases by category and state, overdue duties by ladder step, month-by-month trends (server-
 * rendered SVG) and the table of schools, filtered by district, level and remote area. Every
 * number is a link to the list behind it ({@code county/list?measure=…}, carrying the filters);
 * the school count and enrolment open the schools' table below.
 */
public class CountyPicturePanel extends VerticalLayout {

    private static final String ALL = "";

    private final CountyPictureService service;
    private final Div body = new Div();
    private final Select<String> district = new Select<>();
    private final Select<String> level = new Select<>();
    private final Select<String> remote = new Select<>();

    public CountyPicturePanel(CountyPictureService service) {
        this.service = service;
        setId("county-picture");
        setPadding(false);
        Picture first = service.picture(Filter.ALL);
        add(new H3(getTranslation("county.title", getTranslation("county.name." + first.county()))));

        district.setId("county-filter-district");
        district.setLabel(getTranslation("county.filter.district"));
        List<String> districts = new ArrayList<>();
        districts.add(ALL);
        districts.addAll(first.districts());
        district.setItems(districts);
        district.setItemLabelGenerator(d -> d.isEmpty() ? getTranslation("county.filter.all") : d);
        district.setRenderer(new ComponentRenderer<>(d -> d.isEmpty() ? new Span(getTranslation("county.filter.all"))
                : data(d)));
        level.setId("county-filter-level");
        level.setLabel(getTranslation("county.filter.level"));
        level.setItems(ALL, "ELEMENTARY", "JUNIOR_HIGH", "COMPLETE");
        level.setItemLabelGenerator(l -> l.isEmpty() ? getTranslation("county.filter.all") : getTranslation("level." + l));
        remote.setId("county-filter-remote");
        remote.setLabel(getTranslation("county.filter.remote"));
        remote.setItems(ALL, "true", "false");
        remote.setItemLabelGenerator(r -> r.isEmpty() ? getTranslation("county.filter.all")
                : getTranslation("county.filter.remote." + r));
        for (Select<String> s : List.of(district, level, remote)) {
            s.setValue(ALL);
            s.addValueChangeListener(e -> show(service.picture(filter())));
        }
        FlexLayout filters = new FlexLayout(district, level, remote);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.addClassNames(LumoUtility.Gap.MEDIUM);
        add(filters);
        body.setWidthFull();
        add(body);
        show(first);
    }

    private Filter filter() {
        return new Filter(district.getValue(), level.getValue(),
                remote.getValue() == null || remote.getValue().isEmpty() ? null : Boolean.valueOf(remote.getValue()));
    }

    /** The filters as query parameters of the lists and the export ("" when none). */
    private String filterQuery() {
        StringBuilder q = new StringBuilder();
        if (district.getValue() != null && !district.getValue().isEmpty()) {
            q.append("&district=").append(URLEncoder.encode(district.getValue(), StandardCharsets.UTF_8));
        }
        if (level.getValue() != null && !level.getValue().isEmpty()) {
            q.append("&level=").append(level.getValue());
        }
        if (remote.getValue() != null && !remote.getValue().isEmpty()) {
            q.append("&remoteArea=").append(remote.getValue());
        }
        return q.toString();
    }

    private String list(String query) {
        return "county/list?" + query + filterQuery();
    }

    private void show(Picture p) {
        body.removeAll();
        boolean english = UiLocale.isEnglish(getLocale());
        Span asOf = new Span(getTranslation("county.asOf", RocDates.format(p.today()), RocDates.compact(p.semesterStart())));
        asOf.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        body.add(asOf);

        FlexLayout totals = row();
        var t = p.totals();
        totals.add(SchoolOverviewPanel.figure(this, getTranslation("county.schools"), t.schools(), "#county-schools",
                "county-total-schools"));
        totals.add(SchoolOverviewPanel.figure(this, getTranslation("county.enrolled"), t.enrolled(), "#county-schools",
                "county-total-enrolled"));
        totals.add(SchoolOverviewPanel.figure(this, getTranslation("county.open"), t.open(), list("measure=OPEN"),
                "county-total-open"));
        Anchor dropouts = SchoolOverviewPanel.figure(this, getTranslation("county.dropouts", t.dropoutsPerThousand()),
                t.dropouts(), list("measure=DROPOUTS"), "county-total-dropouts");
        totals.add(dropouts);
        totals.add(SchoolOverviewPanel.figure(this, getTranslation("county.reEnrolled"), t.reEnrolled(),
                list("measure=RE_ENROLLED"), "county-total-reenrolled"));
        totals.add(SchoolOverviewPanel.figure(this, getTranslation("county.longAbsence"), t.longAbsence(),
                list("measure=LONG_ABSENCE"), "county-total-long-absence"));
        totals.add(SchoolOverviewPanel.figure(this, getTranslation("county.overdue"), t.overdue(),
                list("measure=OVERDUE"), "county-total-overdue"));
        totals.add(SchoolOverviewPanel.figure(this, getTranslation("county.reportSchools"), t.schoolsWithReportOverdue(),
                list("measure=REPORTS_OVERDUE&count=schools"), "county-total-report-schools"));
        body.add(totals);

        body.add(categories(p, english));
        body.add(steps(p.overdueBySteps(), english));

        body.add(new H4(getTranslation("county.trends")));
        FlexLayout charts = row();
        charts.add(WeeklyChart.line("county-chart-opened", getTranslation("county.chart.opened"),
                getTranslation("county.chart.opened"), p.months(), m -> m.start().getMonthValue() + "月", m -> m.opened(),
                new Color(0x1F6FB2)));
        charts.add(WeeklyChart.line("county-chart-dropouts", getTranslation("county.chart.dropouts"),
                getTranslation("county.chart.dropouts"), p.months(), m -> m.start().getMonthValue() + "月",
                m -> m.dropoutsOpened(), new Color(0xC0392B)));
        charts.add(WeeklyChart.line("county-chart-open", getTranslation("county.chart.openAtEnd"),
                getTranslation("county.chart.openAtEnd"), p.months(), m -> m.start().getMonthValue() + "月",
                m -> m.openAtEnd(), new Color(0x27AE60)));
        charts.getChildren().forEach(c -> c.getElement().getStyle().set("flex", "1 1 300px"));
        body.add(charts);

        body.add(schools(p));
        FlexLayout exports = row();
        Anchor csv = new Anchor("/api/v1/county-picture/export?format=csv" + filterQuery(),
                getTranslation("county.export.csv"));
        csv.setId("county-export-csv");
        csv.getElement().setAttribute("router-ignore", true);
        Anchor monthly = new Anchor("county/monthly", getTranslation("county.monthly.link"));
        monthly.setId("county-monthly-link");
        exports.add(csv, monthly);
        body.add(exports);
    }

    /** Open cases by category (rows) and state (columns): each cell opens its cases. */
    private Component categories(Picture p, boolean english) {
        Div group = new Div(new H4(getTranslation("county.byCategory")));
        group.setWidthFull();
        if (p.openByCategory().isEmpty()) {
            group.add(none());
            return group;
        }
        Grid<CategoryCount> grid = new Grid<>();
        grid.setId("county-categories");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(c -> english ? c.en() : c.zhTw()).setHeader(getTranslation("cases.category"))
                .setAutoWidth(true).setFrozen(true);
        for (String state : List.of("OPEN", "REPORTED", "RETURNED", "RE_ENROLLED", "PLACEMENT", "FOLLOW_UP")) {
            grid.addComponentColumn(c -> cell(c.byState().getOrDefault(state, 0L),
                            list("measure=OPEN&categoryId=" + enc(c.categoryId()) + "&state=" + state),
                            "county-cell-" + c.categoryId() + "-" + state))
                    .setHeader(getTranslation("case.state." + state)).setAutoWidth(true);
        }
        grid.addComponentColumn(c -> cell(c.total(), list("measure=OPEN&categoryId=" + enc(c.categoryId())),
                "county-cell-" + c.categoryId() + "-total")).setHeader(getTranslation("county.total")).setAutoWidth(true);
        grid.setItems(p.openByCategory());
        grid.setAllRowsVisible(true);
        group.add(grid);
        return group;
    }

    private Component steps(List<StepCount> steps, boolean english) {
        Div group = new Div(new H4(getTranslation("county.bySteps")));
        group.setWidthFull();
        if (steps.isEmpty()) {
            group.add(none());
            return group;
        }
        FlexLayout figures = row();
        for (StepCount s : steps) {
            Anchor f = SchoolOverviewPanel.figure(this, s.ruleId() + " " + (english ? s.dutyEn() : s.dutyZh()), s.count(),
                    list("measure=OVERDUE&ruleId=" + enc(s.ruleId())), "county-step-" + s.ruleId());
            f.getStyle().set("max-width", "16em");
            figures.add(f);
        }
        group.add(figures);
        return group;
    }

    /** The county's schools, each number opening its list for that school. */
    private Component schools(Picture p) {
        Div group = new Div(new H4(getTranslation("county.schoolTable")));
        group.setId("county-schools");
        group.setWidthFull();
        Grid<SchoolRow> grid = new Grid<>();
        grid.setId("county-school-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addComponentColumn(s -> {
                    Span name = data(s.name());
                    if (!s.remoteArea()) {
                        return name;
                    }
                    Span remote = new Span(getTranslation("county.remote"));
                    remote.getElement().getThemeList().add("badge small");
                    return new Span(name, new Span(" "), remote);
                })
                .setHeader(getTranslation("county.school")).setAutoWidth(true).setFrozen(true);
        grid.addComponentColumn(s -> data(s.district())).setHeader(getTranslation("county.filter.district"))
                .setAutoWidth(true);
        grid.addColumn(SchoolRow::enrolled).setHeader(getTranslation("county.enrolled")).setAutoWidth(true);
        measure(grid, "county.open", "OPEN", SchoolRow::open);
        measure(grid, "county.dropoutsShort", "DROPOUTS", SchoolRow::dropouts);
        grid.addColumn(s -> s.enrolled() == 0 ? "—" : String.format("%.1f", s.dropouts() * 1000.0 / s.enrolled()))
                .setHeader(getTranslation("county.perThousand")).setAutoWidth(true);
        measure(grid, "county.reEnrolled", "RE_ENROLLED", SchoolRow::reEnrolled);
        measure(grid, "county.longAbsence", "LONG_ABSENCE", SchoolRow::longAbsence);
        measure(grid, "county.overdue", "OVERDUE", SchoolRow::overdue);
        measure(grid, "county.reportsOverdue", "REPORTS_OVERDUE", SchoolRow::reportsOverdue);
        grid.setItems(p.schools());
        grid.setEmptyStateText(getTranslation("overview.none"));
        if (p.schools().size() <= 30) {
            grid.setAllRowsVisible(true);
        } else {
            grid.setHeight("32em");
        }
        group.add(grid);
        return group;
    }

    private void measure(Grid<SchoolRow> grid, String label, String measure, ToLongFunction<SchoolRow> value) {
        grid.addComponentColumn(s -> cell(value.applyAsLong(s), list("measure=" + measure + "&school=" + s.schoolId()),
                        null))
                .setHeader(getTranslation(label)).setAutoWidth(true);
    }

    private static Component cell(long count, String href, String id) {
        if (count == 0) {
            Span zero = new Span("0");
            zero.addClassNames(LumoUtility.TextColor.TERTIARY);
            return zero;
        }
        Anchor a = new Anchor(href, String.valueOf(count));
        a.addClassName("county-number");
        a.getElement().setAttribute("data-count", String.valueOf(count));
        if (id != null) {
            a.setId(id);
        }
        return a;
    }

    /** Names as the schools are registered (data, in Chinese whatever the page's language). */
    static Span data(String text) {
        Span span = new Span(text);
        span.getElement().setAttribute("lang", "zh-TW");
        return span;
    }

    private Paragraph none() {
        Paragraph none = new Paragraph(getTranslation("overview.none"));
        none.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.Vertical.XSMALL);
        return none;
    }

    private static FlexLayout row() {
        FlexLayout row = new FlexLayout();
        row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        row.addClassNames(LumoUtility.Gap.MEDIUM);
        row.setWidthFull();
        return row;
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
