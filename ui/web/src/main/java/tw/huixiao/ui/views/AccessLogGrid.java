package tw.huixiao.ui.views;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import tw.huixiao.platform.application.audit.AccessEntry;
import tw.huixiao.ui.RocDates;

/** Access-log rows (who, when, what, allowed or denied, from where) as the counselling office and the principal see them. */
public class AccessLogGrid extends Grid<AccessEntry> {

    private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    public AccessLogGrid(List<AccessEntry> entries) {
        addColumn(e -> RocDates.compact(e.occurredAt().atZone(TAIPEI).toLocalDate()) + " "
                + TIME.format(e.occurredAt().atZone(TAIPEI))).setHeader(getTranslation("case.log.when")).setAutoWidth(true);
        addColumn(AccessEntry::username).setHeader(getTranslation("case.log.who")).setAutoWidth(true);
        addColumn(e -> e.action() + " " + e.recordType()).setHeader(getTranslation("case.log.what")).setAutoWidth(true);
        addColumn(AccessEntry::outcome).setHeader(getTranslation("case.log.outcome")).setAutoWidth(true);
        addColumn(e -> e.channel() + (e.clientAddress() == null ? "" : " " + e.clientAddress()))
                .setHeader(getTranslation("case.log.from")).setAutoWidth(true);
        setItems(entries);
        addThemeVariants(GridVariant.LUMO_COMPACT);
        setAllRowsVisible(true);
    }
}
