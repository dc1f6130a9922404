package tw.huixiao.ui.views;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.ConfigurableFilterDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import tw.huixiao.platform.application.audit.AccessLogLine;
import tw.huixiao.platform.application.audit.AccessLogQuery;
import tw.huixiao.ui.RocDates;
import tw.huixiao.ui.UiLocale;

/**
 * A record's access log as the counselling office and the principal read it: when (民國 date and
 * Taipei time), who (name and roles), what in words, allowed or refused, from the screen or the
 * API — fetched a page at a time (a case read hundreds of times stays light) and filtered in SQL.
 */
public class AccessLogGrid extends VerticalLayout {

    /** The service's paged reads of one record's log. */
    public interface Source {
        List<AccessLogLine> page(AccessLogQuery query, int offset, int limit);

        int count(AccessLogQuery query);
    }

    private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    public AccessLogGrid(String id, Source source) {
        setPadding(false);
        TextField person = new TextField();
        person.setPlaceholder(getTranslation("log.filter.person"));
        person.setClearButtonVisible(true);
        person.setValueChangeMode(ValueChangeMode.LAZY);
        person.setId(id + "-person");
        ComboBox<String> outcome = new ComboBox<>();
        outcome.setPlaceholder(getTranslation("log.filter.outcome"));
        outcome.setItems("ALLOWED", "DENIED");
        outcome.setItemLabelGenerator(o -> getTranslation("log.outcome." + o));
        outcome.setClearButtonVisible(true);
        outcome.setId(id + "-outcome");
        ComboBox<String> channel = new ComboBox<>();
        channel.setPlaceholder(getTranslation("log.filter.channel"));
        channel.setItems("UI", "API", "EXPORT", "SYSTEM");
        channel.setItemLabelGenerator(c -> getTranslation("log.channel." + c));
        channel.setClearButtonVisible(true);
        channel.setId(id + "-channel");
        FlexLayout filters = new FlexLayout(person, outcome, channel);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.addClassNames(LumoUtility.Gap.SMALL);

        Grid<AccessLogLine> grid = new Grid<>();
        grid.setId(id);
        grid.addColumn(this::when).setHeader(getTranslation("case.log.when")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(this::who).setHeader(getTranslation("case.log.who")).setAutoWidth(true);
        grid.addColumn(this::what).setHeader(getTranslation("case.log.what")).setAutoWidth(true);
        grid.addColumn(l -> getTranslation("log.outcome." + l.outcome())).setHeader(getTranslation("case.log.outcome"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(l -> getTranslation("log.channel." + l.channel())).setHeader(getTranslation("case.log.from"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setHeight("22rem");
        grid.setEmptyStateText(getTranslation("log.empty"));
        ConfigurableFilterDataProvider<AccessLogLine, Void, AccessLogQuery> rows = new CallbackDataProvider<
                AccessLogLine, AccessLogQuery>(
                q -> source.page(q.getFilter().orElse(AccessLogQuery.ALL), q.getOffset(), q.getLimit()).stream(),
                q -> source.count(q.getFilter().orElse(AccessLogQuery.ALL))).withConfigurableFilter();
        grid.setItems(rows);
        Runnable refilter = () -> rows.setFilter(new AccessLogQuery(person.getValue(), outcome.getValue(),
                channel.getValue()));
        person.addValueChangeListener(e -> refilter.run());
        outcome.addValueChangeListener(e -> refilter.run());
        channel.addValueChangeListener(e -> refilter.run());
        add(filters, grid);
    }

    private String when(AccessLogLine l) {
        var at = l.occurredAt().atZone(TAIPEI);
        return (UiLocale.isEnglish(getLocale()) ? at.toLocalDate().toString() : RocDates.compact(at.toLocalDate()))
                + " " + TIME.format(at);
    }

    private String who(AccessLogLine l) {
        String roles = l.roles() == null || l.roles().isBlank() ? "" : Arrays.stream(l.roles().split(","))
                .map(r -> getTranslation("role." + r.strip())).collect(Collectors.joining("、"));
        String name = l.personName() == null ? getTranslation("log.person.unknown") : l.personName();
        return roles.isEmpty() ? name : name + "（" + roles + "）";
    }

    /** The action in words: a known action by itself, or the verb with the kind of record. */
    private String what(AccessLogLine l) {
        String record = getTranslation("log.record." + l.recordType());
        String action = getTranslation("log.action." + l.action(), record);
        return action.startsWith("!") || action.contains("log.action.") ? getTranslation("log.action.OTHER", record)
                : action;
    }
}
