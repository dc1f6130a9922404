package tw.huixiao.ui.views;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.virtuallist.VirtualList;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.ConfigurableFilterDataProvider;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Set;
import tw.huixiao.platform.application.StudentService;
import tw.huixiao.platform.application.StudentView;
import tw.huixiao.platform.application.student.StudentProfileService;
import tw.huixiao.platform.application.student.StudentProfileService.ClassOption;
import tw.huixiao.platform.domain.student.BackgroundFlag;
import tw.huixiao.ui.MainLayout;
import tw.huixiao.ui.NarrowScreen;
import tw.huixiao.ui.RocDates;
import tw.huixiao.ui.Tribes;

/**
 * The register as the caller may see it (whole school, own class, or mentored students),
 * loaded lazily page by page: the grid never fetches the whole table. Filters: a name fragment
 * or class name, an exact national ID, a class, and — for the roles that see the family
 * background — background flags (any of them). A row opens the student's page.
 */
@Route(value = "students", layout = MainLayout.class)
@PageTitle("學生名冊 · 回校 Huixiao")
@RolesAllowed({"PRINCIPAL", "STUDENT_AFFAIRS", "ACADEMIC_AFFAIRS", "REGISTRAR", "COUNSELING", "HOMEROOM_TEACHER",
        "MENTOR_TEACHER"})
@Dependent
public class StudentsView extends VerticalLayout {

    @Inject
    StudentService students;

    @Inject
    StudentProfileService profiles;

    private final Grid<StudentView> grid = new Grid<>();
    private final VirtualList<StudentView> cards = new VirtualList<>();
    private final Span count = new Span();

    @PostConstruct
    void build() {
        setSizeFull();
        StudentProfileService.ListOptions options = profiles.listOptions();
        TextField text = new TextField();
        text.setPlaceholder(getTranslation("students.filter"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setId("student-filter");
        TextField nationalId = new TextField();
        nationalId.setPlaceholder(getTranslation("students.filter.nationalId"));
        nationalId.setClearButtonVisible(true);
        nationalId.setValueChangeMode(ValueChangeMode.LAZY);
        ComboBox<ClassOption> schoolClass = new ComboBox<>();
        schoolClass.setPlaceholder(getTranslation("students.filter.class"));
        schoolClass.setItems(options.classes());
        schoolClass.setItemLabelGenerator(c -> getTranslation("students.classOption", c.schoolYear(), c.name()));
        schoolClass.setClearButtonVisible(true);
        schoolClass.setId("student-class-filter");
        CheckboxGroup<BackgroundFlag> background = new CheckboxGroup<>(getTranslation("students.filter.background"));
        background.setItems(BackgroundFlag.values());
        background.setItemLabelGenerator(f -> getTranslation("background.flag." + f.name()));
        background.setId("student-background-filter");
        background.setVisible(options.backgroundFilter());

        grid.addColumn(StudentView::className).setHeader(getTranslation("students.class")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(StudentView::seatNumber).setHeader(getTranslation("students.seat")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(StudentView::name).setHeader(getTranslation("students.name")).setAutoWidth(true);
        grid.addColumn(s -> getTranslation("gender." + s.gender())).setHeader(getTranslation("students.gender"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(s -> RocDates.compact(s.birthDate())).setHeader(getTranslation("students.birthDate"))
                .setAutoWidth(true);
        grid.addColumn(StudentView::nationalId).setHeader(getTranslation("students.nationalId")).setAutoWidth(true);
        if (options.backgroundFilter()) {
            grid.addColumn(s -> Boolean.TRUE.equals(s.indigenous())
                            ? (s.tribe() == null ? getTranslation("yes") : Tribes.name(this, s.tribe())) : "")
                    .setHeader(getTranslation("students.indigenous")).setAutoWidth(true);
            grid.addColumn(s -> StudentBackground.describe(s, key -> getTranslation(key)))
                    .setHeader(getTranslation("students.background")).setAutoWidth(true);
        }
        grid.addColumn(s -> getTranslation("status." + s.enrolmentStatus())).setHeader(getTranslation("students.status"))
                .setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setId("students-grid");
        grid.setEmptyStateText(getTranslation("grid.empty"));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(StudentDetailView.class, e.getItem().id())));

        CallbackDataProvider<StudentView, StudentService.Filter> provider = new CallbackDataProvider<>(
                query -> students.search(query.getFilter().orElse(StudentService.Filter.NONE), query.getPage(),
                        query.getPageSize()).items().stream(),
                query -> {
                    long total = students.count(query.getFilter().orElse(StudentService.Filter.NONE));
                    count.setText(getTranslation("students.count", total));
                    return (int) total;
                });
        ConfigurableFilterDataProvider<StudentView, Void, StudentService.Filter> filtered =
                provider.withConfigurableFilter();
        grid.setItems(filtered);
        cards.setDataProvider(filtered);
        cards.setRenderer(new ComponentRenderer<>(this::card));
        cards.setId("students-cards");
        cards.setVisible(false);
        Runnable refilter = () -> filtered.setFilter(new StudentService.Filter(text.getValue(), nationalId.getValue(),
                schoolClass.getValue() == null ? null : schoolClass.getValue().id(), Set.copyOf(background.getValue())));
        text.addValueChangeListener(e -> refilter.run());
        nationalId.addValueChangeListener(e -> refilter.run());
        schoolClass.addValueChangeListener(e -> refilter.run());
        background.addValueChangeListener(e -> refilter.run());

        HorizontalLayout toolbar = new HorizontalLayout(text, nationalId, schoolClass, count);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);
        add(new H2(getTranslation("students.title")), toolbar, background, grid, cards);
        setFlexGrow(1, grid, cards);
        NarrowScreen.follow(this, narrow -> {
            grid.setVisible(!narrow);
            cards.setVisible(narrow);
        });
    }

    /** A student as a card, for screens too narrow for the grid's columns. */
    private RouterLink card(StudentView s) {
        Div title = new Div(s.name() + " · " + (s.className() == null ? "" : s.className() + " ")
                + (s.seatNumber() == null ? "" : getTranslation("students.seat") + " " + s.seatNumber()));
        title.addClassName("hx-card-title");
        String background = StudentBackground.describe(s, key -> getTranslation(key));
        Div details = new Div(getTranslation("gender." + s.gender()) + " · " + RocDates.compact(s.birthDate())
                + (s.nationalId() == null ? "" : " · " + s.nationalId())
                + " · " + getTranslation("status." + s.enrolmentStatus()));
        details.addClassName("hx-card-line");
        RouterLink card = new RouterLink(StudentDetailView.class, s.id());
        card.add(title, details);
        if (background != null && !background.isBlank()) {
            Div flags = new Div(background);
            flags.addClassName("hx-card-line");
            card.add(flags);
        }
        card.addClassName("hx-card");
        card.getElement().setAttribute("data-student", String.valueOf(s.id()));
        return card;
    }
}
