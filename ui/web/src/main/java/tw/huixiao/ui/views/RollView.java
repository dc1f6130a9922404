package tw.huixiao.ui.views;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
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
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tw.huixiao.platform.application.CallerProvider;
import tw.huixiao.platform.application.InvalidInputException;
import tw.huixiao.platform.application.RecordNotFoundException;
import tw.huixiao.platform.application.attendance.AttendanceService;
import tw.huixiao.platform.application.attendance.AttendanceService.RollClass;
import tw.huixiao.platform.application.attendance.AttendanceService.RollEntry;
import tw.huixiao.platform.application.attendance.AttendanceService.RollLine;
import tw.huixiao.platform.application.attendance.AttendanceService.RollSaved;
import tw.huixiao.platform.application.escalation.EscalationRuns;
import tw.huixiao.platform.application.escalation.SchoolEscalation;
import tw.huixiao.platform.domain.attendance.AttendanceStatus;
import tw.huixiao.ui.MainLayout;
import tw.huixiao.ui.RocDates;
import tw.huixiao.ui.PlatformText;
import tw.huixiao.ui.RocDatePicker;
import tw.huixiao.ui.UiLocale;
import tw.huixiao.platform.domain.calendar.TaiwanTime;

/**
 * A homeroom teacher's daily roll (點名): one row per student, the status typed with one key
 * (1 出席, 2 曠課, 3 事假, 4 病假, 5 公假, 6 其他假別) or tapped; Tab or the arrow keys move between
 * students. Saving runs the same import and detection as the API, so the ladder's day-1 duties
 * appear at once; the footer with the save button stays on screen and says when and by whom
 * the day's roll was last saved.
 *
 * <p>Rows are plain elements rather than a Grid: a change updates its row in place (the key
 * field keeps its focus and shows the new code), and the rows reflow to two lines on a phone.
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

    /**
     * Client side of the one-key entry: a digit 1–6 replaces the field's code (so typing over a
     * mistake works without selecting it first), Backspace cannot leave a row without a code, and
     * Enter / arrow keys move to the next or previous student. Tab stays the browser's own.
     */
    private static final String KEY_ENTRY = """
            this.addEventListener('keydown', e => {
              const field = e.target.closest && e.target.closest('vaadin-text-field.roll-key');
              if (!field || e.ctrlKey || e.altKey || e.metaKey) return;
              const fields = Array.from(this.querySelectorAll('vaadin-text-field.roll-key'));
              const at = fields.indexOf(field);
              if (/^[1-6]$/.test(e.key)) {
                e.preventDefault();
                field.value = e.key;
                // An eager field syncs on 'input', which setting the value does not fire.
                field.inputElement.dispatchEvent(new Event('input', {bubbles: true, composed: true}));
                field.inputElement.select();
              } else if (e.key === 'Backspace' || e.key === 'Delete') {
                e.preventDefault();
              } else if ((e.key === 'ArrowDown' || e.key === 'Enter') && at + 1 < fields.length) {
                e.preventDefault();
                fields[at + 1].focus();
              } else if (e.key === 'ArrowUp' && at > 0) {
                e.preventDefault();
                fields[at - 1].focus();
              }
            });
            """;

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

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
    private final Div rows = new Div();
    private final Span savedLine = new Span();
    private final Span unsaved = new Span();
    private final UnorderedList errors = new UnorderedList();
    /** The rows of the shown roll, in seat order, with what the teacher has entered. */
    private final Map<Long, Row> shown = new LinkedHashMap<>();

    @PostConstruct
    void build() {
        setWidthFull();
        addClassName("roll-view");
        List<RollClass> classes = attendance.rollClasses();
        classPicker.setLabel(getTranslation("roll.class"));
        classPicker.setItems(classes);
        classPicker.setItemLabelGenerator(RollClass::name);
        classPicker.setId("roll-class");
        date.setLabel(getTranslation("roll.date"));
        date.setValue(today());
        date.setMax(date.getValue());
        date.setId("roll-date");
        Button save = new Button(getTranslation("roll.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.KEY_S, KeyModifier.CONTROL);
        save.setId("roll-save");

        rows.setId("roll-grid");
        rows.addClassName("roll-list");
        rows.getElement().executeJs(KEY_ENTRY);
        errors.setId("roll-errors");
        errors.addClassName("error-list");
        errors.setVisible(false);
        savedLine.setId("roll-saved-line");
        savedLine.addClassName("roll-saved-line");
        unsaved.setId("roll-unsaved");
        unsaved.addClassName("roll-unsaved");

        classPicker.addValueChangeListener(e -> load());
        date.addValueChangeListener(e -> load());
        FlexLayout toolbar = new FlexLayout(classPicker, date);
        toolbar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.addClassName("roll-toolbar");
        Div footer = new Div(save, unsaved, savedLine);
        footer.setId("roll-footer");
        footer.addClassName("roll-footer");
        Paragraph keysHint = new Paragraph(getTranslation("roll.keys"));
        keysHint.addClassName("roll-keys-hint");
        Paragraph tapsHint = new Paragraph(getTranslation("roll.taps"));
        tapsHint.addClassName("roll-taps-hint");
        add(new H2(getTranslation("roll.title")), keysHint, tapsHint, toolbar, errors, rows, footer);
        if (classes.isEmpty()) {
            addComponentAtIndex(3, new Paragraph(getTranslation("roll.noClass")));
            footer.setVisible(false);
        } else {
            classPicker.setValue(classes.get(0));
        }
    }

    /** One student's row: the code field and the status buttons always show the same status. */
    private final class Row {
        final RollLine line;
        final Div element = new Div();
        final TextField key = new TextField();
        final Span status = new Span();
        final Map<AttendanceStatus, Button> taps = new LinkedHashMap<>();
        AttendanceStatus current;

        Row(RollLine line) {
            this.line = line;
            this.current = line.status();
            element.addClassName("roll-row");
            element.setId("roll-row-" + line.studentId());
            Span seat = new Span(line.seat() == null ? "" : String.valueOf(line.seat()));
            seat.addClassName("roll-seat");
            Span name = new Span(line.name());
            name.addClassName("roll-name");
            key.setAllowedCharPattern("[1-6]");
            key.setAutoselect(true);
            key.setValueChangeMode(ValueChangeMode.EAGER);
            key.getElement().setAttribute("aria-label", line.name() + " " + getTranslation("roll.key"));
            key.addClassName("roll-key");
            key.setId("roll-key-" + line.studentId());
            key.addValueChangeListener(e -> {
                if (e.isFromClient() && e.getValue().matches("[1-6]")) {
                    set(KEYS.get(Integer.parseInt(e.getValue()) - 1));
                }
            });
            status.addClassName("roll-status");
            status.setId("roll-status-" + line.studentId());
            Div buttons = new Div();
            buttons.addClassName("roll-taps");
            for (AttendanceStatus s : KEYS) {
                Button tap = new Button(shortLabel(s), e -> set(s));
                tap.addThemeVariants(ButtonVariant.LUMO_SMALL);
                tap.addClassName("roll-tap");
                tap.getElement().setAttribute("data-status", s.name());
                tap.getElement().setAttribute("aria-label", line.name() + " " + label(s));
                // The keys are the keyboard's way; Tab goes from student to student.
                tap.setTabIndex(-1);
                taps.put(s, tap);
                buttons.add(tap);
            }
            element.add(seat, name, key, status, buttons);
            show();
        }

        void set(AttendanceStatus chosen) {
            current = chosen;
            show();
            countUnsaved();
        }

        /** Code, label, buttons and the row's mark, all from the one status. */
        private void show() {
            String code = String.valueOf(KEYS.indexOf(current) + 1);
            if (!code.equals(key.getValue())) {
                key.setValue(code);
            }
            status.setText(label(current));
            element.getElement().setAttribute("data-status", current.name());
            element.setClassName("roll-absent", current == AttendanceStatus.UNEXCUSED);
            element.setClassName("roll-leave", current.isLeave());
            element.setClassName("roll-changed", current != line.status());
            taps.forEach((s, tap) -> {
                tap.removeThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
                if (s == current) {
                    tap.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                    if (s == AttendanceStatus.UNEXCUSED) {
                        tap.addThemeVariants(ButtonVariant.LUMO_ERROR);
                    }
                }
                tap.getElement().setAttribute("aria-pressed", String.valueOf(s == current));
            });
        }
    }

    private void load() {
        shown.clear();
        rows.removeAll();
        errors.removeAll();
        errors.setVisible(false);
        if (classPicker.getValue() == null || date.getValue() == null) {
            showSaved();
            return;
        }
        try {
            Div head = new Div(new Span(getTranslation("students.seat")), new Span(getTranslation("students.name")),
                    new Span(getTranslation("roll.key")), new Span(getTranslation("roll.status")));
            head.addClassNames("roll-row", "roll-head");
            rows.add(head);
            for (RollLine line : attendance.roll(classPicker.getValue().id(), date.getValue())) {
                Row row = new Row(line);
                shown.put(line.studentId(), row);
                rows.add(row.element);
            }
        } catch (RecordNotFoundException e) {
            rows.removeAll();
        }
        countUnsaved();
        showSaved();
    }

    private void save() {
        errors.removeAll();
        errors.setVisible(false);
        if (classPicker.getValue() == null || date.getValue() == null) {
            return;
        }
        List<RollEntry> entries = new ArrayList<>();
        shown.values().forEach(row -> {
            AttendanceStatus status = row.current;
            // An unchanged leave keeps its recorded number of requests; a new one counts as one request.
            entries.add(new RollEntry(row.line.studentId(), status.name(),
                    status == row.line.status() && status.isLeave() ? row.line.leaveRequests() : null));
        });
        try {
            AttendanceService.ImportResult result = attendance.recordRoll(classPicker.getValue().id(), date.getValue(),
                    entries);
            SchoolEscalation.Outcome detected = escalation.runSchool(callers.get().requireSchool());
            // At the top: the footer with the saved line holds the bottom of the screen.
            Notification done = Notification.show(getTranslation("roll.saved", result.changed(), detected.tasksCreated()),
                    5000, Notification.Position.TOP_CENTER);
            done.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            done.setId("roll-saved");
            load();
        } catch (InvalidInputException e) {
            e.errors().forEach(error -> errors.add(new ListItem(PlatformText.of(error.message()))));
            errors.setVisible(true);
            Notification.show(getTranslation("roll.rejected"), 5000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private void countUnsaved() {
        long changed = shown.values().stream().filter(row -> row.current != row.line.status()).count();
        unsaved.setText(changed == 0 ? "" : getTranslation("roll.unsaved", changed));
        unsaved.setVisible(changed > 0);
    }

    /** "今日點名已於 07:52 由 王○明 儲存", or that the day's roll is not taken yet. */
    private void showSaved() {
        LocalDate day = date.getValue();
        RollClass rollClass = classPicker.getValue();
        if (day == null || rollClass == null) {
            savedLine.setText("");
            return;
        }
        boolean isToday = day.equals(today());
        String dayText = UiLocale.isEnglish(getLocale()) ? day.toString() : RocDates.compact(day);
        savedLine.getElement().setAttribute("data-saved", "false");
        try {
            RollSaved saved = attendance.rollSaved(rollClass.id(), day).orElse(null);
            if (saved == null) {
                savedLine.setText(isToday ? getTranslation("roll.notTakenToday")
                        : getTranslation("roll.notTaken", dayText));
                return;
            }
            ZonedDateTime at = saved.savedAt().atZone(TaiwanTime.TAIPEI);
            String when = at.toLocalDate().equals(day) ? at.format(TIME)
                    : (UiLocale.isEnglish(getLocale()) ? at.toLocalDate().toString() : RocDates.compact(at.toLocalDate()))
                    + " " + at.format(TIME);
            savedLine.setText(isToday ? getTranslation("roll.savedToday", when, saved.savedByName())
                    : getTranslation("roll.savedOn", dayText, when, saved.savedByName()));
            savedLine.getElement().setAttribute("data-saved", "true");
        } catch (RecordNotFoundException e) {
            savedLine.setText("");
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(TaiwanTime.TAIPEI));
    }

    private String label(AttendanceStatus status) {
        return UiLocale.isEnglish(getLocale()) ? status.label().en() : status.label().zhTw();
    }

    /** The status as a button says it: two characters in Chinese (其他假別 → 其他). */
    private String shortLabel(AttendanceStatus status) {
        return getTranslation("roll.tap." + status.name());
    }
}
