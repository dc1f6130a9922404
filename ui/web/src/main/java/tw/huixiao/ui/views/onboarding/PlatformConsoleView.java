package tw.huixiao.ui.views.onboarding;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;
import tw.huixiao.platform.application.escalation.EscalationRuns;
import tw.huixiao.platform.application.onboarding.Consoles;
import tw.huixiao.platform.application.onboarding.CountyNames;
import tw.huixiao.platform.application.onboarding.Rollover;
import tw.huixiao.platform.application.onboarding.SchoolRollover;
import tw.huixiao.platform.application.StateConflictException;
import tw.huixiao.ui.PlatformText;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import tw.huixiao.platform.application.modules.DryRunService;
import tw.huixiao.platform.application.modules.ModuleService;
import tw.huixiao.platform.domain.modules.ModuleState;
import tw.huixiao.platform.domain.modules.StoredModule;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Span;
import tw.huixiao.ui.GridHeights;
import tw.huixiao.ui.MainLayout;
import tw.huixiao.ui.RocDates;
import tw.huixiao.ui.UiLocale;

/**
 * The platform administrator's console (issue 19 §5): counties with their module, every school,
 * the policy modules and their status, the daily escalation runs, the office calendar and the
 * accounts of a school, a county's school-year rollover; the school list import and the staff
 * import are one link away.
 */
@Route(value = "admin/console", layout = MainLayout.class)
@PageTitle("平台管理主控台 · 回校 Huixiao")
@RolesAllowed("PLATFORM_ADMIN")
@Dependent
public class PlatformConsoleView extends VerticalLayout {

    @Inject
    Consoles consoles;

    @Inject
    EscalationRuns runs;

    @Inject
    Clock clock;

    @Inject
    Rollover rollover;

    @Inject
    ModuleService moduleService;

    @Inject
    DryRunService dryRuns;

    private final Div pending = new Div();

    @PostConstruct
    void build() {
        setId("platform-console");
        Anchor schoolList = new Anchor("admin/school-list", getTranslation("nav.schoolList"));
        schoolList.setId("console-school-list");
        Anchor staff = new Anchor("admin/staff-import", getTranslation("nav.staffImport"));
        staff.setId("console-staff-import");
        FlexLayout links = new FlexLayout(schoolList, staff);
        links.addClassNames(LumoUtility.Gap.LARGE);
        links.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        TabSheet tabs = new TabSheet();
        tabs.setWidthFull();
        tabs.setId("console-tabs");
        tabs.add(getTranslation("onboard.console.counties"), counties());
        tabs.add(getTranslation("onboard.console.schools"), schools());
        tabs.add(getTranslation("onboard.console.users"), users());
        tabs.add(getTranslation("onboard.console.modules"), modules());
        tabs.add(getTranslation("onboard.console.runs"), runs());
        tabs.add(getTranslation("onboard.console.office"), office());
        tabs.add(getTranslation("nav.rollover"), countyRollover());
        add(new H2(getTranslation("onboard.console.title")), links, tabs);
    }

    private Component counties() {
        Grid<Consoles.CountyRow> grid = grid("console-counties");
        grid.addColumn(c -> county(c.county())).setHeader(getTranslation("onboard.county")).setAutoWidth(true);
        grid.addColumn(c -> c.module() == null ? getTranslation("onboard.county.national")
                : getTranslation("onboard.county.moduleVersion", c.moduleVersion()))
                .setHeader(getTranslation("onboard.county.module")).setAutoWidth(true);
        grid.addColumn(Consoles.CountyRow::schools).setHeader(getTranslation("onboard.county.schools")).setAutoWidth(true);
        grid.addColumn(Consoles.CountyRow::remoteSchools).setHeader(getTranslation("onboard.county.remote"))
                .setAutoWidth(true);
        List<Consoles.CountyRow> rows = consoles.counties();
        grid.setItems(rows);
        GridHeights.fit(grid, rows.size());
        return grid;
    }

    private Component schools() {
        Grid<Consoles.SchoolRow> grid = grid("console-schools");
        OnboardingUi.dataColumn(grid, Consoles.SchoolRow::moeCode).setHeader(getTranslation("onboard.school.code"));
        OnboardingUi.dataColumn(grid, Consoles.SchoolRow::name).setHeader(getTranslation("onboard.school.name"));
        grid.addColumn(s -> county(s.county())).setHeader(getTranslation("onboard.county")).setAutoWidth(true);
        grid.addColumn(s -> getTranslation("onboard.level." + s.level())).setHeader(getTranslation("onboard.school.level"))
                .setAutoWidth(true);
        OnboardingUi.dataColumn(grid, Consoles.SchoolRow::district).setHeader(getTranslation("onboard.school.district"));
        grid.addColumn(s -> getTranslation(s.remoteArea() ? "onboard.yes" : "onboard.no"))
                .setHeader(getTranslation("onboard.school.remote")).setAutoWidth(true);
        OnboardingUi.dataColumn(grid, Consoles.SchoolRow::phone).setHeader(getTranslation("onboard.school.phone"));
        List<Consoles.SchoolRow> rows = consoles.schools();
        grid.setItems(rows);
        GridHeights.fit(grid, rows.size());
        return grid;
    }

