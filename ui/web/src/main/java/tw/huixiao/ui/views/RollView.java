package tw.huixiao.ui.views;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tw.huixiao.platform.application.CallerProvider;
import tw.huixiao.platform.application.InvalidInputException;
import tw.huixiao.platform.application.RecordNotFoundException;
import tw.huixiao.platform.application.attendance.AttendanceService;
import tw.huixiao.platform.application.attendance.AttendanceService.RollClass;
import tw.huixiao.platform.application.attendance.AttendanceService.RollEntry;
import tw.huixiao.platform.application.attendance.AttendanceService.RollLine;
import tw.huixiao.platform.application.escalation.EscalationRuns;
import tw.huixiao.platform.application.escalation.SchoolEscalation;
import tw.huixiao.platform.domain.attendance.AttendanceStatus;
import tw.huixiao.platform.infrastructure.ClockProducer;
import tw.huixiao.ui.MainLayout;
import tw.huixiao.ui.PlatformText;
import tw.huixiao.ui.RocDatePicker;
import tw.huixiao.ui.UiLocale;

/**
 * A homeroom teacher's daily roll (點名): one row per student, the status typed with one key
 * (1 出席, 2 曠課, 3 事假, 4 病假, 5 公假, 6 其他假別) and Tab to the next student; saving runs the
 * same import and detection as the API, so the ladder's day-1 duties appear at once.
 */
@Route(value = "attendance", layout = MainLayout.class)
@PageTitle("點名 · 回校 Huixiao")
@RolesAllowed({"HOMEROOM_TEACHER", "REGISTRAR", "ACADEMIC_AFFAIRS", "STUDENT_AFFAIRS", "PRINCIPAL"})
@Dependent
public class RollView extends VerticalLayout {

    /** The one-key codes, in the order of the keys 1–6. */
    static final List<AttendanceStatus> KEYS = List.of(AttendanceStatus.PRESENT, AttendanceStatus.UNEXCUSED,
            AttendanceStatus.PERSONAL_LEAVE, AttendanceStatus.SICK_LEAVE, AttendanceStatus.OFFICIAL_LEAVE,
            AttendanceStatus.OTHER_LEAVE);

    @Inject
    AttendanceService attendance;

    @Inject
    EscalationRuns escalation;

    @Inject
    CallerProvider callers;

    @Inject
    Clock clock;

    private final ComboBox<RollClass> classPicker = new ComboBox<>();
    private final DatePicker date = new RocDatePicker();
    private final Grid<RollLine> grid = new Grid<>();
    private final Map<Long, AttendanceStatus> statuses = new HashMap<>();
    private final UnorderedList errors = new UnorderedList();

    @PostConstruct
    void build() {
        setSizeFull();
        List<RollClass> classes = attendance.rollClasses();
        classPicker.setLabel(getTranslation("roll.class"));
        classPicker.setItems(classes);
        classPicker.setItemLabelGenerator(RollClass::name);
        classPicker.setId("roll-class");
        date.setLabel(getTranslation("roll.date"));
        date.setValue(LocalDate.now(clock.withZone(ClockProducer.TAIPEI)));
        date.setMax(date.getValue());
        date.setId("roll-date");
        Button save = new Button(getTranslation("roll.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.KEY_S, KeyModifier.CONTROL);
        save.setId("roll-save");

        grid.addColumn(RollLine::seat).setHeader(getTranslation("students.seat")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(RollLine::name).setHeader(getTranslation("students.name")).setAutoWidth(true);
        grid.addComponentColumn(this::keyField).setHeader(getTranslation("roll.key")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(line -> label(statuses.getOrDefault(line.studentId(), line.status())))
                .setHeader(getTranslation("roll.status")).setAutoWidth(true).setKey("status");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setId("roll-grid");
        grid.setEmptyStateText(getTranslation("grid.empty"));
        errors.setId("roll-errors");
        errors.addClassName("error-list");

        classPicker.addValueChangeListener(e -> load());
        date.addValueChangeListener(e -> load());
        HorizontalLayout toolbar = new HorizontalLayout(classPicker, date, save);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new H2(getTranslation("roll.title")), new Paragraph(getTranslation("roll.keys")), toolbar, errors, grid);
        setFlexGrow(1, grid);
        if (classes.isEmpty()) {
            add(new Paragraph(getTranslation("roll.noClass")));
        } else {
            classPicker.setValue(classes.get(0));
        }
    }

    private TextField keyField(RollLine line) {
        TextField key = new TextField();
        key.setMaxLength(1);
        key.setAutoselect(true);
        key.setWidth("3em");
        key.setAllowedCharPattern("[1-6]");
        key.setValueChangeMode(ValueChangeMode.EAGER);
        key.setValue(String.valueOf(KEYS.indexOf(line.status()) + 1));
        key.getElement().setAttribute("aria-label", line.name());
        key.addClassName("roll-key");
        key.setId("roll-key-" + line.studentId());
        key.addValueChangeListener(e -> {
            if (e.isFromClient() && !e.getValue().isEmpty()) {
                statuses.put(line.studentId(), KEYS.get(Integer.parseInt(e.getValue()) - 1));
                grid.getDataProvider().refreshItem(line);
            }
        });
        return key;
    }

    private void load() {
        statuses.clear();
        errors.removeAll();
        if (classPicker.getValue() == null || date.getValue() == null) {
            grid.setItems(List.of());
            return;
        }
        try {
            grid.setItems(attendance.roll(classPicker.getValue().id(), date.getValue()));
        } catch (RecordNotFoundException e) {
            grid.setItems(List.of());
        }
    }

    private void save() {
        errors.removeAll();
        if (classPicker.getValue() == null) {
            return;
        }
        List<RollEntry> entries = new ArrayList<>();
        grid.getListDataView().getItems().forEach(line -> {
            AttendanceStatus status = statuses.getOrDefault(line.studentId(), line.status());
            // An unchanged leave keeps its recorded number of requests; a new one counts as one request.
            entries.add(new RollEntry(line.studentId(), status.name(),
                    status == line.status() && status.isLeave() ? line.leaveRequests() : null));
        });
        try {
            AttendanceService.ImportResult result = attendance.recordRoll(classPicker.getValue().id(), date.getValue(),
                    entries);
            SchoolEscalation.Outcome detected = escalation.runSchool(callers.get().requireSchool());
            Notification done = Notification.show(getTranslation("roll.saved", result.changed(), detected.tasksCreated()));
            done.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            done.setId("roll-saved");
            load();
        } catch (InvalidInputException e) {
            e.errors().forEach(error -> errors.add(new ListItem(PlatformText.of(error.message()))));
            Notification.show(getTranslation("roll.rejected")).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private String label(AttendanceStatus status) {
        return UiLocale.isEnglish(getLocale()) ? status.label().en() : status.label().zhTw();
    }
}
