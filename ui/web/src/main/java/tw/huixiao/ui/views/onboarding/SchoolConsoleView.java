package tw.huixiao.ui.views.onboarding;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;
import java.util.stream.Collectors;
import tw.huixiao.platform.application.onboarding.Consoles;
import tw.huixiao.ui.GridHeights;
import tw.huixiao.ui.MainLayout;
import tw.huixiao.ui.UiLocale;
import tw.huixiao.ui.views.SchoolCalendarView;

/**
 * The school administrator's console (issue 19 §5): the school's staff and classes, and the way to
 * the student import, the school-year rollover, the staff import and the calendar (semesters and
 * closures).
 */
@Route(value = "school-admin", layout = MainLayout.class)
@PageTitle("學校系統管理 · 回校 Huixiao")
@RolesAllowed("SCHOOL_ADMIN")
@Dependent
public class SchoolConsoleView extends VerticalLayout {

    @Inject
    Consoles consoles;

    @PostConstruct
    void build() {
        setId("school-console");
        TabSheet tabs = new TabSheet();
        tabs.setWidthFull();
        tabs.setId("school-console-tabs");
        tabs.add(getTranslation("onboard.schoolConsole.imports"), imports());
        tabs.add(getTranslation("onboard.schoolConsole.staff"), staff());
        tabs.add(getTranslation("onboard.schoolConsole.classes"), classes());
        add(new H2(getTranslation("onboard.schoolConsole.title")), tabs);
    }

    private Component imports() {
        RouteConfiguration routes = RouteConfiguration.forSessionScope();
        Anchor students = new Anchor(routes.getUrl(StudentImportView.class), getTranslation("nav.studentImport"));
        students.setId("school-console-students");
        Anchor rollover = new Anchor(routes.getUrl(RolloverView.class), getTranslation("nav.rollover"));
        rollover.setId("school-console-rollover");
        Anchor staff = new Anchor("admin/staff-import", getTranslation("onboard.schoolConsole.staffImport"));
        staff.setId("school-console-staff-import");
        Anchor calendar = new Anchor(routes.getUrl(SchoolCalendarView.class), getTranslation("onboard.schoolConsole.calendar"));
        calendar.setId("school-console-calendar");
        FlexLayout links = new FlexLayout(staff, students, rollover, calendar);
        links.setFlexDirection(FlexLayout.FlexDirection.COLUMN);
        links.addClassNames(LumoUtility.Gap.MEDIUM);
        VerticalLayout layout = new VerticalLayout(links, new Paragraph(getTranslation("onboard.schoolConsole.calendar.help")));
        layout.setPadding(false);
        return layout;
    }

    private Component staff() {
        Grid<Consoles.Person> grid = grid("school-console-staff");
        OnboardingUi.dataColumn(grid, Consoles.Person::displayName).setHeader(getTranslation("onboard.users.name"));
        boolean english = UiLocale.isEnglish(getLocale());
        grid.addColumn(p -> p.roles().stream().map(r -> english ? r.label().en() : r.label().zhTw())
                .collect(Collectors.joining("、"))).setHeader(getTranslation("onboard.users.roles")).setAutoWidth(true);
        OnboardingUi.dataColumn(grid, Consoles.Person::username).setHeader(getTranslation("onboard.users.username"));
        List<Consoles.Person> people = consoles.staff();
        grid.setItems(people);
        GridHeights.fit(grid, people.size());
        return grid;
    }

    private Component classes() {
        Grid<Consoles.ClassSummary> grid = grid("school-console-classes");
        grid.addColumn(Consoles.ClassSummary::schoolYear).setHeader(getTranslation("onboard.class.year")).setAutoWidth(true);
        OnboardingUi.dataColumn(grid, Consoles.ClassSummary::name).setHeader(getTranslation("onboard.class.name"));
        grid.addColumn(Consoles.ClassSummary::grade).setHeader(getTranslation("onboard.class.grade")).setAutoWidth(true);
        OnboardingUi.dataColumn(grid, Consoles.ClassSummary::homeroomTeacher).setHeader(getTranslation("onboard.class.teacher"));
        grid.addColumn(Consoles.ClassSummary::students).setHeader(getTranslation("onboard.class.students")).setAutoWidth(true);
        List<Consoles.ClassSummary> classes = consoles.classes();
        grid.setItems(classes);
        GridHeights.fit(grid, classes.size());
        return grid;
    }

    private static <T> Grid<T> grid(String id) {
        Grid<T> grid = new Grid<>();
        grid.setId(id);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        return grid;
    }
}
