package tw.huixiao.ui.views;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import tw.huixiao.platform.application.CaseService;
import tw.huixiao.platform.application.StudentService;
import tw.huixiao.ui.duties.DutyActions;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import tw.huixiao.platform.application.AccessDeniedException;
import tw.huixiao.platform.application.CaseView;
import tw.huixiao.platform.application.RecordNotFoundException;
import tw.huixiao.platform.application.StudentView;
import tw.huixiao.platform.application.audit.AccessLogLine;
import tw.huixiao.platform.application.audit.AccessLogQuery;
import tw.huixiao.platform.application.student.AttendanceSummary;
import tw.huixiao.platform.application.student.StudentProfile;
import tw.huixiao.platform.application.student.StudentProfileService;
import tw.huixiao.platform.domain.attendance.AttendanceStatus;
import tw.huixiao.platform.domain.student.StudentDetails.GuardianDetails;
import tw.huixiao.ui.MainLayout;
import tw.huixiao.ui.PlatformText;
import tw.huixiao.ui.RecordText;
import tw.huixiao.ui.RocDates;
import tw.huixiao.ui.Tribes;
import tw.huixiao.ui.UiLocale;

/**
 * One student (`/student/{id}`): the register entry, the class and its 導師 with the enrolment
 * events, guardians (phone and address only for the roles that contact the family), the family
 * background (only for the roles that need it), the semester's attendance with the current run of
 * 曠課, and the student's cases. A student the user may not see — another class's, another
 * school's — shows "查無此學生", exactly like a missing one; the attempt is logged.
 */
@Route(value = "student", layout = MainLayout.class)
@PageTitle("學生 · 回校 Huixiao")
@RolesAllowed({"PRINCIPAL", "STUDENT_AFFAIRS", "ACADEMIC_AFFAIRS", "REGISTRAR", "COUNSELING", "HOMEROOM_TEACHER",
        "MENTOR_TEACHER"})
@Dependent
public class StudentDetailView extends VerticalLayout implements BeforeEnterObserver, HasUrlParameter<Long> {

    @Inject
    StudentProfileService profiles;

    @Inject
    CaseService caseService;

    @Inject
    StudentService students;

    @Inject
    DutyActions duties;

    private Long studentId;

    @Override
    public void setParameter(BeforeEvent event, Long parameter) {
        studentId = parameter;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        try {
            show(profiles.profile(studentId));
        } catch (RecordNotFoundException | AccessDeniedException e) {
            Paragraph notFound = new Paragraph(getTranslation("student.notFound"));
            notFound.setId("student-not-found");
            add(new H2(getTranslation("students.title")), notFound);
        }
    }

    private void show(StudentProfile p) {
        StudentView s = p.student();
        H2 title = new H2(s.name() + (s.className() == null ? "" : " · " + s.className()
                + (s.seatNumber() == null ? "" : " " + getTranslation("student.seatNo", s.seatNumber()))));
        title.setId("student-title");
        add(title);
        add(section("student-basic", getTranslation("student.basic"),
                fact("students.nationalId", s.nationalId()),
                fact("students.gender", getTranslation("gender." + s.gender())),
                fact("students.birthDate", RocDates.format(s.birthDate())),
                fact("student.grade", String.valueOf(s.grade())),
                fact("students.status", getTranslation("status." + s.enrolmentStatus()))));
        add(classHistory(p));
        add(guardians(s));
        if (s.backgroundShown()) {
            add(background(s));
        }
        add(attendance(p.attendance()));
        add(cases(s, p.cases()));
        if (p.accessLogShown()) {
            add(new H3(getTranslation("case.accessLog")), new AccessLogGrid("student-access-log",
                    new AccessLogGrid.Source() {
                        @Override
                        public List<AccessLogLine> page(AccessLogQuery query, int offset, int limit) {
                            return profiles.accessLogPage(s.id(), query, offset, limit);
                        }

                        @Override
                        public int count(AccessLogQuery query) {
                            return profiles.accessLogCount(s.id(), query);
                        }
                    }));
        }
    }

    private VerticalLayout classHistory(StudentProfile p) {
        boolean english = UiLocale.isEnglish(getLocale());
        List<Component> lines = new ArrayList<>();
        StudentProfile.ClassInfo c = p.schoolClass();
        lines.add(new Span(c == null ? getTranslation("student.noClass") : getTranslation("student.classLine",
                c.schoolYear(), c.grade(), c.name(), c.homeroomTeacher() == null ? "—" : c.homeroomTeacher())));
        for (StudentProfile.Enrolment e : p.enrolment()) {
            lines.add(new Span(RocDates.compact(e.on()) + " " + (english ? e.en() : e.zhTw())
                    + (e.otherSchool() == null ? "" : "（" + e.otherSchool() + "）")
                    + (e.note() == null ? "" : "：" + PlatformText.of(e.note()))));
        }
        return section("student-class", getTranslation("student.class"), lines.toArray(Component[]::new));
    }

