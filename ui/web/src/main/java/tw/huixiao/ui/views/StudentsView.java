package tw.huixiao.ui.views;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.ConfigurableFilterDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import tw.huixiao.platform.application.StudentService;
import tw.huixiao.platform.application.StudentView;
import tw.huixiao.platform.domain.student.HouseholdIncome;
import tw.huixiao.ui.MainLayout;
import tw.huixiao.ui.RocDates;

/**
 * The register as the caller may see it (whole school, own class, or mentored students),
 * loaded lazily page by page: the grid never fetches the whole table.
 */
@Route(value = "students", layout = MainLayout.class)
@PageTitle("學生名冊 · 回校 Huixiao")
@RolesAllowed({"PRINCIPAL", "STUDENT_AFFAIRS", "ACADEMIC_AFFAIRS", "REGISTRAR", "COUNSELING", "HOMEROOM_TEACHER",
        "MENTOR_TEACHER"})
@Dependent
public class StudentsView extends VerticalLayout {

    @Inject
    StudentService students;

    private final Grid<StudentView> grid = new Grid<>();
    private final Span count = new Span();

    @PostConstruct
    void build() {
        setSizeFull();
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
        grid.addColumn(s -> s.indigenous() ? (s.tribe() == null ? getTranslation("yes") : s.tribe()) : "")
                .setHeader(getTranslation("students.indigenous")).setAutoWidth(true);
        grid.addColumn(this::background).setHeader(getTranslation("students.background")).setAutoWidth(true);
        grid.addColumn(s -> getTranslation("status." + s.enrolmentStatus())).setHeader(getTranslation("students.status"))
                .setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setId("students-grid");

        CallbackDataProvider<StudentView, Filter> provider = new CallbackDataProvider<>(
                query -> {
                    Filter f = query.getFilter().orElse(Filter.NONE);
                    return students.search(f.text(), f.nationalId(), null, query.getPage(), query.getPageSize())
                            .items().stream();
                },
                query -> {
                    Filter f = query.getFilter().orElse(Filter.NONE);
                    long total = students.search(f.text(), f.nationalId(), null, 0, 1).total();
                    count.setText(getTranslation("students.count", total));
                    return (int) total;
                });
        ConfigurableFilterDataProvider<StudentView, Void, Filter> filtered = provider.withConfigurableFilter();
        grid.setItems(filtered);
        text.addValueChangeListener(e -> filtered.setFilter(new Filter(text.getValue(), nationalId.getValue())));
        nationalId.addValueChangeListener(e -> filtered.setFilter(new Filter(text.getValue(), nationalId.getValue())));

        HorizontalLayout toolbar = new HorizontalLayout(text, nationalId, count);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new H2(getTranslation("students.title")), toolbar, grid);
        setFlexGrow(1, grid);
    }

    private String background(StudentView s) {
        List<String> flags = new ArrayList<>();
        if (s.singleParent()) {
            flags.add(getTranslation("background.singleParent"));
        }
        if (s.grandparentCare()) {
            flags.add(getTranslation("background.grandparentCare"));
        }
        if (s.newImmigrant()) {
            flags.add(getTranslation("background.newImmigrant"));
        }
        if (s.householdIncome() != HouseholdIncome.NONE) {
            flags.add(getTranslation("background." + s.householdIncome()));
        }
        return String.join("、", flags);
    }

    record Filter(String text, String nationalId) {
        static final Filter NONE = new Filter(null, null);
    }
}
