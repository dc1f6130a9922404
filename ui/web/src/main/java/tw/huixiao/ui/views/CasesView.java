package tw.huixiao.ui.views;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.virtuallist.VirtualList;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.ConfigurableFilterDataProvider;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility;
import com.vaadin.flow.component.button.Button;
import tw.huixiao.platform.application.CaseService;
import tw.huixiao.platform.application.StudentService;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tw.huixiao.platform.application.InvalidInputException;
import tw.huixiao.platform.application.casework.CaseListQuery;
import tw.huixiao.platform.application.casework.CaseListService;
import tw.huixiao.platform.application.casework.CaseListService.Category;
import tw.huixiao.platform.application.casework.CaseListService.Filter;
import tw.huixiao.platform.application.casework.CaseListService.Row;
import tw.huixiao.platform.application.casework.CaseListService.SchoolClassOption;
import tw.huixiao.policy.spi.casework.CaseState;
import tw.huixiao.policy.spi.detection.CaseKind;
import tw.huixiao.ui.MainLayout;
import tw.huixiao.ui.NarrowScreen;
import tw.huixiao.ui.RocDates;
import tw.huixiao.ui.UiLocale;
import tw.huixiao.ui.documents.PrintLinks;

/**
 * The cases the user may see (whole school, own class, mentored students), filtered in the
 * database by kind or the county's category, state, tier, ladder day, overdue tasks and homeroom
 * class, and fetched a page at a time, with the counts; a row opens the case workspace. Each
 * listing is written to the cases' access logs. The CSV and Excel links export every case of the
 * current filter.
 */
@Route(value = "cases", layout = MainLayout.class)
@PageTitle("個案 · 回校 Huixiao")
@RolesAllowed({"PRINCIPAL", "STUDENT_AFFAIRS", "ACADEMIC_AFFAIRS", "REGISTRAR", "COUNSELING", "HOMEROOM_TEACHER",
        "MENTOR_TEACHER"})
@Dependent
public class CasesView extends VerticalLayout implements BeforeEnterObserver {

    /** The state filter: every case not closed, every case, or one state. */
    private static final String ACTIVE = "ACTIVE";
    private static final String ALL = "ALL";

    /** A kind (every category of it) or one of the county's categories. */
    record KindChoice(CaseKind kind, Category category) {
    }

    @Inject
    CaseListService caseList;

    @Inject
    PrintLinks printLinks;

    @Inject
    CaseService cases;

    @Inject
    StudentService students;

    private final Grid<Row> grid = new Grid<>();
    private final VirtualList<Row> cards = new VirtualList<>();
    private final Span count = new Span();
    private final ComboBox<KindChoice> kind = new ComboBox<>();
    private final ComboBox<String> state = new ComboBox<>();
    private final ComboBox<Integer> tier = new ComboBox<>();
    private final IntegerField ladderDay = new IntegerField();
    private final Checkbox overdue = new Checkbox();
    private final ComboBox<SchoolClassOption> schoolClass = new ComboBox<>();