    private Component users() {
        ComboBox<Consoles.SchoolRow> school = new ComboBox<>(getTranslation("onboard.users.pick"));
        school.setItems(consoles.schools());
        school.setItemLabelGenerator(s -> s.moeCode() + " " + s.name());
        school.setId("console-users-school");
        school.setWidth("min(100%, 28rem)");
        Grid<Consoles.Person> grid = grid("console-users");
        OnboardingUi.dataColumn(grid, Consoles.Person::username).setHeader(getTranslation("onboard.users.username"));
        OnboardingUi.dataColumn(grid, Consoles.Person::displayName).setHeader(getTranslation("onboard.users.name"));
        grid.addColumn(p -> roles(p)).setHeader(getTranslation("onboard.users.roles")).setAutoWidth(true);
        grid.addColumn(p -> getTranslation(p.enabled() ? "onboard.yes" : "onboard.no"))
                .setHeader(getTranslation("onboard.users.enabled")).setAutoWidth(true);
        school.addValueChangeListener(e -> {
            List<Consoles.Person> people = e.getValue() == null ? List.of() : consoles.users(e.getValue().id());
            grid.setItems(people);
            GridHeights.fit(grid, people.size());
        });
        VerticalLayout layout = new VerticalLayout(school, grid);
        layout.setPadding(false);
        return layout;
    }

    private String roles(Consoles.Person p) {
        boolean english = UiLocale.isEnglish(getLocale());
        return p.roles().stream().map(r -> english ? r.label().en() : r.label().zhTw()).collect(Collectors.joining("、"));
    }

    private Component modules() {
        Grid<Consoles.ModuleRow> grid = grid("console-modules");
        boolean english = UiLocale.isEnglish(getLocale());
        OnboardingUi.dataColumn(grid, m -> m.nameZh() == null ? m.id() : english ? m.nameEn() : m.nameZh())
                .setHeader(getTranslation("onboard.module.name"));
        grid.addColumn(m -> m.version() == null ? "—" : m.version()).setHeader(getTranslation("onboard.module.version")).setAutoWidth(true);
        grid.addColumn(m -> getTranslation("onboard.module.status." + m.status()))
                .setHeader(getTranslation("onboard.module.status")).setAutoWidth(true);
        OnboardingUi.dataColumn(grid, m -> String.join("；", m.errors())).setHeader(getTranslation("onboard.module.errors"));
        List<Consoles.ModuleRow> rows = consoles.modules();
        grid.setItems(rows);
        GridHeights.fit(grid, rows.size());
        pending.setId("console-modules-pending");
        pending.setWidthFull();
        refreshPending();
        VerticalLayout layout = new VerticalLayout(grid, new H3(getTranslation("onboard.modules.pending")), pending);
        layout.setPadding(false);
        return layout;
    }

