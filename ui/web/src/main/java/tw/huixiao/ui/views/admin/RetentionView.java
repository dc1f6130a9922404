package tw.huixiao.ui.views.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import tw.huixiao.platform.application.InvalidInputException;
import tw.huixiao.platform.application.StateConflictException;
import tw.huixiao.platform.application.retention.RecordKind;
import tw.huixiao.platform.application.retention.RetentionRules;
import tw.huixiao.platform.application.retention.RetentionRun;
import tw.huixiao.platform.application.retention.RetentionService;
import tw.huixiao.ui.FieldErrors;
import tw.huixiao.ui.GridHeights;
import tw.huixiao.ui.MainLayout;
import tw.huixiao.ui.NarrowScreen;
import tw.huixiao.ui.PlatformText;
import tw.huixiao.ui.ReasonDialog;
import tw.huixiao.ui.RocDates;
import tw.huixiao.ui.UiLocale;

/**
 * 紀錄保存 (issue 22 §7): the retention rule of every record kind with its legal basis, a dry-run
 * that lists per school and kind what is past its time, and the purge that follows it after a
 * reason is given — the same service as {@code /api/v1/admin/retention}. Platform administrators only.
 */
@Route(value = "admin/retention", layout = MainLayout.class)
@PageTitle("紀錄保存 · 回校 Huixiao")
@RolesAllowed("PLATFORM_ADMIN")
@Dependent
public class RetentionView extends VerticalLayout {

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Taipei"));

    @Inject
    RetentionService retention;

    private final Span summary = new Span();
    private final Button purge = new Button();
    private final Grid<RetentionRun.Count> counts = new Grid<>();
    private final Grid<RetentionRun> runs = new Grid<>();
    private RetentionRun dryRun;

    @PostConstruct
    void build() {
        setId("retention");
        boolean english = UiLocale.isEnglish(getLocale());
        add(new H2(getTranslation("retention.title")), new Paragraph(getTranslation("retention.help")));

        Grid<RetentionRules.Rule> rules = new Grid<>();
        rules.setId("retention-rules");
        rules.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        rules.addColumn(r -> english ? r.nameEn() : r.nameZh()).setHeader(getTranslation("retention.kind"))
                .setFlexGrow(2);
        rules.addColumn(r -> english ? r.periodEn() : r.periodZh()).setHeader(getTranslation("retention.period"))
                .setFlexGrow(2);
        Grid.Column<RetentionRules.Rule> action = rules.addColumn(r -> getTranslation("retention.action." + r.action()))
                .setHeader(getTranslation("retention.action")).setAutoWidth(true).setFlexGrow(0);
        Grid.Column<RetentionRules.Rule> basis = rules.addColumn(r -> english ? r.basisEn() : r.basisZh())
                .setHeader(getTranslation("retention.basis")).setFlexGrow(3);
        // On a phone the basis opens under its row.
        rules.setItemDetailsRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(r -> {
            Div d = new Div(new Span(getTranslation("retention.basis") + "：" + (english ? r.basisEn() : r.basisZh())));
            d.addClassNames(LumoUtility.FontSize.SMALL);
            return d;
        }));
        List<RetentionRules.Rule> ruleList = retention.rules();
        rules.setItems(ruleList);
        GridHeights.fit(rules, ruleList.size());
        NarrowScreen.follow(this, narrow -> {
            action.setVisible(!narrow);
            basis.setVisible(!narrow);
            rules.setDetailsVisibleOnClick(narrow);
        });

        Button dry = new Button(getTranslation("retention.dryRun"), e -> dryRun());
        dry.setId("retention-dry-run");
        dry.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        purge.setText(getTranslation("retention.purge"));
        purge.setId("retention-purge");
        purge.addThemeVariants(ButtonVariant.LUMO_ERROR);
        purge.setEnabled(false);
        purge.addClickListener(e -> confirm());
        HorizontalLayout actions = new HorizontalLayout(dry, purge);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        actions.getStyle().set("flex-wrap", "wrap");
        summary.setId("retention-summary");

        counts.setId("retention-counts");
        counts.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        counts.addColumn(c -> c.schoolName() == null ? getTranslation("retention.platform") : c.schoolName())
                .setHeader(getTranslation("retention.school")).setFlexGrow(2);
        counts.addColumn(c -> kindName(c.kind(), english)).setHeader(getTranslation("retention.kind")).setFlexGrow(2);
        counts.addColumn(c -> c.failure() != null ? PlatformText.of(c.failure()) : String.valueOf(c.records()))
                .setHeader(getTranslation("retention.records")).setFlexGrow(1);
        counts.setVisible(false);

