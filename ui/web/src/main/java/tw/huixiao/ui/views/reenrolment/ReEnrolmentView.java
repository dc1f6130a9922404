package tw.huixiao.ui.views.reenrolment;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
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
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import tw.huixiao.platform.application.AccessDeniedException;
import tw.huixiao.platform.application.CallerProvider;
import tw.huixiao.platform.application.CaseService;
import tw.huixiao.platform.application.CaseView;
import tw.huixiao.platform.application.InvalidInputException;
import tw.huixiao.platform.application.RecordNotFoundException;
import tw.huixiao.platform.application.casework.ReEnrolmentService;
import tw.huixiao.platform.domain.identity.Role;
import tw.huixiao.platform.application.casework.EventTask;
import tw.huixiao.policy.spi.casework.PlacementRule;
import tw.huixiao.ui.FieldErrors;
import tw.huixiao.ui.MainLayout;
import tw.huixiao.ui.PlatformText;
import tw.huixiao.ui.RecordText;
import tw.huixiao.ui.RocDatePicker;
import tw.huixiao.ui.RocDates;
import tw.huixiao.ui.UiLocale;
import tw.huixiao.ui.views.CaseWorkspaceView;

/**
 * Re-enrolment and placement of a case (`/re-enrolment/{caseId}`), driven by the case's module
 * (New Taipei: NT-REENROL, NT-PLACEMENT, NT-BUXIAO, NT-ADAPT): the placement advice for any pair
 * of dates, the application — taken any day, never refused for academic reasons (TW-ZERO-REJECT)
 * — and, per application, the placement meeting's decision with its reason, then the duties that
 * follow (NT-ADAPT's adaptation, 補校's review after 2 months) as the module lays them out. The
 * offices record; anyone who sees the case reads. A case without a placement rule says so.
 */
@Route(value = "re-enrolment", layout = MainLayout.class)
@PageTitle("復學與安置 · 回校 Huixiao")
@RolesAllowed({"PRINCIPAL", "STUDENT_AFFAIRS", "ACADEMIC_AFFAIRS", "REGISTRAR", "COUNSELING", "HOMEROOM_TEACHER",
        "MENTOR_TEACHER"})
@Dependent
public class ReEnrolmentView extends VerticalLayout implements BeforeEnterObserver, HasUrlParameter<Long> {

    private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");
    static final Role[] OFFICES = {Role.PRINCIPAL, Role.STUDENT_AFFAIRS, Role.ACADEMIC_AFFAIRS, Role.REGISTRAR,
            Role.COUNSELING};

    @Inject
    CaseService cases;

    @Inject
    ReEnrolmentService reEnrolments;

    @Inject
    PlacementDecisionForm.Factory decisionForms;

    @Inject
    CallerProvider callers;

    @Inject
    Clock clock;

    private Long caseId;

    @Override
    public void setParameter(BeforeEvent event, Long parameter) {
        caseId = parameter;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        refresh();
    }