    @PostConstruct
    void build() {
        setSizeFull();
        boolean english = UiLocale.isEnglish(getLocale());
        filters(english);
        columns(english);

        CallbackDataProvider<Row, Filter> provider = new CallbackDataProvider<>(
                query -> caseList.search(query.getFilter().orElse(Filter.ANY), query.getPage(), query.getPageSize())
                        .items().stream(),
                query -> {
                    CaseListService.Counts counts = caseList.count(query.getFilter().orElse(Filter.ANY));
                    count.setText(getTranslation("cases.counts", counts.total(), counts.withOverdueTasks()));
                    return (int) counts.total();
                });
        ConfigurableFilterDataProvider<Row, Void, Filter> filtered = provider.withConfigurableFilter();
        PrintLinks.CaseListExport export = printLinks.forCaseList(getLocale());
        // The grid and the export links always follow the same filter.
        Runnable refilter = () -> {
            Filter filter = filter();
            filtered.setFilter(filter);
            export.follow(filter);
        };
        refilter.run();
        grid.setItems(filtered);
        cards.setDataProvider(filtered);
        List.<HasValue<?, ?>>of(kind, state, tier, ladderDay, overdue, schoolClass)
                .forEach(field -> field.addValueChangeListener(e -> refilter.run()));

        FlexLayout filterFields = new FlexLayout(kind, state, tier, ladderDay, schoolClass, overdue);
        filterFields.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filterFields.setAlignItems(FlexComponent.Alignment.BASELINE);
        filterFields.addClassNames(LumoUtility.Gap.MEDIUM, "hx-foldable");
        filterFields.setId("cases-filters");
        // On a phone the filters fold behind 篩選 (huixiao-layout.css), so the cases come first.
        Button filterToggle = new Button(getTranslation("cases.filters"), VaadinIcon.FILTER.create(),
                e -> filterFields.setClassName("hx-open", !filterFields.hasClassName("hx-open")));
        filterToggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        filterToggle.addClassName("hx-narrow-only");
        filterToggle.setId("cases-filter-toggle");
        FlexLayout toolbar = new FlexLayout(filterToggle, filterFields, export);
        toolbar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.addClassName(LumoUtility.Gap.MEDIUM);
        count.setId("cases-count");
        count.addClassName(LumoUtility.FontWeight.SEMIBOLD);
        cards.setRenderer(new ComponentRenderer<>(this::card));
        cards.setId("cases-cards");
        cards.setVisible(false);
        add(new H2(getTranslation("cases.title")), toolbar, count, grid, cards);
        setFlexGrow(1, grid, cards);
        if (cases.mayOpenByHand()) {
            Button openByHand = new Button(getTranslation("cases.openByHand"),
                    e -> new OpenCaseDialog(cases, students, null).open());
            openByHand.setId("cases-open-case");
            addComponentAtIndex(1, openByHand);
        }
        NarrowScreen.follow(this, narrow -> {
            grid.setVisible(!narrow);
            cards.setVisible(narrow);
        });
    }

    /** A case as a card, for screens too narrow for the grid's columns. */
    private RouterLink card(Row r) {
        boolean english = UiLocale.isEnglish(getLocale());
        Div title = new Div(r.studentName() + (r.className() == null ? "" : " · " + r.className()));
        title.addClassName("hx-card-title");
        Div category = new Div(english ? r.categoryEn() : r.categoryZhTw());
        Div state = new Div(getTranslation("case.state." + r.state())
                + " · " + getTranslation("casework.tier." + r.tier())
                + (r.ladderDay() == null ? "" : " · " + getTranslation("cases.ladderDay.value", r.ladderDay()))
                + " · " + getTranslation("cases.openedOn") + " " + RocDates.compact(r.openedOn()));
        state.addClassName("hx-card-line");
        RouterLink card = new RouterLink(CaseWorkspaceView.class, r.id());
        card.add(title, category, state);
        if (r.overdueTasks() > 0) {
            Span overdueTasks = new Span(getTranslation("cases.overdueTasks") + " "
                    + getTranslation("cases.overdueTasks.value", r.overdueTasks()));
            overdueTasks.getElement().getThemeList().add("badge error");
            card.add(new Div(overdueTasks));
        }
        card.addClassName("hx-card");
        card.getElement().setAttribute("data-case", String.valueOf(r.id()));
        return card;
    }

    private void filters(boolean english) {
        List<Category> categories = caseList.categories();
        Set<CaseKind> kinds = new LinkedHashSet<>();
        categories.forEach(c -> kinds.add(c.kind()));
        List<KindChoice> kindChoices = new ArrayList<>();
        kinds.forEach(k -> kindChoices.add(new KindChoice(k, null)));
        categories.forEach(c -> kindChoices.add(new KindChoice(null, c)));
        kind.setLabel(getTranslation("cases.filter.kind"));
        kind.setPlaceholder(getTranslation("cases.filter.kindAll"));
        kind.setItems(kindChoices);
        kind.setItemLabelGenerator(c -> c.kind() != null ? getTranslation("cases.kind." + c.kind())
                : english ? c.category().en() : c.category().zhTw());
        kind.setClearButtonVisible(true);
        kind.setWidth("18em");
        kind.setId("cases-kind");

        List<String> states = new ArrayList<>(List.of(ACTIVE, ALL));
        Arrays.stream(CaseState.values()).map(Enum::name).forEach(states::add);
        state.setLabel(getTranslation("cases.state"));
        state.setItems(states);
        state.setItemLabelGenerator(s -> s.equals(ACTIVE) || s.equals(ALL) ? getTranslation("cases.state." + s)
                : getTranslation("case.state." + s));
        state.setValue(ACTIVE);
        state.setId("cases-state");

        tier.setLabel(getTranslation("cases.tier"));
        tier.setItems(1, 2, 3);
        tier.setItemLabelGenerator(t -> getTranslation("casework.tier." + t));
        tier.setClearButtonVisible(true);
        tier.setId("cases-tier");

        ladderDay.setLabel(getTranslation("cases.ladderDay"));
        ladderDay.setMin(1);
        ladderDay.setStepButtonsVisible(true);
        ladderDay.setClearButtonVisible(true);
        ladderDay.setValueChangeMode(ValueChangeMode.LAZY);
        ladderDay.setWidth("8em");
        ladderDay.setId("cases-ladder-day");

        schoolClass.setLabel(getTranslation("cases.class"));
        schoolClass.setItems(caseList.classes());
        schoolClass.setItemLabelGenerator(c -> c.name() + "（" + c.schoolYear() + "）");
        schoolClass.setClearButtonVisible(true);
        schoolClass.setWidth("10em");
        schoolClass.setId("cases-class");

        overdue.setLabel(getTranslation("cases.overdue"));
        overdue.setId("cases-overdue");
    }

