package tw.huixiao.ui.views;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import tw.huixiao.platform.application.InvalidInputException;
import tw.huixiao.platform.application.calendar.CalendarService;
import tw.huixiao.platform.application.calendar.CalendarService.Day;
import tw.huixiao.platform.domain.calendar.Closure;
import tw.huixiao.platform.domain.calendar.Semester;
import tw.huixiao.ui.FieldErrors;
import tw.huixiao.ui.GridHeights;
import tw.huixiao.ui.MainLayout;
import tw.huixiao.ui.RocDatePicker;
import tw.huixiao.ui.RocDates;

/**
 * The school calendar (`/calendar?month=2026-03`): a month grid drawn on the server with Lumo
 * colours — school days, weekends, the office calendar's holidays and 補行上班 days, days outside
 * the semesters, the school's and the county's closures (停課) — and the semesters. Those who keep
 * the calendar (註冊組, 教務處, 學務處, 校長; the service decides) add or change a semester and add
 * or remove a school closure; everyone else of the school reads it.
 */
@Route(value = "calendar", layout = MainLayout.class)
@PageTitle("學校行事曆 · 回校 Huixiao")
@RolesAllowed({"PRINCIPAL", "STUDENT_AFFAIRS", "ACADEMIC_AFFAIRS", "REGISTRAR", "COUNSELING", "HOMEROOM_TEACHER",
        "MENTOR_TEACHER", "GENERAL_AFFAIRS", "SCHOOL_ADMIN"})
@Dependent
public class SchoolCalendarView extends VerticalLayout implements BeforeEnterObserver {

    private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");

    /** How a day shows in the grid (data-kind, legend, colours). */
    enum Kind {
        SCHOOL_DAY("var(--lumo-base-color)", "var(--lumo-body-text-color)"),
        WEEKEND("var(--lumo-contrast-5pct)", "var(--lumo-secondary-text-color)"),
        HOLIDAY("var(--lumo-error-color-10pct)", "var(--lumo-error-text-color)"),
        MAKE_UP_WORKDAY("var(--lumo-primary-color-10pct)", "var(--lumo-primary-text-color)"),
        NO_SCHOOL("var(--lumo-contrast-10pct)", "var(--lumo-secondary-text-color)"),
        SCHOOL_CLOSURE("var(--lumo-error-color)", "var(--lumo-error-contrast-color)"),
        COUNTY_CLOSURE("var(--lumo-error-color-50pct)", "var(--lumo-error-contrast-color)");

        final String background;
        final String color;

        Kind(String background, String color) {
            this.background = background;
            this.color = color;
        }
    }

    @Inject
    CalendarService calendars;

    @Inject
    Clock clock;

