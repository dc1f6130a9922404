package tw.huixiao.ui.views.isp;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import tw.huixiao.platform.application.isp.IspView;
import tw.huixiao.platform.domain.isp.IspPeriod;
import tw.huixiao.platform.domain.isp.IspTimetable;

/**
 * The semester timetable of the plan (TN-TIMETABLE): Monday to Friday × periods 1–4, lunch and
 * periods 5–7. Clicking a slot opens a picker: the cells already there (to remove) and the
 * plan's courses to put in, each with its teacher and the students it pulls out. Conflicts are
 * the service's: a cell it refuses (a student or a teacher in two cells at once, here or in the
 * school's other plans) is drawn in red with the service's message.
 */
final class TimetableGrid extends Div {

    static final List<String> DAYS = IspTimetable.DAYS.stream().map(Enum::name).toList();

    private final IspDraft draft;
    private final boolean editable;
    private final boolean english;
    private final Runnable changed;
    private final Map<String, Div> slots = new LinkedHashMap<>();
    private Map<Integer, List<String>> conflicts = Map.of();

    TimetableGrid(IspDraft draft, boolean editable, boolean english, Runnable changed) {
        this.draft = draft;
        this.editable = editable;
        this.english = english;
        this.changed = changed;
        setId("isp-timetable");
        getStyle().set("display", "grid").set("grid-template-columns", "6.5em repeat(5, minmax(7.5em, 1fr))")
                .set("gap", "2px").set("width", "46em").set("overflow-wrap", "anywhere")
                // Narrower screens (a phone) scroll the week inside, never the page.
                .set("max-width", "100%").set("overflow-x", "auto");
        add(header(""));
        DAYS.forEach(day -> add(header(getTranslation("isp.day." + day))));
        for (IspPeriod period : IspPeriod.values()) {
            add(header(english ? period.label().en() : period.label().zhTw()));
            for (String day : DAYS) {
                Div slot = slot(day, period);
                slots.put(day + "/" + period.code(), slot);
                add(slot);
            }
        }
        render();
    }

    /** The service's refusals per cell index ({@code timetable[i]}), drawn on the cells' slots. */
    void showConflicts(Map<Integer, List<String>> byCell) {
        conflicts = byCell;
        render();
    }

    /** Fills the slots again; the slots themselves stay, so a click in flight is never lost. */
    private void render() {
        slots.forEach((key, slot) -> fill(slot, key.substring(0, key.indexOf('/')), key.substring(key.indexOf('/') + 1)));
    }

    private Component header(String text) {
        Div header = new Div(new Span(text));
        header.addClassNames(LumoUtility.FontWeight.SEMIBOLD, LumoUtility.FontSize.SMALL, LumoUtility.Padding.XSMALL,
                LumoUtility.Background.CONTRAST_5, LumoUtility.TextAlignment.CENTER);
        return header;
    }

    private Div slot(String day, IspPeriod period) {
        Div slot = new Div();
        slot.setId("isp-slot-" + day + "-" + period.code());
        slot.addClassNames("isp-slot", LumoUtility.Padding.XSMALL, LumoUtility.FontSize.SMALL, LumoUtility.BorderRadius.SMALL);
        slot.getStyle().set("min-height", "3.2em");
        slot.getElement().setAttribute("data-day", day);
        slot.getElement().setAttribute("data-period", period.code());
        if (editable) {
            slot.getStyle().set("cursor", "pointer");
            slot.addClickListener(e -> pick(day, period));
        }
        return slot;
    }

