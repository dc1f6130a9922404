package tw.huixiao.ui.views.screening;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;
import tw.huixiao.platform.application.AccessDeniedException;
import tw.huixiao.platform.application.CallerProvider;
import tw.huixiao.platform.application.InvalidInputException;
import tw.huixiao.platform.application.RecordNotFoundException;
import tw.huixiao.platform.application.StateConflictException;
import tw.huixiao.platform.application.forms.ChoiceLabels;
import tw.huixiao.platform.application.forms.FormRecordService;
import tw.huixiao.platform.application.forms.FormRecordView;
import tw.huixiao.platform.application.screening.RosterService;
import tw.huixiao.platform.application.screening.ScreeningService;
import tw.huixiao.policy.spi.form.Field;
import tw.huixiao.policy.spi.screening.ScreeningRoster;
import tw.huixiao.policy.spi.form.FieldType;
import tw.huixiao.policy.spi.form.FormDefinition;
import tw.huixiao.ui.GridHeights;
import tw.huixiao.ui.MainLayout;
import tw.huixiao.ui.PlatformText;
import tw.huixiao.ui.RocDates;
import tw.huixiao.ui.UiLocale;
import tw.huixiao.ui.documents.PrintLinks;
import tw.huixiao.ui.forms.SignOffChain;
import tw.huixiao.ui.views.CaseWorkspaceView;
import tw.huixiao.ui.views.FormEditorView;

/**
 * Yunlin's school-year roster of high-care students (附表二, YL-ROSTER) as the form prints it — 編號,
 * 日期 (民國), 年級, the masked name (黃○進), 家庭背景, 危機狀態, 輔導策略, the columns and option labels
 * taken from the module's form — with the open cases not on it yet (masked), the sign-off chain
 * 承辦人 → 主任 → 校長 signed here by a user holding the stage's role, the revisions, the printout
 * (the form-record PDF) and the CSV/Excel export. The counselling office and the principal
 * generate and regenerate it. The page only ever holds what
 * {@link RosterService} serves, and it serves masked names only.
 */
@Route(value = "roster", layout = MainLayout.class)
@PageTitle("高關懷學生名冊 · 回校 Huixiao")
@RolesAllowed({"PRINCIPAL", "STUDENT_AFFAIRS", "ACADEMIC_AFFAIRS", "REGISTRAR", "COUNSELING"})
@Dependent
public class HighCareRosterView extends VerticalLayout implements BeforeEnterObserver, HasUrlParameter<Integer> {

    private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");

    @Inject
    RosterService rosters;

    @Inject
    ScreeningService screenings;

    @Inject
    FormRecordService records;

    @Inject
    CallerProvider callers;

    @Inject
    PrintLinks printLinks;

    @Inject
    Clock clock;