    /** Bureaus' uploads awaiting the administrator (issue 21 §4): signer, digest and the checks' findings. */
    private void refreshPending() {
        pending.removeAll();
        List<StoredModule> waiting = moduleService.list().stream().filter(m -> m.state() == ModuleState.VERIFIED)
                .toList();
        if (waiting.isEmpty()) {
            pending.add(new Paragraph(getTranslation("onboard.modules.pending.none")));
        }
        for (StoredModule m : waiting) {
            Div card = new Div();
            card.setId("pending-module-" + m.id());
            card.addClassNames("pending-module", LumoUtility.Border.ALL, LumoUtility.BorderColor.CONTRAST_10,
                    LumoUtility.BorderRadius.MEDIUM, LumoUtility.Padding.MEDIUM, LumoUtility.Margin.Bottom.SMALL);
            card.getStyle().set("box-sizing", "border-box");
            card.setWidthFull();
            Span title = OnboardingUi.data(m.moduleId() + " " + m.version());
            title.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
            Span where = new Span(m.counties().stream().map(this::county).collect(Collectors.joining("、")));
            FlexLayout head = new FlexLayout(title, where);
            head.addClassNames(LumoUtility.Gap.SMALL, LumoUtility.AlignItems.BASELINE);
            head.setFlexWrap(FlexLayout.FlexWrap.WRAP);
            card.add(head, labelled("modules.signer", m.signerSubject()), labelled("modules.digest", m.sha256()));
            Span uploaded = new Span(getTranslation("modules.uploaded", m.uploadedByName(),
                    RocDates.compact(m.uploadedAt().atZone(ZoneId.of("Asia/Taipei")).toLocalDate())));
            uploaded.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.Display.BLOCK, LumoUtility.TextColor.SECONDARY);
            UnorderedList checks = new UnorderedList();
            checks.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.Margin.Vertical.XSMALL);
            m.checks().forEach(c -> checks.add(new ListItem(PlatformText.of(c))));
            Button approve = new Button(getTranslation("onboard.modules.approve"), e -> approveDialog(m));
            approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            approve.setId("pending-module-approve-" + m.id());
            // The bureau's dry-run on its own county's history: what the code would change (issue 21 §4).
            Span dryRunHead = new Span(getTranslation("dryrun.title") + "：");
            dryRunHead.addClassNames(LumoUtility.Display.BLOCK, LumoUtility.Margin.Top.SMALL);
            card.add(uploaded, new Span(getTranslation("modules.checks")), checks, dryRunHead,
                    tw.huixiao.ui.views.DryRunPanel.of(this, m.id(), dryRuns.list(m.id()), run -> dryRuns.get(m.id(), run)),
                    approve);
            pending.add(card);
        }
    }

    private void approveDialog(StoredModule m) {
        Dialog dialog = new Dialog();
        dialog.setId("module-approve-dialog");
        dialog.setHeaderTitle(getTranslation("onboard.modules.approve.title"));
        dialog.setWidth("calc(100vw - 2em)");
        dialog.setMaxWidth("32em");
        Paragraph text = new Paragraph(getTranslation("onboard.modules.approve.text"));
        boolean dryRun = dryRuns.list(m.id()).stream().anyMatch(r -> "DONE".equals(r.state()));
        Paragraph warning = new Paragraph(getTranslation("dryrun.approve.warning"));
        warning.setId("module-approve-no-dryrun");
        warning.addClassNames(LumoUtility.TextColor.ERROR, LumoUtility.FontWeight.SEMIBOLD);
        TextArea note = new TextArea(getTranslation("onboard.modules.approve.note"));
        note.setId("module-approve-note");
        note.setWidthFull();
        note.setMaxLength(500);
        Button send = new Button(getTranslation("onboard.modules.approve"), e -> {
            try {
                moduleService.approve(m.id(), note.getValue());
                Notification.show(getTranslation("onboard.modules.approved"), 4000, Notification.Position.BOTTOM_CENTER)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (StateConflictException ex) {
                Notification.show(getTranslation("modules.changed"), 5000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
            dialog.close();
            refreshPending();
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("module-approve-send");
        Button cancel = new Button(getTranslation("today.cancel"), e -> dialog.close());
        if (dryRun) {
            dialog.add(text, note);
        } else {
            dialog.add(warning, text, note);
        }
        dialog.getFooter().add(cancel, send);
        dialog.open();
    }

    private Div labelled(String key, String data) {
        Span value = OnboardingUi.data(data);
        value.getStyle().set("overflow-wrap", "anywhere");
        Div line = new Div(new Span(getTranslation(key) + "："), value);
        line.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        return line;
    }

    private Component runs() {
        List<EscalationRuns.RunReport> recent = runs.recent();
        if (recent.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("onboard.runs.none"));
            none.setId("console-runs-none");
            return none;
        }
        Grid<EscalationRuns.RunReport> grid = grid("console-runs");
        grid.addColumn(r -> RocDates.compact(r.businessDate())).setHeader(getTranslation("onboard.runs.date"))
                .setAutoWidth(true);
        grid.addColumn(EscalationRuns.RunReport::schools).setHeader(getTranslation("onboard.runs.schools")).setAutoWidth(true);
        grid.addColumn(EscalationRuns.RunReport::casesOpened).setHeader(getTranslation("onboard.runs.cases"))
                .setAutoWidth(true);
        grid.addColumn(EscalationRuns.RunReport::tasksCreated).setHeader(getTranslation("onboard.runs.tasks"))
                .setAutoWidth(true);
        grid.addColumn(EscalationRuns.RunReport::failures).setHeader(getTranslation("onboard.runs.failures"))
                .setAutoWidth(true);
        grid.addColumn(r -> String.format("%.1f", r.millis() / 1000.0)).setHeader(getTranslation("onboard.runs.seconds"))
                .setAutoWidth(true);
        grid.setItems(recent);
        GridHeights.fit(grid, recent.size());
        return grid;
    }

    private Component office() {
        int year = LocalDate.now(clock.withZone(ZoneId.of("Asia/Taipei"))).getYear();
        Grid<Consoles.Holiday> grid = grid("console-office");
        grid.addColumn(h -> RocDates.compact(h.day())).setHeader(getTranslation("onboard.office.day")).setAutoWidth(true);
        grid.addColumn(LitRenderers.chinese(Consoles.Holiday::name)).setHeader(getTranslation("onboard.office.name"))
                .setAutoWidth(true);
        grid.addColumn(h -> getTranslation(h.makeUpWorkday() ? "onboard.office.workday" : "onboard.office.holiday"))
                .setHeader(getTranslation("onboard.office.kind")).setAutoWidth(true);
        List<Consoles.Holiday> days = consoles.officeYear(year);
        grid.setItems(days);
        GridHeights.fit(grid, days.size());
        VerticalLayout layout = new VerticalLayout(new H3(getTranslation("onboard.office.year", year, year - 1911)), grid);
        layout.setPadding(false);
        return layout;
    }

    /** A whole county into the next school year: a dry run of every school, then apply (all or none refused). */
    private Component countyRollover() {
        ComboBox<String> county = new ComboBox<>(getTranslation("onboard.county"));
        county.setItems(consoles.counties().stream().map(Consoles.CountyRow::county).toList());
        county.setItemLabelGenerator(this::county);
        county.setId("console-rollover-county");
        Grid<SchoolRollover.Report> grid = grid("console-rollover");
        OnboardingUi.dataColumn(grid, SchoolRollover.Report::schoolName).setHeader(getTranslation("onboard.school.name"));
        grid.addColumn(r -> r.fromYear() + " → " + r.toYear()).setHeader(getTranslation("onboard.class.year"))
                .setAutoWidth(true);
        grid.addColumn(SchoolRollover.Report::promoted).setHeader(getTranslation("onboard.rollover.promoted"))
                .setAutoWidth(true);
        grid.addColumn(SchoolRollover.Report::graduated).setHeader(getTranslation("onboard.rollover.graduate"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.refusal() == null ? "" : PlatformText.of(r.refusal()))
                .setHeader(getTranslation("onboard.rollover.refusal")).setAutoWidth(true);
        Span outcome = new Span();
        outcome.setId("console-rollover-outcome");
        Button apply = new Button(getTranslation("onboard.rollover.apply"));
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        apply.setEnabled(false);
        apply.setId("console-rollover-apply");
        Button dryRun = new Button(getTranslation("onboard.rollover.dryRun"), e -> {
            if (county.getValue() == null) {
                return;
            }
            List<SchoolRollover.Report> reports = rollover.county(county.getValue(), null, false);
            grid.setItems(reports);
            GridHeights.fit(grid, reports.size());
            boolean refused = reports.stream().anyMatch(r -> r.refusal() != null);
            outcome.setText(refused ? getTranslation("onboard.rollover.countyRefused") : "");
            apply.setEnabled(!refused);
        });
        dryRun.setId("console-rollover-dry-run");
        apply.addClickListener(e -> {
            ConfirmDialog dialog = new ConfirmDialog(getTranslation("onboard.rollover.confirm.title"),
                    county(county.getValue()), getTranslation("onboard.rollover.apply"), done -> {
                apply.setEnabled(false);
                try {
                    List<SchoolRollover.Report> reports = rollover.county(county.getValue(), null, true);
                    grid.setItems(reports);
                    outcome.setText(getTranslation("onboard.rollover.countyApplied", reports.size()));
                } catch (StateConflictException refused) {
                    outcome.setText(PlatformText.of(refused.getMessage()));
                }
            });
            dialog.setCancelable(true);
            dialog.setCancelText(getTranslation("onboard.rollover.confirm.cancel"));
            dialog.setConfirmButtonTheme("error primary");
            dialog.open();
        });
        FlexLayout controls = new FlexLayout(county, dryRun, apply);
        controls.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        controls.setAlignItems(FlexLayout.Alignment.BASELINE);
        controls.addClassNames(LumoUtility.Gap.MEDIUM);
        VerticalLayout layout = new VerticalLayout(new Paragraph(getTranslation("onboard.rollover.help")), controls,
                outcome, grid);
        layout.setPadding(false);
        return layout;
    }

    private String county(String code) {
        return UiLocale.isEnglish(getLocale()) ? CountyNames.enName(code) : CountyNames.zhName(code);
    }

    private static <T> Grid<T> grid(String id) {
        Grid<T> grid = new Grid<>();
        grid.setId(id);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        return grid;
    }
}