    private VerticalLayout guardians(StudentView s) {
        List<Component> lines = new ArrayList<>();
        for (GuardianDetails g : s.guardians()) {
            // The relation and the address are written as the register holds them (data, not UI text).
            Span line = new Span(new Span(g.name() + "（"), RecordText.of(g.relation()), new Span("）"));
            if (s.guardianContactsShown()) {
                line.add(new Span(" · " + getTranslation("student.phone") + " " + orDash(g.phone()) + " · "
                        + getTranslation("student.address") + " "), RecordText.of(orDash(g.address())));
            }
            line.addClassName("student-guardian");
            lines.add(line);
        }
        if (s.guardians().isEmpty()) {
            lines.add(new Span(getTranslation("student.noGuardians")));
        }
        if (!s.guardianContactsShown()) {
            lines.add(note(getTranslation("student.contactsHidden")));
        }
        return section("student-guardians", getTranslation("student.guardians"), lines.toArray(Component[]::new));
    }

    private VerticalLayout background(StudentView s) {
        String flags = StudentBackground.describe(s, key -> getTranslation(key));
        String indigenous = Boolean.TRUE.equals(s.indigenous())
                ? getTranslation("background.flag.INDIGENOUS") + (s.tribe() == null ? "" : "（" + Tribes.name(this, s.tribe()) + "）") : "";
        String all = String.join("、", Stream.of(indigenous, flags).filter(t -> !t.isEmpty()).toList());
        return section("student-background", getTranslation("students.background"),
                new Span(all.isEmpty() ? getTranslation("student.noBackground") : all));
    }

    private VerticalLayout attendance(AttendanceSummary a) {
        List<Component> lines = new ArrayList<>();
        lines.add(new Span(a.semester() == null
                ? getTranslation("student.attendance.noSemester", AttendanceSummary.FALLBACK_MONTHS,
                RocDates.compact(a.from()), RocDates.compact(a.to()), a.schoolDays())
                : getTranslation("student.attendance.semester", a.semester().schoolYear(), a.semester().term(),
                RocDates.compact(a.from()), RocDates.compact(a.to()), a.schoolDays())));
        boolean english = UiLocale.isEnglish(getLocale());
        List<String> kinds = new ArrayList<>();
        for (AttendanceStatus status : AttendanceStatus.values()) {
            if (status != AttendanceStatus.PRESENT) {
                kinds.add((english ? status.label().en() : status.label().zhTw()) + " "
                        + getTranslation("student.days", a.daysByStatus().getOrDefault(status, 0)));
            }
        }
        Span byKind = new Span(String.join(" · ", kinds));
        byKind.setId("student-absences");
        lines.add(byKind);
        Span streak = new Span(a.unexcusedStreak() == 0 ? getTranslation("student.streak.none")
                : getTranslation("student.streak", a.unexcusedStreak(), RocDates.compact(a.streakSince())));
        streak.setId("student-streak");
        streak.getElement().getThemeList().add(a.unexcusedStreak() == 0 ? "badge success" : "badge error");
        lines.add(streak);
        return section("student-attendance", getTranslation("student.attendance"), lines.toArray(Component[]::new));
    }

    /** The student's cases, each with its open duties (done from here), and opening one by hand for the offices. */
    private VerticalLayout cases(StudentView s, List<CaseView> cases) {
        boolean english = UiLocale.isEnglish(getLocale());
        List<Component> lines = new ArrayList<>();
        for (CaseView k : cases) {
            Button open = new Button((english ? k.categoryEn() : k.categoryZhTw()) + " · "
                    + getTranslation("cases.status." + k.status().name()) + " · " + getTranslation("cases.openedOn")
                    + " " + RocDates.compact(k.openedOn()),
                    e -> getUI().ifPresent(ui -> ui.navigate(CaseWorkspaceView.class, k.id())));
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            open.addClassName("student-case");
            lines.add(open);
            caseService.tasks(k.id()).stream().filter(t -> "OPEN".equals(t.status())).forEach(t -> {
                Span duty = new Span(t.ruleId() + " · " + (english ? t.dutyEn() : t.dutyZh()));
                duty.addClassNames(LumoUtility.FontSize.SMALL);
                FlexLayout row = new FlexLayout(duty);
                row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
                row.addClassNames(LumoUtility.Gap.SMALL, LumoUtility.AlignItems.CENTER, LumoUtility.Padding.Left.MEDIUM,
                        "student-duty");
                row.getElement().setAttribute("data-rule", t.ruleId());
                duties.button(t, "student/" + s.id(), () -> {
                    removeAll();
                    show(profiles.profile(studentId));
                }).ifPresent(row::add);
                lines.add(row);
            });
        }
        if (cases.isEmpty()) {
            lines.add(new Span(getTranslation("student.noCases")));
        }
        if (caseService.mayOpenByHand()) {
            Button openByHand = new Button(getTranslation("cases.openByHand"),
                    e -> new OpenCaseDialog(caseService, students, s).open());
            openByHand.setId("student-open-case");
            lines.add(openByHand);
        }
        return section("student-cases", getTranslation("cases.title"), lines.toArray(Component[]::new));
    }

    private Div fact(String labelKey, String value) {
        Span label = new Span(getTranslation(labelKey) + "：");
        label.addClassNames(LumoUtility.TextColor.SECONDARY);
        return new Div(label, new Span(value));
    }

    private static Span note(String text) {
        Span note = new Span(text);
        note.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        return note;
    }

    private static VerticalLayout section(String id, String heading, Component... content) {
        VerticalLayout section = new VerticalLayout(new H3(heading));
        section.add(content);
        section.setPadding(false);
        section.setSpacing(false);
        section.setId(id);
        return section;
    }

    private static String orDash(String text) {
        return text == null || text.isBlank() ? "—" : text;
    }
}
