package tw.huixiao.ui.views.isp;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import tw.huixiao.platform.application.StudentService;
import tw.huixiao.platform.application.StudentView;
import tw.huixiao.platform.application.casework.MeetingView;
import tw.huixiao.platform.domain.isp.ServiceArea;
import tw.huixiao.platform.domain.isp.TeacherType;
import tw.huixiao.platform.domain.isp.TeamRole;
import tw.huixiao.policy.spi.LocalizedText;
import tw.huixiao.ui.RocDatePicker;
import tw.huixiao.ui.RocDates;

/**
 * The editable tables of the plan besides the timetable: execution team, teacher sources,
 * courses, tracking visits, support services, measures, other expenses and the needs-assessment
 * meetings. Every field writes into the {@link IspDraft} and tells the editor, which asks the
 * service again (errors, budget, conflicts). Students are looked up a page at a time.
 */
final class IspSections {

    /** A student to pull out or visit, as the pickers show them (equal by id). */
    static final class StudentRef {
        final long id;
        final String label;

        StudentRef(long id, String label) {
            this.id = id;
            this.label = label;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof StudentRef other && other.id == id;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(id);
        }
    }

    private final IspDraft draft;
    private final boolean editable;
    private final boolean english;
    private final Runnable changed;
    private final StudentService students;
    private RowList<IspDraft.Course> courses;
    private RowList<IspDraft.Visit> visits;
    /** The 授課 line of each teacher's row, kept to follow the timetable without drawing the rows again. */
    private final Map<IspDraft.Teacher, Span> taughtLabels = new IdentityHashMap<>();

    IspSections(IspDraft draft, boolean editable, boolean english, Runnable changed, StudentService students) {
        this.draft = draft;
        this.editable = editable;
        this.english = english;
        this.changed = changed;
        this.students = students;
    }

    // ---- 執行小組 ------------------------------------------------------------------------------

    Component team() {
        return new RowList<>("isp-team", draft.team, IspDraft.Member::new, (m, i) -> {
            ComboBox<TeamRole> role = new ComboBox<>(t("isp.team.role"));
            role.setItems(TeamRole.values());
            role.setItemLabelGenerator(r -> text(r.label()));
            role.setValue(parse(TeamRole.class, m.role));
            bind(role, v -> m.role = v == null ? null : v.name());
            TextField name = field(t("isp.team.name"), m.name, v -> m.name = v, "isp-team-name-" + i);
            TextField duties = field(t("isp.team.duties"), m.duties, v -> m.duties = v, null);
            duties.setPlaceholder(role.getValue() == null ? null : text(role.getValue().duties()));
            duties.setWidth("24em");
            return row(role, name, duties);
        }, t("isp.team.add"), editable, changed);
    }

    // ---- 師資來源 ------------------------------------------------------------------------------

