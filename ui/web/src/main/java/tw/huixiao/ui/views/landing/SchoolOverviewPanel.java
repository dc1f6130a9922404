package tw.huixiao.ui.views.landing;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.awt.Color;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import tw.huixiao.platform.application.overview.SchoolOverviewService.CategoryCount;
import tw.huixiao.platform.application.overview.SchoolOverviewService.Overview;
import tw.huixiao.platform.application.overview.PersonCount;
import tw.huixiao.ui.RocDates;
import tw.huixiao.ui.UiLocale;

/**
 * The principal's school overview: every number is a link to the list behind it (the case list
 * with its URL filters, or the overview's own lists for children on a ladder day, overdue duties
 * and idle cases). Other staff's duties show who is responsible, never an action.
 */
public class SchoolOverviewPanel extends VerticalLayout {

    public SchoolOverviewPanel(Overview o) {
        setId("school-overview");
        setPadding(false);
        boolean english = UiLocale.isEnglish(getLocale());
        add(new H3(getTranslation("overview.title")));

        FlexLayout ladder = row();
        o.childrenByLadderDay().forEach((day, n) -> ladder.add(figure(this, getTranslation("ladder.day", day), n,
                "overview/list?ladderDay=" + day, "overview-ladder-" + day)));
        add(group(getTranslation("overview.ladder"), ladder, o.childrenByLadderDay().isEmpty()));

        FlexLayout categories = row();
        for (CategoryCount c : o.openByCategory()) {
            categories.add(figure(this, english ? c.en() : c.zhTw(), c.cases(),
                    "cases?categoryId=" + URLEncoder.encode(c.categoryId(), StandardCharsets.UTF_8),
                    "overview-category-" + c.categoryId()));
        }
        add(group(getTranslation("overview.byCategory"), categories, o.openByCategory().isEmpty()));

        FlexLayout states = row();
        o.openByState().forEach((state, n) -> states.add(figure(this, getTranslation("case.state." + state), n,
                "cases?state=" + state, "overview-state-" + state)));
        add(group(getTranslation("overview.byState"), states, o.openByState().isEmpty()));

        FlexLayout offices = row();
        o.overdueByRole().forEach((role, n) -> offices.add(figure(this, getTranslation("role." + role), n,
                "overview/list?role=" + role, "overview-role-" + role)));
        add(group(getTranslation("overview.overdueByOffice"), offices, o.overdueByRole().isEmpty()));

        FlexLayout people = row();
        for (PersonCount p : o.overdueByPerson()) {
            people.add(figure(this, p.name(), p.count(), "overview/list?person=" + p.userId(),
                    "overview-person-" + p.userId()));
        }
        add(group(getTranslation("overview.overdueByPerson"), people, o.overdueByPerson().isEmpty()));

        FlexLayout idle = row();
        idle.add(figure(this, getTranslation("overview.idle.label", o.idleDays()), o.idleCases(),
                "overview/list?idle=true", "overview-idle"));
        add(group(getTranslation("overview.idle"), idle, false));

        add(new H4(getTranslation("overview.trends", RocDates.compact(o.semesterStart()))));
        FlexLayout charts = row();
        charts.add(WeeklyChart.line("chart-absences", getTranslation("overview.chart.absences"),
                getTranslation("overview.chart.absences"), o.weeks(), w -> weekLabel(w.start()), w -> w.absences(),
                new Color(0xC0392B)));
        charts.add(WeeklyChart.line("chart-open-cases", getTranslation("overview.chart.openCases"),
                getTranslation("overview.chart.openCases"), o.weeks(), w -> weekLabel(w.start()), w -> w.openCases(),
                new Color(0x1F6FB2)));
        charts.getChildren().forEach(c -> ((Component) c).getElement().getStyle().set("flex", "1 1 320px"));
        add(charts);
    }

    private static String weekLabel(java.time.LocalDate monday) {
        return monday.getMonthValue() + "/" + monday.getDayOfMonth();
    }

    private static FlexLayout row() {
        FlexLayout row = new FlexLayout();
        row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        row.addClassNames(LumoUtility.Gap.MEDIUM);
        row.setWidthFull();
        return row;
    }

    private Component group(String title, FlexLayout figures, boolean empty) {
        Div group = new Div(new H4(title));
        group.setWidthFull();
        if (empty) {
            Paragraph none = new Paragraph(getTranslation("overview.none"));
            none.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.Vertical.XSMALL);
            group.add(none);
        } else {
            group.add(figures);
        }
        return group;
    }

    /** A number with its label, the whole a link to the list behind it. */
    public static Anchor figure(Component in, String label, long count, String href, String id) {
        Span number = new Span(String.valueOf(count));
        number.addClassNames(LumoUtility.FontSize.XLARGE, LumoUtility.FontWeight.BOLD, "overview-number");
        Span text = new Span(label);
        text.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        Anchor figure = new Anchor(href, number, text);
        figure.setId(id);
        figure.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Padding.SMALL,
                LumoUtility.BorderRadius.MEDIUM, LumoUtility.Background.CONTRAST_5, "overview-figure");
        figure.getStyle().set("min-width", "6.5em").set("text-decoration", "none");
        figure.getElement().setAttribute("data-count", String.valueOf(count));
        return figure;
    }
}