    private int schoolYear;

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter Integer parameter) {
        schoolYear = parameter != null ? parameter : RocDates.schoolYear(LocalDate.now(clock.withZone(TAIPEI)));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        render();
    }

    private void render() {
        removeAll();
        if (!ScreeningHeading.add(this, "roster.title", screenings.campaignOfCounty()
                .flatMap(c -> c.rosterForm()).map(r -> r.ruleId().value()), "roster-unavailable")) {
            return;
        }
        add(toolbar());
        try {
            show(rosters.get(schoolYear));
        } catch (RecordNotFoundException e) {
            Paragraph none = new Paragraph(getTranslation("roster.none", schoolYear));
            none.setId("roster-none");
            add(none);
        }
    }

    /** The school year shown, and (for those who may) generating the roster again. */
    private Component toolbar() {
        IntegerField year = new IntegerField(getTranslation("screening.schoolYear"));
        year.setValue(schoolYear);
        year.setStepButtonsVisible(true);
        year.setId("roster-year");
        year.addValueChangeListener(e -> {
            if (e.getValue() != null && e.isFromClient()) {
                getUI().ifPresent(ui -> ui.navigate(HighCareRosterView.class, e.getValue()));
            }
        });
        HorizontalLayout bar = new HorizontalLayout(year);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        if (ScreeningService.organises(callers.get())) {
            Button generate = new Button(getTranslation("roster.generate"), VaadinIcon.REFRESH.create(), e -> generate());
            generate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            generate.setId("roster-generate");
            bar.add(generate);
        }
        return bar;
    }

    private void generate() {
        try {
            rosters.generate(schoolYear);
            Notification.show(getTranslation("roster.generated")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            render();
        } catch (StateConflictException | AccessDeniedException | InvalidInputException e) {
            Notification.show(PlatformText.of(e.getMessage()), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private void show(RosterService.RosterView roster) {
        boolean english = UiLocale.isEnglish(getLocale());
        FormRecordView record = roster.record();
        FormDefinition form = records.formOf(record);
        Span title = new Span(english ? record.titleEn() : record.titleZhTw());
        title.addClassName(LumoUtility.FontWeight.SEMIBOLD);
        Span status = new Span(getTranslation("roster.schoolYear", roster.schoolYear()) + " · "
                + getTranslation("form.status." + record.status()) + " · " + getTranslation("form.revision",
                record.revision()));
        status.setId("roster-status");
        status.addClassName(LumoUtility.TextColor.SECONDARY);
        HorizontalLayout outputs = new HorizontalLayout(printLinks.forRecord(record.id(), getLocale()),
                printLinks.forRoster(roster.schoolYear(), getLocale()));
        outputs.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new Div(title), status, outputs, table(form, record.data(), english));

        add(new SignOffChain(record, callers.get().roles().stream().map(Enum::name).collect(Collectors.toSet()),
                english, records, this::render));
        add(revisions(record), pending(roster.pending(), form, english));
    }

    /** 附表二's table: one column per column of the module's form, labelled as the form prints it. */
    private Grid<JsonObject> table(FormDefinition form, JsonObject data, boolean english) {
        Field students = form.fields().filter(f -> f.key().equals(ScreeningRoster.STUDENTS)).findFirst()
                .orElseThrow();
        Grid<JsonObject> grid = new Grid<>();
        for (Field column : students.columns()) {
            Grid.Column<JsonObject> c = grid.addColumn(row -> cell(column, row.get(column.key()), english))
                    .setHeader(english ? column.label().en() : column.label().zhTw()).setKey(column.key());
            // The choices (background, crisis state, strategy) take the room; the short columns fit their content.
            if (column.type() == FieldType.MULTI_CHOICE) {
                c.setFlexGrow(2);
            } else {
                c.setAutoWidth(true).setFlexGrow(0);
            }
        }
        // One record's rows, already in memory: a school's roster holds tens of students.
        List<JsonObject> rosterRows = data.getJsonArray(ScreeningRoster.STUDENTS).stream()
                .map(JsonValue::asJsonObject).toList();
        grid.setItems(rosterRows);
        GridHeights.fit(grid, rosterRows.size());
        grid.addThemeVariants(GridVariant.LUMO_COLUMN_BORDERS, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setId("roster-table");
        // 附表二 as the form prints it: the record's own content, never translated.
        grid.getElement().setAttribute("translate", "no");
        grid.setEmptyStateText(getTranslation("grid.empty"));
        return grid;
    }

    private static String cell(Field column, JsonValue value, boolean english) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return "";
        }
        return switch (column.type()) {
            case DATE -> RocDates.compact(LocalDate.parse(((jakarta.json.JsonString) value).getString()));
            case SINGLE_CHOICE, MULTI_CHOICE -> ChoiceLabels.of(column, value, english);
            default -> value instanceof jakarta.json.JsonString s ? s.getString() : value.toString();
        };
    }

    /** Every revision of the roster: an earlier one stays readable after regenerating. */
    private Component revisions(FormRecordView record) {
        HorizontalLayout line = new HorizontalLayout(new Span(getTranslation("roster.revisions")));
        line.setId("roster-revisions");
        line.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        List<Long> ids = record.revisions();
        for (int i = 0; i < ids.size(); i++) {
            long id = ids.get(i);
            Button revision = new Button(getTranslation("form.revision", i + 1), e -> getUI().ifPresent(ui ->
                    ui.navigate(FormEditorView.class, QueryParameters.of("record", String.valueOf(id)))));
            revision.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            revision.setEnabled(id != record.id());
            line.add(revision);
        }
        if (record.correctionReason() != null) {
            Span why = new Span(record.correctionReason());
            why.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
            line.add(why);
        }
        return line;
    }

    /** Open cases not on the roster (their 附表一 is not stamped yet), masked as the service serves them. */
    private Component pending(List<RosterService.Pending> pending, FormDefinition form, boolean english) {
        VerticalLayout list = new VerticalLayout(new H3(getTranslation("roster.pending")));
        list.setPadding(false);
        list.setId("roster-pending");
        if (pending.isEmpty()) {
            list.add(new Paragraph(getTranslation("roster.pending.none")));
            return list;
        }
        Field crisis = form.fields().filter(f -> f.key().equals(ScreeningRoster.STUDENTS)).findFirst()
                .flatMap(t -> t.columns().stream().filter(c -> c.key().equals(ScreeningRoster.CRISIS_STATE)).findFirst())
                .orElse(null);
        for (RosterService.Pending p : pending) {
            String category = crisis == null ? p.categoryId() : ChoiceLabels.of(crisis, p.categoryId(), english);
            Button open = new Button(getTranslation("screening.caseLink", p.caseId()),
                    e -> getUI().ifPresent(ui -> ui.navigate(CaseWorkspaceView.class, p.caseId())));
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            Span line = new Span(p.maskedName() + " · " + category);
            HorizontalLayout row = new HorizontalLayout(line, open);
            row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            row.addClassName("roster-pending-case");
            list.add(row);
        }
        Span why = new Span(getTranslation("roster.pending.why"));
        why.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        list.add(why);
        return list;
    }
}