    Component teachers() {
        return new RowList<>("isp-teachers", draft.teachers, IspDraft.Teacher::new, (teacher, i) -> {
            TextField name = new TextField(t("isp.teacher.name"));
            name.setValue(teacher.name == null ? "" : teacher.name);
            name.setId("isp-teacher-name-" + i);
            name.setReadOnly(!editable);
            name.addValueChangeListener(e -> {
                String renamed = e.getValue().isBlank() ? null : e.getValue().strip();
                draft.renameTeacher(teacher.name, renamed);
                teacher.name = renamed;
                teachersChanged();
            });
            ComboBox<TeacherType> type = new ComboBox<>(t("isp.teacher.type"));
            type.setItems(TeacherType.values());
            type.setItemLabelGenerator(k -> text(k.label()));
            type.setValue(parse(TeacherType.class, teacher.type));
            type.setId("isp-teacher-type-" + i);
            type.setWidth("16em");
            Span source = new Span(type.getValue() == null ? "" : text(type.getValue().source()));
            source.getElement().getThemeList().add("badge");
            bind(type, v -> {
                teacher.type = v == null ? null : v.name();
                source.setText(v == null ? "" : text(v.source()));
                teachersChanged();
            });
            TextField title = field(t("isp.teacher.jobTitle"), teacher.jobTitle, v -> teacher.jobTitle = v, null);
            TextField reason = field(t("isp.teacher.reason"), teacher.reason, v -> teacher.reason = v, null);
            TextField qualification = field(t("isp.teacher.qualification"), teacher.qualification,
                    v -> teacher.qualification = v, null);
            DatePicker registry = new RocDatePicker(t("isp.teacher.registryCheckedOn"));
            registry.setValue(teacher.registryCheckedOn);
            registry.setHelperText(teacher.registryCheckedOn == null ? t("isp.teacher.registryNotChecked")
                    : RocDates.compact(teacher.registryCheckedOn));
            bind(registry, v -> {
                teacher.registryCheckedOn = v;
                registry.setHelperText(v == null ? t("isp.teacher.registryNotChecked") : RocDates.compact(v));
            });
            BigDecimalField rate = money(t("isp.teacher.agreedRate"), teacher.agreedRate, v -> teacher.agreedRate = v,
                    "isp-teacher-rate-" + i);
            rate.setPlaceholder(t("isp.teacher.scheduleRate"));
            Checkbox centre = check(t("isp.teacher.centreStaff"), teacher.centreStaff, v -> teacher.centreStaff = v);
            Checkbox consent = check(t("isp.teacher.bureauConsent"), teacher.bureauConsent, v -> teacher.bureauConsent = v);
            Checkbox reduced = check(t("isp.teacher.reducedLoad"), teacher.reducedLoad, v -> teacher.reducedLoad = v);
            Span courses = new Span(taught(teacher));
            courses.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
            taughtLabels.put(teacher, courses);
            FormLayout form = new FormLayout(name, type, title, qualification, reason, registry, rate, centre, consent,
                    reduced);
            form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 2), new FormLayout.ResponsiveStep("50em", 4));
            VerticalLayout block = new VerticalLayout(new HorizontalLayout(new Span((i + 1) + "."), source, courses), form);
            block.setPadding(false);
            block.setSpacing(false);
            block.addClassName("isp-teacher");
            return block;
        }, t("isp.teacher.add"), editable, changed);
    }

    /** What each teacher teaches, from the timetable as it stands (after every change). */
    void showTaught() {
        taughtLabels.keySet().removeIf(teacher -> !draft.teachers.contains(teacher));
        taughtLabels.forEach((teacher, label) -> label.setText(taught(teacher)));
    }

    private String taught(IspDraft.Teacher teacher) {
        List<String> courses = draft.cells.stream().filter(c -> Objects.equals(c.teacher(), teacher.name))
                .map(IspDraft.Cell::course).distinct().toList();
        return t("isp.teacher.courses") + "：" + (courses.isEmpty() ? "—" : String.join("、", courses));
    }

    /** The courses and visits offer the teachers by name: draw them again. */
    private void teachersChanged() {
        if (courses != null) {
            courses.render();
        }
        if (visits != null) {
            visits.render();
        }
        changed.run();
    }

    // ---- 課程 ----------------------------------------------------------------------------------

    Component courses(long caseStudentId) {
        courses = new RowList<>("isp-courses", draft.courses, () -> {
            IspDraft.Course course = new IspDraft.Course();
            course.teacher = draft.teachers.isEmpty() ? null : draft.teachers.get(0).name;
            course.studentIds.add(caseStudentId);
            return course;
        }, (course, i) -> {
            TextField name = new TextField(t("isp.course.name"));
            name.setValue(course.name == null ? "" : course.name);
            name.setId("isp-course-name-" + i);
            name.setReadOnly(!editable);
            name.addValueChangeListener(e -> {
                String before = course.name;
                course.name = e.getValue().isBlank() ? null : e.getValue().strip();
                draft.courseChanged(before, course.teacher, course);
                changed.run();
            });
            ComboBox<String> teacher = new ComboBox<>(t("isp.course.teacher"));
            teacher.setItems(draft.teachers.stream().map(k -> k.name).filter(Objects::nonNull).toList());
            teacher.setValue(course.teacher);
            teacher.setId("isp-course-teacher-" + i);
            teacher.setReadOnly(!editable);
            teacher.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    String before = course.teacher;
                    course.teacher = e.getValue();
                    draft.courseChanged(course.name, before, course);
                    changed.run();
                }
            });
            MultiSelectComboBox<StudentRef> pulledOut = studentPicker(t("isp.course.students"));
            pulledOut.setValue(course.studentIds.stream().map(this::ref).collect(Collectors.toCollection(LinkedHashSet::new)));
            pulledOut.setId("isp-course-students-" + i);
            pulledOut.setWidth("22em");
            pulledOut.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    course.studentIds.clear();
                    e.getValue().forEach(s -> {
                        course.studentIds.add(s.id);
                        draft.studentNames.putIfAbsent(s.id, s.label);
                    });
                    draft.courseChanged(course.name, course.teacher, course);
                    changed.run();
                }
            });
            return row(name, teacher, pulledOut);
        }, t("isp.course.add"), editable, changed);
        return courses;
    }

    // ---- 追蹤輔導 ------------------------------------------------------------------------------

    Component visits(long caseStudentId) {
        visits = new RowList<>("isp-visits", draft.visits, () -> {
            IspDraft.Visit visit = new IspDraft.Visit();
            visit.studentId = caseStudentId;
            visit.date = draft.startsOn;
            visit.counsellor = draft.teachers.stream().filter(k -> "TRACKING_COUNSELLOR".equals(k.type)).map(k -> k.name)
                    .findFirst().orElse(null);
            return visit;
        }, (visit, i) -> {
            DatePicker date = new RocDatePicker(t("isp.visit.date"));
            date.setValue(visit.date);
            date.setHelperText(visit.date == null ? null : RocDates.compact(visit.date));
            bind(date, v -> {
                visit.date = v;
                date.setHelperText(v == null ? null : RocDates.compact(v));
            });
            ComboBox<String> counsellor = new ComboBox<>(t("isp.visit.counsellor"));
            counsellor.setItems(draft.teachers.stream().filter(k -> "TRACKING_COUNSELLOR".equals(k.type))
                    .map(k -> k.name).filter(Objects::nonNull).toList());
            counsellor.setValue(visit.counsellor);
            bind(counsellor, v -> visit.counsellor = v);
            ComboBox<StudentRef> student = new ComboBox<>(t("isp.visit.student"));
            student.setItems(this::fetchStudents);
            student.setItemLabelGenerator(s -> s.label);
            student.setValue(visit.studentId == null ? null : ref(visit.studentId));
            bind(student, v -> {
                visit.studentId = v == null ? null : v.id;
                if (v != null) {
                    draft.studentNames.putIfAbsent(v.id, v.label);
                }
            });
            BigDecimalField distance = new BigDecimalField(t("isp.visit.distanceKm"));
            distance.setValue(visit.distanceKm);
            distance.setWidth("7em");
            bind(distance, v -> visit.distanceKm = v);
            IntegerField minutes = new IntegerField(t("isp.visit.minutes"));
            minutes.setValue(visit.minutes);
            minutes.setWidth("7em");
            bind(minutes, v -> visit.minutes = v);
            TextField note = field(t("isp.visit.note"), visit.note, v -> visit.note = v, null);
            return row(date, counsellor, student, distance, minutes, note);
        }, t("isp.visit.add"), editable, changed);
        return visits;
    }

    // ---- 其他經費 ------------------------------------------------------------------------------

    Component extras() {
        Checkbox materials = check(t("isp.extras.materials"), draft.materials, v -> draft.materials = v);
        BigDecimalField materialsAmount = money(t("isp.extras.perStudent"), draft.materialsPerStudent,
                v -> draft.materialsPerStudent = v, null);
        Checkbox printing = check(t("isp.extras.printing"), draft.printing, v -> draft.printing = v);
        BigDecimalField printingAmount = money(t("isp.extras.perStudent"), draft.printingPerStudent,
                v -> draft.printingPerStudent = v, null);
        IntegerField months = new IntegerField(t("isp.extras.administrationMonths"));
        months.setValue(draft.administrationMonths);
        months.setPlaceholder(t("isp.extras.termMonths"));
        bind(months, v -> draft.administrationMonths = v);
        BigDecimalField perMonth = money(t("isp.extras.administrationPerMonth"), draft.administrationPerMonth,
                v -> draft.administrationPerMonth = v, null);
        TextField outdoor = field(t("isp.extras.outdoor"), draft.outdoorDescription, v -> draft.outdoorDescription = v, null);
        BigDecimalField outdoorCost = money(t("isp.extras.outdoorCost"), draft.outdoorCost, v -> draft.outdoorCost = v,
                null);
        Checkbox premium = check(t("isp.extras.nhiPremium"), draft.nhiPremium, v -> draft.nhiPremium = v);
        BigDecimalField misc = money(t("isp.extras.miscellaneous"), draft.miscellaneous, v -> draft.miscellaneous = v,
                null);
        Checkbox funding = check(t("isp.extras.fundingRequested"), draft.fundingRequested, v -> draft.fundingRequested = v);
        funding.setId("isp-funding-requested");
        FormLayout form = new FormLayout(materials, materialsAmount, printing, printingAmount, months, perMonth, outdoor,
                outdoorCost, premium, misc, funding);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 2), new FormLayout.ResponsiveStep("50em", 4));
        form.setId("isp-extras");
        return form;
    }

    // ---- 支持服務、輔導措施、需求評估會議 ----------------------------------------------------------

    Component services() {
        return new RowList<>("isp-services", draft.services, IspDraft.Service::new, (s, i) -> {
            ComboBox<ServiceArea> area = new ComboBox<>(t("isp.service.area"));
            area.setItems(ServiceArea.values());
            area.setItemLabelGenerator(a -> text(a.label()));
            area.setValue(parse(ServiceArea.class, s.area));
            bind(area, v -> s.area = v == null ? null : v.name());
            return row(area, field(t("isp.service.item"), s.item, v -> s.item = v, null),
                    field(t("isp.service.method"), s.method, v -> s.method = v, null),
                    field(t("isp.service.provider"), s.provider, v -> s.provider = v, null),
                    field(t("isp.service.revision"), s.revision, v -> s.revision = v, null));
        }, t("isp.service.add"), editable, changed);
    }

    Component measures() {
        FormLayout form = new FormLayout(
                area(t("isp.measures.schooling"), draft.schooling, v -> draft.schooling = v),
                area(t("isp.measures.courses"), draft.coursesAfterReturn, v -> draft.coursesAfterReturn = v),
                area(t("isp.measures.career"), draft.career, v -> draft.career = v),
                area(t("isp.measures.furtherStudy"), draft.furtherStudy, v -> draft.furtherStudy = v));
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("50em", 2));
        return form;
    }

    /** The case's needs-assessment meetings (TN-MEETINGS), numbered #1…#n as the plan cites them. */
    Component meetings(List<MeetingView> needs) {
        MultiSelectComboBox<MeetingView> picker = new MultiSelectComboBox<>(t("isp.meetings"));
        picker.setItems(needs);
        picker.setItemLabelGenerator(m -> "#" + (needs.indexOf(m) + 1) + " " + RocDates.compact(m.heldOn()));
        picker.setValue(needs.stream().filter(m -> draft.needsMeetingIds.contains(m.id())).collect(Collectors.toSet()));
        picker.setWidth("28em");
        picker.setReadOnly(!editable);
        picker.setHelperText(needs.isEmpty() ? t("isp.meetings.none") : null);
        picker.addValueChangeListener(e -> {
            draft.needsMeetingIds.clear();
            needs.stream().filter(e.getValue()::contains).forEach(m -> draft.needsMeetingIds.add(m.id()));
            changed.run();
        });
        return picker;
    }

    // ---- fields ------------------------------------------------------------------------------

    private MultiSelectComboBox<StudentRef> studentPicker(String label) {
        MultiSelectComboBox<StudentRef> picker = new MultiSelectComboBox<>(label);
        picker.setItems(this::fetchStudents);
        picker.setItemLabelGenerator(s -> s.label);
        picker.setReadOnly(!editable);
        return picker;
    }

    /** The school's students a page at a time, filtered by what the user types (the service limits what each role sees). */
    private Stream<StudentRef> fetchStudents(Query<StudentRef, String> query) {
        List<StudentView> page = students.search(new StudentService.Filter(query.getFilter().orElse(null), null, null, Set.of()), query.getPage(),
                query.getPageSize()).items();
        return page.stream().map(s -> new StudentRef(s.id(), s.name() + (s.className() == null ? "" : "（" + s.className()
                + "）")));
    }

    private StudentRef ref(long id) {
        return new StudentRef(id, draft.studentName(id));
    }

    private TextField field(String label, String value, Consumer<String> set, String id) {
        TextField field = new TextField(label);
        field.setValue(value == null ? "" : value);
        if (id != null) {
            field.setId(id);
        }
        bind(field, v -> set.accept(v == null || v.isBlank() ? null : v.strip()));
        return field;
    }

    private TextArea area(String label, String value, Consumer<String> set) {
        TextArea area = new TextArea(label);
        area.setValue(value == null ? "" : value);
        bind(area, v -> set.accept(v == null || v.isBlank() ? null : v.strip()));
        return area;
    }

    private BigDecimalField money(String label, BigDecimal value, Consumer<BigDecimal> set, String id) {
        BigDecimalField field = new BigDecimalField(label);
        field.setValue(value);
        field.setPrefixComponent(new Span("NT$"));
        field.setWidth("9em");
        if (id != null) {
            field.setId(id);
        }
        bind(field, set);
        return field;
    }

    private Checkbox check(String label, boolean value, Consumer<Boolean> set) {
        Checkbox box = new Checkbox(label, value);
        bind(box, v -> set.accept(Boolean.TRUE.equals(v)));
        return box;
    }

    /** Edits by the user write into the draft and ask the service again; read-only when the plan is not editable. */
    private <V> void bind(AbstractField<?, V> field, Consumer<V> set) {
        field.setReadOnly(!editable);
        field.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                set.accept(e.getValue());
                changed.run();
            }
        });
    }

    private static HorizontalLayout row(Component... fields) {
        HorizontalLayout row = new HorizontalLayout(fields);
        row.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        row.getStyle().set("flex-wrap", "wrap");
        return row;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String name) {
        return name == null ? null : Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(name)).findFirst()
                .orElse(null);
    }

    private String text(LocalizedText text) {
        return english ? text.en() : text.zhTw();
    }

    private static String t(String key, Object... params) {
        return com.vaadin.flow.component.UI.getCurrent().getTranslation(key, params);
    }
}
