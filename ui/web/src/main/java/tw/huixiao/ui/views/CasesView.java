package tw.huixiao.ui.views;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.ConfigurableFilterDataProvider;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;
import tw.huixiao.platform.application.CaseService;
import tw.huixiao.platform.application.CaseView;
import tw.huixiao.platform.domain.casework.CaseStatus;
import tw.huixiao.ui.MainLayout;
import tw.huixiao.ui.RocDates;
import tw.huixiao.ui.UiLocale;
import tw.huixiao.ui.documents.PrintLinks;

/**
 * The cases the user may see (whole school, own class, mentored students), fetched a page at a
 * time; a row opens the case workspace. Each listing is written to the cases' access logs.
 */
@Route(value = "cases", layout = MainLayout.class)
@PageTitle("個案 · 回校 Huixiao")
@RolesAllowed({"PRINCIPAL", "STUDENT_AFFAIRS", "ACADEMIC_AFFAIRS", "REGISTRAR", "COUNSELING", "HOMEROOM_TEACHER",
        "MENTOR_TEACHER"})
@Dependent
public class CasesView extends VerticalLayout {

    @Inject
    CaseService cases;

    @Inject
    PrintLinks printLinks;

    private final Grid<CaseView> grid = new Grid<>();
    private final Span count = new Span();

    @PostConstruct
    void build() {
        setSizeFull();
        boolean english = UiLocale.isEnglish(getLocale());
        ComboBox<CaseStatus> status = new ComboBox<>(getTranslation("cases.status"));
        status.setItems(List.of(CaseStatus.values()));
        status.setItemLabelGenerator(s -> getTranslation("cases.status." + s.name()));
        status.setClearButtonVisible(true);
        status.setValue(CaseStatus.OPEN);
        status.setId("cases-status");

        grid.addColumn(CaseView::studentName).setHeader(getTranslation("students.name")).setAutoWidth(true);
        grid.addColumn(k -> english ? k.categoryEn() : k.categoryZhTw()).setHeader(getTranslation("cases.category"))
                .setAutoWidth(true);
        grid.addColumn(k -> getTranslation("cases.status." + k.status().name())).setHeader(getTranslation("cases.status"))
                .setAutoWidth(true);
        grid.addColumn(k -> RocDates.compact(k.openedOn())).setHeader(getTranslation("cases.openedOn")).setAutoWidth(true);
        grid.addColumn(k -> k.returnedOn() == null ? "" : RocDates.compact(k.returnedOn()))
                .setHeader(getTranslation("cases.returnedOn")).setAutoWidth(true);
        grid.addColumn(k -> k.policy().id() + " v" + k.policy().version()).setHeader(getTranslation("cases.policy"))
                .setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setId("cases-grid");
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(CaseWorkspaceView.class, e.getItem().id())));

        CallbackDataProvider<CaseView, CaseStatus> provider = new CallbackDataProvider<>(
                query -> cases.search(query.getFilter().orElse(null), null, query.getPage(), query.getPageSize())
                        .items().stream(),
                query -> {
                    long total = cases.search(query.getFilter().orElse(null), null, 0, 1).total();
                    count.setText(getTranslation("cases.count", total));
                    return (int) total;
                });
        ConfigurableFilterDataProvider<CaseView, Void, CaseStatus> filtered = provider.withConfigurableFilter();
        filtered.setFilter(status.getValue());
        grid.setItems(filtered);
        status.addValueChangeListener(e -> filtered.setFilter(e.getValue()));

        HorizontalLayout toolbar = new HorizontalLayout(status, count, printLinks.forCaseList(status, getLocale()));
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new H2(getTranslation("cases.title")), toolbar, grid);
        setFlexGrow(1, grid);
    }
}