    private void refresh() {
        removeAll();
        CaseView k;
        Optional<PlacementRule> rule;
        try {
            k = cases.get(caseId);
            rule = cases.pinnedPolicy(caseId).placement();
        } catch (RecordNotFoundException | AccessDeniedException e) {
            Paragraph notFound = new Paragraph(getTranslation("case.notFound"));
            notFound.setId("case-not-found");
            add(new H2(getTranslation("reenrolment.title")), notFound);
            return;
        }
        boolean english = UiLocale.isEnglish(getLocale());
        H2 title = new H2(getTranslation("reenrolment.title") + " · " + k.studentName());
        title.setId("reenrolment-title");
        RouterLink back = new RouterLink(getTranslation("form.backToCase"), CaseWorkspaceView.class, k.id());
        add(title, back);
        if (rule.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("reenrolment.noRule"));
            none.setId("reenrolment-no-rule");
            add(none);
            return;
        }
        Span principle = new Span((english ? rule.get().description().en() : rule.get().description().zhTw()) + "（"
                + rule.get().ruleId() + "）");
        principle.addClassNames(LumoUtility.TextColor.SECONDARY);
        add(principle, advice());
        boolean office = callers.get().hasAny(OFFICES);
        if (office) {
            add(applicationForm());
        }
        add(new H3(getTranslation("reenrolment.applications")));
        List<ReEnrolmentService.View> applications = reEnrolments.list(caseId).stream()
                .sorted(Comparator.comparing(ReEnrolmentService.View::appliedAt).reversed()).toList();
        if (applications.isEmpty()) {
            add(new Span(getTranslation("reenrolment.none")));
        }
        for (ReEnrolmentService.View application : applications) {
            add(application(application, rule.get(), office));
        }
    }

    /** The module's recommendation for any pair of dates, recorded nowhere. */
    private VerticalLayout advice() {
        DatePicker leftOn = new RocDatePicker(getTranslation("reenrolment.leftOn"));
        leftOn.setId("advice-left-on");
        leftOn.setHelperText(getTranslation("reenrolment.leftOn.default"));
        DatePicker on = new RocDatePicker(getTranslation("reenrolment.on"));
        on.setValue(today());
        on.setId("advice-on");
        Div result = new Div();
        result.setId("placement-advice");
        Runnable recompute = () -> {
            result.removeAll();
            try {
                ReEnrolmentService.Preview p = reEnrolments.recommend(caseId, leftOn.getValue(), on.getValue());
                result.add(adviceText(p.ruleId(), p.timeAway(), p.ageYears(), p.code(), p.zhTw(), p.en(),
                        p.alternatives(), p.leftOn()));
                leftOn.setInvalid(false);
            } catch (InvalidInputException refused) {
                leftOn.setErrorMessage(PlatformText.of(refused.errors().get(0).message()));
                leftOn.setInvalid(true);
            }
        };
        leftOn.addValueChangeListener(e -> recompute.run());
        on.addValueChangeListener(e -> recompute.run());
        recompute.run();
        HorizontalLayout dates = new HorizontalLayout(leftOn, on);
        dates.setWrap(true);
        VerticalLayout section = new VerticalLayout(new H3(getTranslation("reenrolment.advice")), dates, result);
        section.setPadding(false);
        return section;
    }

    /** "Away 6 months 6 days, 15 years old: back to the original class (NT-PLACEMENT); also possible: …". */
    private Div adviceText(String ruleId, String timeAway, int age, String code, String zhTw, String en,
                   List<String> alternatives, LocalDate leftOn) {
        boolean english = UiLocale.isEnglish(getLocale());
        Period away = Period.parse(timeAway);
        Span facts = new Span(getTranslation("reenrolment.facts", RocDates.compact(leftOn), away.getYears(),
                away.getMonths(), away.getDays(), age));
        Span recommendation = new Span(getTranslation("reenrolment.recommendation") + "：" + (english ? en : zhTw));
        recommendation.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
        recommendation.getElement().setAttribute("data-code", code);
        recommendation.addClassName("placement-recommendation");
        Span rule = new Span(ruleId);
        rule.getElement().getThemeList().add("badge");
        Div text = new Div(facts, new Div(rule, new Span(" "), recommendation));
        if (!alternatives.isEmpty()) {
            text.add(new Div(new Span(getTranslation("reenrolment.alternatives") + "：" + String.join("、",
                    alternatives.stream().map(this::placementLabel).toList()))));
        }
        return text;
    }

    private VerticalLayout applicationForm() {
        DatePicker appliedOn = new RocDatePicker(getTranslation("reenrolment.appliedOn"));
        appliedOn.setValue(today());
        appliedOn.setId("apply-applied-on");
        DatePicker leftOn = new RocDatePicker(getTranslation("reenrolment.leftOn"));
        leftOn.setHelperText(getTranslation("reenrolment.leftOn.default"));
        leftOn.setId("apply-left-on");
        TextField applicant = new TextField(getTranslation("reenrolment.applicant"));
        applicant.setPlaceholder(getTranslation("reenrolment.applicant.example"));
        applicant.setId("apply-applicant");
        TextArea note = new TextArea(getTranslation("reenrolment.note"));
        note.setWidthFull();
        note.setId("apply-note");
        FieldErrors errors = new FieldErrors().on("appliedOn", appliedOn).on("leftOn", leftOn).on("applicant", applicant)
                .on("note", note);
        Button apply = new Button(getTranslation("reenrolment.apply"), e -> {
            try {
                reEnrolments.apply(caseId, new ReEnrolmentService.Application(appliedOn.getValue(), leftOn.getValue(),
                        applicant.getValue(), note.getValue()));
                Notification.show(getTranslation("reenrolment.applied")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                refresh();
            } catch (InvalidInputException refused) {
                errors.show(refused);
            }
        });
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.setId("apply-submit");
        Span zeroRejection = new Span(getTranslation("reenrolment.zeroRejection"));
        zeroRejection.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        HorizontalLayout fields = new HorizontalLayout(appliedOn, leftOn, applicant);
        fields.setWrap(true);
        VerticalLayout section = new VerticalLayout(new H3(getTranslation("reenrolment.application")), zeroRejection,
                fields, note, apply);
        section.setPadding(false);
        section.setId("reenrolment-apply");
        return section;
    }

    private VerticalLayout application(ReEnrolmentService.View a, PlacementRule rule, boolean office) {
        VerticalLayout card = new VerticalLayout();
        card.addClassName("reenrolment-application");
        card.getElement().setAttribute("data-status", a.status());
        card.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)")
                .set("border-radius", "var(--lumo-border-radius-m)");
        Span heading = new Span(getTranslation("reenrolment.appliedLine", RocDates.compact(a.appliedOn()),
                a.applicant() == null ? "—" : a.applicant()));
        heading.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
        card.add(heading);
        if (a.note() != null) {
            card.add(RecordText.of(a.note()));
        }
        if (a.recommendation() != null) {
            ReEnrolmentService.Recommendation r = a.recommendation();
            card.add(adviceText(r.ruleId(), a.timeAway(), a.ageYears(), r.code(), r.zhTw(), r.en(), r.alternatives(),
                    a.leftOn()));
        }
        if ("APPLIED".equals(a.status())) {
            Span waiting = new Span(getTranslation("reenrolment.awaiting"));
            waiting.getElement().getThemeList().add("badge contrast");
            card.add(waiting);
            if (office && a.recommendation() != null) {
                card.add(decisionForms.create(caseId, a, rule, this::refresh));
            }
        } else {
            Span placed = new Span(getTranslation("reenrolment.placed", placementLabel(a.placement()),
                    RocDates.compact(a.decidedAt().atZone(TAIPEI).toLocalDate()))
                    + (a.decisionNote() == null ? "" : "：" + a.decisionNote()));
            placed.setId("reenrolment-placed-" + a.id());
            placed.addClassName("reenrolment-placed");
            placed.getElement().setAttribute("data-placement", a.placement());
            placed.getElement().getThemeList().add("badge success");
            card.add(placed);
        }
        card.add(duties(a.tasks()));
        return card;
    }

    /** The duties the application and the decision laid out (NT-PLACEMENT, NT-ADAPT, NT-BUXIAO …). */
    private VerticalLayout duties(List<EventTask> tasks) {
        boolean english = UiLocale.isEnglish(getLocale());
        VerticalLayout list = new VerticalLayout(new Span(getTranslation("reenrolment.duties")));
        list.setPadding(false);
        list.setSpacing(false);
        for (EventTask t : tasks) {
            Span state = new Span(getTranslation("case.task." + t.status()));
            state.getElement().getThemeList().add("DONE".equals(t.status()) ? "badge success" : "badge");
            Span rule = new Span(t.ruleId());
            rule.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.Whitespace.NOWRAP);
            Span duty = new Span((english ? t.dutyEn() : t.dutyZh()) + "（" + roleName(t.responsibleRole(), english)
                    + "）" + (t.dueOn() == null ? "" : " · " + getTranslation("today.due") + " "
                    + RocDates.compact(t.dueOn())));
            HorizontalLayout row = new HorizontalLayout(state, rule, duty);
            row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            row.addClassName("reenrolment-duty");
            row.getElement().setAttribute("data-rule", t.ruleId());
            list.add(row);
        }
        return list;
    }

    private String placementLabel(String code) {
        return PlacementDecisionForm.label(code, key -> getTranslation(key));
    }

    private static String roleName(String role, boolean english) {
        try {
            return english ? Role.valueOf(role).label().en() : Role.valueOf(role).label().zhTw();
        } catch (IllegalArgumentException e) {
            return role;
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(TAIPEI));
    }
}