    private void fill(Div slot, String day, String period) {
        slot.removeAll();
        boolean conflict = false;
        for (int i : cellsAt(day, period)) {
            IspDraft.Cell cell = draft.cells.get(i);
            Div content = new Div(new Span("【" + cell.course() + "】" + cell.teacher()));
            Span students = new Span(names(cell.studentIds()));
            students.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.SECONDARY);
            content.add(new Div(students));
            content.addClassName("isp-cell");
            slot.add(content);
            for (String message : conflicts.getOrDefault(i, List.of())) {
                Div refused = new Div(new Span(message));
                refused.addClassNames("isp-conflict", LumoUtility.FontSize.XSMALL);
                refused.getStyle().set("color", "var(--lumo-error-text-color)");
                slot.add(refused);
                conflict = true;
            }
        }
        // Inline Lumo colours: the refusal must show whatever utility classes a theme loads.
        slot.getStyle().set("border", "1px solid " + (conflict ? "var(--lumo-error-color)" : "var(--lumo-contrast-10pct)"))
                .set("background", conflict ? "var(--lumo-error-color-10pct)" : null);
        if (conflict) {
            slot.getElement().setAttribute("data-conflict", "true");
        } else {
            slot.getElement().removeAttribute("data-conflict");
        }
    }

    private List<Integer> cellsAt(String day, String period) {
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < draft.cells.size(); i++) {
            if (draft.cells.get(i).day().equals(day) && draft.cells.get(i).period().equals(period)) {
                found.add(i);
            }
        }
        return found;
    }

    private String names(List<Long> studentIds) {
        return studentIds.stream().map(draft::studentName).collect(Collectors.joining("、"));
    }

    /** The picker of a slot: its cells (to remove) and the courses to put in. */
    private void pick(String day, IspPeriod period) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("isp.day." + day) + " " + (english ? period.label().en() : period.label().zhTw()));
        dialog.setId("isp-cell-dialog");
        VerticalLayout body = new VerticalLayout();
        body.setPadding(false);
        for (int i : cellsAt(day, period.code())) {
            IspDraft.Cell cell = draft.cells.get(i);
            Span text = new Span("【" + cell.course() + "】" + cell.teacher() + "：" + names(cell.studentIds()));
            Button remove = new Button(getTranslation("isp.cell.remove"), VaadinIcon.TRASH.create(), e -> {
                draft.cells.remove(i);
                dialog.close();
                changed.run();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            remove.addClassName("isp-cell-remove");
            HorizontalLayout row = new HorizontalLayout(text, remove);
            row.setAlignItems(HorizontalLayout.Alignment.CENTER);
            body.add(row);
            conflicts.getOrDefault(i, List.of()).forEach(m -> {
                Span refused = new Span(m);
                refused.addClassNames(LumoUtility.TextColor.ERROR, LumoUtility.FontSize.SMALL);
                body.add(refused);
            });
        }
        body.add(new Span(getTranslation("isp.cell.pick")));
        if (draft.courses.isEmpty()) {
            body.add(new Paragraph(getTranslation("isp.cell.noCourses")));
        }
        for (int c = 0; c < draft.courses.size(); c++) {
            IspDraft.Course course = draft.courses.get(c);
            Button put = new Button(course.label() + (course.studentIds.isEmpty() ? "" : "：" + names(course.studentIds)),
                    e -> {
                        draft.place(course, day, period.code());
                        dialog.close();
                        changed.run();
                    });
            put.setId("isp-pick-" + c);
            put.setEnabled(course.name != null && !course.name.isBlank() && course.teacher != null
                    && !course.studentIds.isEmpty());
            body.add(put);
        }
        Button close = new Button(getTranslation("isp.close"), e -> dialog.close());
        close.setId("isp-cell-close");
        dialog.getFooter().add(close);
        dialog.add(body);
        dialog.open();
    }

    /** A student's own timetable (個別課程表): the course where pulled out, * in the original class. */
    static Component studentTable(IspView.StudentTimetable timetable, boolean english, Function<String, String> dayLabel) {
        Div grid = new Div();
        grid.getStyle().set("display", "grid").set("grid-template-columns", "6.5em repeat(5, minmax(5em, 1fr))")
                .set("gap", "1px").set("max-width", "100%").set("overflow-x", "auto");
        grid.addClassNames(LumoUtility.FontSize.SMALL);
        grid.add(new Span(""));
        DAYS.forEach(d -> grid.add(strong(dayLabel.apply(d))));
        for (IspView.Row row : timetable.rows()) {
            grid.add(strong(english ? row.label().en() : row.label().zhTw()));
            row.days().forEach(course -> {
                Span cell = new Span(course);
                cell.addClassNames(LumoUtility.TextAlignment.CENTER,
                        IspTimetable.IN_CLASS.equals(course) ? LumoUtility.TextColor.TERTIARY : LumoUtility.FontWeight.SEMIBOLD);
                grid.add(cell);
            });
        }
        grid.addClassName("isp-student-timetable");
        grid.getElement().setAttribute("data-student", String.valueOf(timetable.studentId()));
        return grid;
    }

    private static Span strong(String text) {
        Span span = new Span(text);
        span.addClassNames(LumoUtility.FontWeight.SEMIBOLD, LumoUtility.TextAlignment.CENTER);
        return span;
    }
}