    private YearMonth month;

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        month = event.getLocation().getQueryParameters().getSingleParameter("month").flatMap(SchoolCalendarView::parse)
                .orElse(YearMonth.from(LocalDate.now(clock.withZone(TAIPEI))));
        refresh();
    }

    private static Optional<YearMonth> parse(String text) {
        try {
            return Optional.of(YearMonth.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private void refresh() {
        removeAll();
        CalendarService.CalendarView calendar = calendars.view(month.atDay(1), month.atEndOfMonth());
        boolean keeper = calendars.callerKeepsCalendar();
        add(new H2(getTranslation("calendar.title")), navigation(), legend(), grid(calendar));
        add(semesters(calendar.semesters(), keeper));
        add(closures(calendar.closures(), keeper));
    }

    private HorizontalLayout navigation() {
        Span label = new Span(getTranslation("calendar.month", month.getYear() - 1911, month.getMonthValue()));
        label.setId("calendar-month");
        label.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.FontWeight.SEMIBOLD);
        Button previous = new Button(VaadinIcon.ANGLE_LEFT.create(), e -> go(month.minusMonths(1)));
        previous.setAriaLabel(getTranslation("calendar.previous"));
        previous.setId("calendar-previous");
        Button next = new Button(VaadinIcon.ANGLE_RIGHT.create(), e -> go(month.plusMonths(1)));
        next.setAriaLabel(getTranslation("calendar.next"));
        next.setId("calendar-next");
        Button current = new Button(getTranslation("calendar.thisMonth"),
                e -> go(YearMonth.from(LocalDate.now(clock.withZone(TAIPEI)))));
        current.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout bar = new HorizontalLayout(previous, label, next, current);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        return bar;
    }

    private void go(YearMonth target) {
        getUI().ifPresent(ui -> ui.navigate(SchoolCalendarView.class, QueryParameters.of("month", target.toString())));
    }

    private HorizontalLayout legend() {
        HorizontalLayout legend = new HorizontalLayout();
        legend.setWrap(true);
        for (Kind kind : Kind.values()) {
            Span swatch = new Span(getTranslation("calendar.kind." + kind.name()));
            swatch.getStyle().set("background", kind.background).set("color", kind.color)
                    .set("padding", "0 var(--lumo-space-s)").set("border-radius", "var(--lumo-border-radius-s)")
                    .set("border", "1px solid var(--lumo-contrast-10pct)");
            swatch.addClassNames(LumoUtility.FontSize.SMALL);
            legend.add(swatch);
        }
        Span estimated = new Span(getTranslation("calendar.estimated"));
        estimated.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        legend.add(estimated);
        return legend;
    }

    /** Seven columns, Sunday first as Taiwanese calendars print them; labels wrap, never clipped. */
    private Div grid(CalendarService.CalendarView calendar) {
        Div grid = new Div();
        grid.setId("calendar-grid");
        grid.getStyle().set("display", "grid").set("grid-template-columns", "repeat(7, minmax(0, 1fr))")
                .set("gap", "var(--lumo-space-xs)").set("width", "100%").set("max-width", "60rem");
        for (int d = 0; d < 7; d++) {
            Span head = new Span(getTranslation("calendar.weekday." + d));
            head.addClassNames(LumoUtility.FontWeight.SEMIBOLD, LumoUtility.TextAlignment.CENTER,
                    LumoUtility.TextColor.SECONDARY);
            grid.add(head);
        }
        for (int blank = month.atDay(1).getDayOfWeek().getValue() % 7; blank > 0; blank--) {
            grid.add(new Div());
        }
        Map<LocalDate, Closure> closures = calendar.closures().stream()
                // A school's own closure and the county's on the same day: the school's reason shows.
                .sorted(Comparator.comparing(c -> c.scope() == Closure.Scope.SCHOOL ? 0 : 1))
                .collect(Collectors.toMap(Closure::day, Function.identity(), (first, second) -> first));
        LocalDate today = LocalDate.now(clock.withZone(TAIPEI));
        for (Day day : calendar.days()) {
            grid.add(cell(day, closures.get(day.date()), day.date().equals(today)));
        }
        return grid;
    }

    private Div cell(Day day, Closure closure, boolean today) {
        Kind kind = kindOf(day, closure);
        Span number = new Span(String.valueOf(day.date().getDayOfMonth()));
        number.addClassNames(LumoUtility.FontWeight.BOLD);
        Div cell = new Div(number);
        String label = switch (kind) {
            case SCHOOL_CLOSURE, COUNTY_CLOSURE -> getTranslation("calendar.kind." + kind.name()) + "：" + closure.reason();
            case MAKE_UP_WORKDAY -> getTranslation("calendar.kind." + kind.name())
                    + (day.reason() == null ? "" : "（" + day.reason() + "）");
            case HOLIDAY -> day.reason() == null ? getTranslation("calendar.kind.HOLIDAY") : day.reason();
            default -> null;
        };
        if (label != null) {
            Span text = new Span(label);
            text.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.Display.BLOCK);
            if (kind == Kind.HOLIDAY && day.reason() != null) {
                // The holiday's name as the office calendar publishes it: a proper name, kept in Chinese.
                text.getElement().setAttribute("lang", "zh-TW");
            }
            cell.add(text);
        }
        cell.addClassName("calendar-day");
        cell.getElement().setAttribute("data-date", day.date().toString());
        cell.getElement().setAttribute("data-kind", kind.name());
        cell.getElement().setAttribute("title", (label == null ? getTranslation("calendar.kind." + kind.name()) : label)
                + (day.estimated() ? " · " + getTranslation("calendar.estimated") : ""));
        cell.getStyle().set("background", kind.background).set("color", kind.color).set("min-height", "4.5rem")
                .set("padding", "var(--lumo-space-xs)").set("border-radius", "var(--lumo-border-radius-m)")
                .set("overflow-wrap", "anywhere").set("white-space", "normal").set("line-height", "1.3")
                .set("border", (today ? "2px solid var(--lumo-primary-color)" : "1px "
                        + (day.estimated() ? "dashed" : "solid") + " var(--lumo-contrast-20pct)"));
        return cell;
    }

    static Kind kindOf(Day day, Closure closure) {
        boolean weekend = day.date().getDayOfWeek() == DayOfWeek.SATURDAY || day.date().getDayOfWeek() == DayOfWeek.SUNDAY;
        if (closure != null) {
            return closure.scope() == Closure.Scope.SCHOOL ? Kind.SCHOOL_CLOSURE : Kind.COUNTY_CLOSURE;
        }
        if (weekend) {
            return day.workingDay() ? Kind.MAKE_UP_WORKDAY : Kind.WEEKEND;
        }
        if (!day.workingDay()) {
            return Kind.HOLIDAY;
        }
        return day.schoolDay() ? Kind.SCHOOL_DAY : Kind.NO_SCHOOL;
    }

    private VerticalLayout semesters(List<Semester> semesters, boolean keeper) {
        VerticalLayout section = new VerticalLayout(new H3(getTranslation("calendar.semesters")));
        section.setPadding(false);
        section.setId("calendar-semesters");
        Grid<Semester> grid = new Grid<>();
        grid.addColumn(s -> getTranslation("calendar.semester", s.schoolYear(), s.term()))
                .setHeader(getTranslation("calendar.semester.name")).setAutoWidth(true);
        grid.addColumn(s -> RocDates.compact(s.firstDay())).setHeader(getTranslation("calendar.firstDay")).setAutoWidth(true);
        grid.addColumn(s -> RocDates.compact(s.lastDay())).setHeader(getTranslation("calendar.lastDay")).setAutoWidth(true);
        if (keeper) {
            grid.addComponentColumn(s -> {
                Button remove = new Button(getTranslation("calendar.remove"), e -> {
                    calendars.deleteSemester(s.id());
                    refresh();
                });
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
                return remove;
            }).setAutoWidth(true).setFlexGrow(0);
        }
        grid.setItems(semesters.stream().sorted(Comparator.comparing(Semester::firstDay)).toList());
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        GridHeights.fit(grid, semesters.size());
        section.add(semesters.isEmpty() ? new Span(getTranslation("calendar.noSemesters")) : grid);
        if (keeper) {
            section.add(semesterForm(grid));
        }
        return section;
    }

    /** Adds a semester, or changes the one of the same school year and term (a row click fills the form). */
    private HorizontalLayout semesterForm(Grid<Semester> grid) {
        IntegerField schoolYear = new IntegerField(getTranslation("calendar.schoolYear"));
        schoolYear.setId("semester-year");
        RadioButtonGroup<Integer> term = new RadioButtonGroup<>(getTranslation("calendar.term"), 1, 2);
        term.setItemLabelGenerator(t -> getTranslation("calendar.term." + t));
        term.setId("semester-term");
        DatePicker firstDay = new RocDatePicker(getTranslation("calendar.firstDay"));
        firstDay.setId("semester-first");
        DatePicker lastDay = new RocDatePicker(getTranslation("calendar.lastDay"));
        lastDay.setId("semester-last");
        grid.addItemClickListener(e -> {
            schoolYear.setValue(e.getItem().schoolYear());
            term.setValue(e.getItem().term());
            firstDay.setValue(e.getItem().firstDay());
            lastDay.setValue(e.getItem().lastDay());
        });
        FieldErrors errors = new FieldErrors().on("schoolYear", schoolYear).on("term", term).on("firstDay", firstDay)
                .on("lastDay", lastDay);
        Button save = new Button(getTranslation("calendar.semester.save"), e -> {
            try {
                // A missing number goes to the service as 0, which it refuses with its own message.
                Semester saved = calendars.saveSemester(new Semester(null, orZero(schoolYear.getValue()),
                        orZero(term.getValue()), firstDay.getValue(), lastDay.getValue()));
                saved(getTranslation("calendar.semester.saved", saved.schoolYear(), saved.term()));
            } catch (InvalidInputException refused) {
                errors.show(refused);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("semester-save");
        HorizontalLayout form = new HorizontalLayout(schoolYear, term, firstDay, lastDay, save);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        return form;
    }

    private VerticalLayout closures(List<Closure> all, boolean keeper) {
        VerticalLayout section = new VerticalLayout(new H3(getTranslation("calendar.closures")));
        section.setPadding(false);
        section.setId("calendar-closures");
        List<Closure> shown = all.stream().filter(c -> YearMonth.from(c.day()).equals(month))
                .sorted(Comparator.comparing(Closure::day)).toList();
        for (Closure c : shown) {
            Span line = new Span(RocDates.compact(c.day()) + " " + getTranslation("calendar.kind." + (c.scope()
                    == Closure.Scope.SCHOOL ? Kind.SCHOOL_CLOSURE : Kind.COUNTY_CLOSURE).name()) + "：" + c.reason());
            HorizontalLayout row = new HorizontalLayout(line);
            row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
            row.addClassName("calendar-closure");
            if (keeper && c.scope() == Closure.Scope.SCHOOL) {
                Button remove = new Button(getTranslation("calendar.remove"), e -> {
                    calendars.deleteSchoolClosure(c.id());
                    refresh();
                });
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
                row.add(remove);
            }
            section.add(row);
        }
        if (shown.isEmpty()) {
            section.add(new Span(getTranslation("calendar.noClosures")));
        }
        if (keeper) {
            DatePicker day = new RocDatePicker(getTranslation("calendar.closure.day"));
            day.setId("closure-day");
            TextField reason = new TextField(getTranslation("calendar.closure.reason"));
            reason.setPlaceholder(getTranslation("calendar.closure.reason.example"));
            reason.setWidth("24em");
            reason.setId("closure-reason");
            FieldErrors errors = new FieldErrors().on("day", day).on("reason", reason);
            Button add = new Button(getTranslation("calendar.closure.add"), e -> {
                try {
                    Closure added = calendars.addSchoolClosure(day.getValue(), reason.getValue());
                    month = YearMonth.from(added.day());
                    saved(getTranslation("calendar.closure.saved", RocDates.format(added.day())));
                } catch (InvalidInputException refused) {
                    errors.show(refused);
                }
            });
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add.setId("closure-add");
            HorizontalLayout form = new HorizontalLayout(day, reason, add);
            form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            form.setWrap(true);
            section.add(form);
        }
        return section;
    }

    /** Redraws the month shown (the one of a closure just added) and keeps the address in step. */
    private void saved(String message) {
        Notification.show(message).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        refresh();
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                new Location("calendar", QueryParameters.of("month", month.toString()))));
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }
}
