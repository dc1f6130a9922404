package tw.huixiao.ui.views;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import tw.huixiao.platform.application.audit.SecurityEvents;
import tw.huixiao.platform.application.audit.SecurityEvents.EventView;
import tw.huixiao.ui.GridHeights;
import tw.huixiao.ui.MainLayout;
import tw.huixiao.ui.NarrowScreen;
import tw.huixiao.ui.PlatformText;
import tw.huixiao.ui.RocDates;
import tw.huixiao.ui.UiLocale;

/**
 * The security view (issue 18 §7): refused attempts, attempts on another school's records and
 * unusual reading of the last 30 days — every school for platform administrators, the county's
 * schools for a bureau officer.
 */
@Route(value = "security", layout = MainLayout.class)
@PageTitle("回校 Huixiao")
@RolesAllowed({"PLATFORM_ADMIN", "BUREAU_OFFICER"})
@Dependent
public class SecurityView extends VerticalLayout {

    private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");
    private static final String ALL = "ALL";

    @Inject
    SecurityEvents events;

    private final Grid<EventView> grid = new Grid<>();

    @PostConstruct
    void build() {
        boolean english = UiLocale.isEnglish(getLocale());
        add(new H2(getTranslation("security.title")), new Paragraph(getTranslation("security.intro")));
        Select<String> kind = new Select<>();
        kind.setId("security-kind");
        kind.setLabel(getTranslation("security.kind"));
        kind.setItems(ALL, "CROSS_SCHOOL", "REFUSED", "UNUSUAL_READING");
        kind.setItemLabelGenerator(k -> getTranslation("security.kind." + k));
        kind.setValue(ALL);
        kind.addValueChangeListener(e -> load(e.getValue()));
        grid.setId("security-events");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        Grid.Column<EventView> at = grid.addColumn(e -> when(e, english)).setHeader(getTranslation("security.at"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> getTranslation("security.kind." + e.kind())).setHeader(getTranslation("security.kind"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(e -> data(e.username()
                        + (e.actorSchool() == null ? "" : "（" + e.actorSchool() + "）"))))
                .setHeader(getTranslation("security.who")).setFlexGrow(1);
        grid.addColumn(new ComponentRenderer<>(e -> new Span(data(e.targetSchool() == null ? "" : e.targetSchool() + " "),
                        new Span(record(e))))).setHeader(getTranslation("security.target")).setFlexGrow(1);
        Grid.Column<EventView> from = grid.addColumn(e -> (e.channel() == null ? "" : getTranslation("security.channel." + e.channel()))
                + " " + (e.clientAddress() == null ? "" : e.clientAddress())).setHeader(getTranslation("security.from")).setAutoWidth(true).setFlexGrow(0);
        Grid.Column<EventView> detail = grid.addColumn(e -> e.detail() == null ? "" : PlatformText.of(e.detail()))
                .setHeader(getTranslation("security.detail")).setFlexGrow(1);
        NarrowScreen.follow(this, narrow -> {
            from.setVisible(!narrow);
            detail.setVisible(!narrow);
            at.setAutoWidth(!narrow);
        });
        add(kind, grid);
        setSizeFull();
        load(ALL);
    }

    private void load(String kind) {
        List<EventView> rows = events.recent(ALL.equals(kind) ? null : kind, 30, 0, SecurityEvents.MAX_PAGE);
        grid.setItems(rows);
        GridHeights.fit(grid, rows.size());
    }

    private String record(EventView e) {
        return e.recordType() == null ? "" : getTranslation("security.record." + e.recordType(), e.recordId() == null
                ? "" : "#" + e.recordId());
    }

    /** Account names and school names are data, shown as they are in either language. */
    private static Span data(String text) {
        Span span = new Span(text);
        span.getElement().setAttribute("translate", "no");
        return span;
    }

    private static String when(EventView e, boolean english) {
        ZonedDateTime t = e.at().atZone(TAIPEI);
        String time = t.format(DateTimeFormatter.ofPattern("HH:mm"));
        return (english ? RocDates.gregorian(t.toLocalDate()) : RocDates.format(t.toLocalDate())) + " " + time;
    }
}