        runs.setId("retention-runs");
        runs.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        runs.addColumn(r -> UiLocale.isEnglish(getLocale()) ? AT.format(r.startedAt())
                : RocDates.compact(java.time.LocalDate.ofInstant(r.startedAt(), ZoneId.of("Asia/Taipei")))
                        + AT.format(r.startedAt()).substring(10)).setHeader(getTranslation("retention.when")).setAutoWidth(true);
        runs.addColumn(r -> getTranslation("retention.mode." + r.mode())).setHeader(getTranslation("retention.mode"))
                .setAutoWidth(true);
        // An account name is an identifier, not words of either language (translate="no").
        runs.addComponentColumn(r -> {
            Span username = new Span(r.username());
            username.getElement().setAttribute("translate", "no");
            return username;
        }).setHeader(getTranslation("retention.by")).setAutoWidth(true);
        // The reason as its author typed it: data, not the page's language (translate="no").
        runs.addComponentColumn(r -> {
            Span reason = new Span(r.reason() == null ? "" : r.reason());
            reason.getElement().setAttribute("translate", "no");
            return reason;
        }).setHeader(getTranslation("retention.reason")).setFlexGrow(2);
        runs.addColumn(r -> r.failures() == 0 ? String.valueOf(r.schools())
                : getTranslation("retention.failures", r.schools(), r.failures()))
                .setHeader(getTranslation("retention.schools")).setAutoWidth(true);
        add(new H3(getTranslation("retention.rules")), rules, new H3(getTranslation("retention.run")), actions, summary,
                counts, new H3(getTranslation("retention.history")), runs);
        refreshRuns();
    }

    private String kindName(String kind, boolean english) {
        try {
            RecordKind k = RecordKind.valueOf(kind);
            return english ? k.nameEn() : k.nameZh();
        } catch (IllegalArgumentException e) {
            return getTranslation("retention.failed");
        }
    }

    private void dryRun() {
        try {
            dryRun = retention.dryRun("UI");
            show(dryRun, "retention.dryRun.done");
            purge.setEnabled(total(dryRun) > 0);
        } catch (StateConflictException e) {
            Notification.show(getTranslation("retention.busy"), 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        refreshRuns();
    }

    private void confirm() {
        new ReasonDialog("retention-purge", getTranslation("retention.purge.title"),
                getTranslation("retention.reason"), "reason", getTranslation("retention.purge"), this::purge)
                .maxLength(500)
                .note(getTranslation("retention.purge.note", total(dryRun), day(dryRun.asOf())))
                .open();
    }

    private boolean purge(String reason, FieldErrors errors) {
        try {
            RetentionRun done = retention.purge(dryRun.id(), reason, "UI");
            show(done, "retention.purge.done");
            purge.setEnabled(false);
            Notification.show(summary.getText(), 4000, Notification.Position.BOTTOM_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            refreshRuns();
            return true;
        } catch (InvalidInputException e) {
            errors.show(e);
            return false;
        } catch (StateConflictException e) {
            Notification.show(getTranslation("retention.stale"), 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            purge.setEnabled(false);
            return true;
        }
    }

    private void show(RetentionRun run, String key) {
        List<RetentionRun.Count> shown = run.counts().stream()
                .filter(c -> c.records() > 0 || c.failure() != null).toList();
        summary.setText(getTranslation(key, day(run.asOf()), total(run), shown.stream()
                .filter(c -> c.schoolId() != null).map(RetentionRun.Count::schoolId).distinct().count()));
        counts.setItems(shown);
        counts.setVisible(!shown.isEmpty());
        GridHeights.fit(counts, shown.size());
    }

    /** 民國 in Chinese (125/09/01), ISO in English. */
    private String day(java.time.LocalDate date) {
        return UiLocale.isEnglish(getLocale()) ? date.toString() : RocDates.compact(date);
    }

    private static int total(RetentionRun run) {
        return run.counts().stream().mapToInt(RetentionRun.Count::records).sum();
    }

    private void refreshRuns() {
        List<RetentionRun> recent = retention.recent();
        runs.setItems(recent);
        GridHeights.fit(runs, Math.max(1, recent.size()));
    }
}