    private void columns(boolean english) {
        grid.addColumn(Row::studentName).setHeader(getTranslation("students.name")).setAutoWidth(true);
        grid.addColumn(Row::className).setHeader(getTranslation("cases.class")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> english ? r.categoryEn() : r.categoryZhTw()).setHeader(getTranslation("cases.category"))
                .setAutoWidth(true);
        grid.addColumn(r -> getTranslation("case.state." + r.state())).setHeader(getTranslation("cases.state"))
                .setAutoWidth(true);
        grid.addColumn(Row::tier).setHeader(getTranslation("cases.tier")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.ladderDay() == null ? "" : getTranslation("cases.ladderDay.value", r.ladderDay()))
                .setHeader(getTranslation("cases.ladderDay")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(r -> {
            Span overdueTasks = new Span(r.overdueTasks() == 0 ? "" : getTranslation("cases.overdueTasks.value",
                    r.overdueTasks()));
            if (r.overdueTasks() > 0) {
                overdueTasks.getElement().getThemeList().add("badge error");
            }
            return overdueTasks;
        }).setHeader(getTranslation("cases.overdueTasks")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> RocDates.compact(r.openedOn())).setHeader(getTranslation("cases.openedOn")).setAutoWidth(true);
        grid.addColumn(r -> r.returnedOn() == null ? "" : RocDates.compact(r.returnedOn()))
                .setHeader(getTranslation("cases.returnedOn")).setAutoWidth(true);
        grid.addColumn(r -> getTranslation("cases.policyVersion", r.policyVersion())).setHeader(getTranslation("cases.policy"))
                .setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setId("cases-grid");
        grid.setEmptyStateText(getTranslation("grid.empty"));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(CaseWorkspaceView.class, e.getItem().id())));
    }

    /**
     * The address's filter (CaseListQuery's names: kind, categoryId, state, tier, ladderDay, overdue,
     * classId — the school overview's numbers link here) set on the toolbar; a bad address is ignored.
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
        if (parameters.isEmpty()) {
            return;
        }
        Filter f;
        try {
            f = CaseListQuery.parse(parameters, Set.of());
        } catch (InvalidInputException ignored) {
            return;
        }
        kind.getListDataView().getItems().filter(c -> f.categoryId() != null
                        ? c.category() != null && c.category().id().equals(f.categoryId())
                        : f.kind() != null && c.kind() == f.kind())
                .findFirst().ifPresent(kind::setValue);
        if (f.states() != null && f.states().size() == 1) {
            state.setValue(f.states().iterator().next().name());
        }
        tier.setValue(f.tier());
        ladderDay.setValue(f.ladderDay());
        overdue.setValue(f.overdueOnly());
        caseList.classes().stream().filter(c -> f.classId() != null && c.id() == f.classId()).findFirst()
                .ifPresent(schoolClass::setValue);
    }

    /** The filter as the toolbar shows it. */
    private Filter filter() {
        String s = state.getValue() == null ? ACTIVE : state.getValue();
        Set<CaseState> states = switch (s) {
            case ACTIVE -> EnumSet.complementOf(EnumSet.of(CaseState.CLOSED));
            case ALL -> null;
            default -> EnumSet.of(CaseState.valueOf(s));
        };
        KindChoice k = kind.getValue();
        return new Filter(k == null ? null : k.kind(), k == null || k.category() == null ? null : k.category().id(),
                states, tier.getValue(), ladderDay.getValue(), overdue.getValue(), schoolClass.getValue() == null ? null
                : schoolClass.getValue().id());
    }
}
