package tw.huixiao.ui.views;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import tw.huixiao.platform.application.AccessDeniedException;
import tw.huixiao.platform.application.CallerProvider;
import tw.huixiao.platform.application.CaseService;
import tw.huixiao.platform.application.EditConflictException;
import tw.huixiao.platform.application.InvalidInputException;
import tw.huixiao.platform.application.RecordNotFoundException;
import tw.huixiao.platform.application.StateConflictException;
import tw.huixiao.platform.application.forms.FormPrefillService;
import tw.huixiao.platform.application.forms.FormRecordService;
import tw.huixiao.platform.application.forms.FormRecordView;
import tw.huixiao.platform.application.screening.ScreeningService;
import tw.huixiao.policy.spi.form.FormDefinition;
import tw.huixiao.policy.spi.screening.ScreeningRoster;
import tw.huixiao.platform.application.escalation.DutyService;
import tw.huixiao.platform.application.escalation.TaskService;
import tw.huixiao.platform.domain.escalation.TaskView;
import tw.huixiao.ui.MainLayout;
import tw.huixiao.ui.UnsavedChanges;
import tw.huixiao.ui.duties.DutyActions;
import tw.huixiao.ui.PlatformText;
import tw.huixiao.ui.UiLocale;
import tw.huixiao.ui.documents.PrintLinks;
import tw.huixiao.ui.forms.FormRenderer;
import tw.huixiao.ui.forms.SignOffChain;
import tw.huixiao.ui.views.screening.HighCareRosterView;
import tw.huixiao.ui.views.screening.ScreeningCampaignView;

/**
 * A form record drawn from its module version by the generic {@link FormRenderer}: a new record
 * of a case ({@code ?case=&form=}) or an existing one ({@code ?record=}) — of a case, of a Yunlin
 * screening (附表一; back to its campaign) or a roster (附表二; generated, so read-only here, back to
 * the roster) — its sign-off chain with who signed each stage and when, and the button to sign the
 * next stage for a user holding its role. The platform validates and enforces the order; this
 * view only shows its answers.
 */
@Route(value = "form", layout = MainLayout.class)
@PageTitle("表單 · 回校 Huixiao")
@RolesAllowed({"PRINCIPAL", "STUDENT_AFFAIRS", "ACADEMIC_AFFAIRS", "REGISTRAR", "COUNSELING", "HOMEROOM_TEACHER",
        "MENTOR_TEACHER"})
@Dependent
public class FormEditorView extends VerticalLayout implements BeforeEnterObserver, BeforeLeaveObserver {

    @Inject
    FormRecordService records;

    @Inject
    CaseService cases;

    @Inject
    ScreeningService screenings;

    @Inject
    CallerProvider callers;

    @Inject
    FormPrefillService prefills;

    @Inject
    PrintLinks printLinks;

    @Inject
    TaskService tasks;

    @Inject
    DutyService duties;

    private final UnsavedChanges unsaved = new UnsavedChanges(this);

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        unsaved.beforeLeave(event);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        unsaved.saved();
        Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
        try {
            if (query.containsKey("record")) {
                showRecord(records.get(Long.parseLong(query.get("record").get(0))));
            } else if (!query.containsKey("case") && query.containsKey("task")) {
                // A duty before its case (day 1 of a streak): its record belongs to the absence streak.
                String formId = query.getOrDefault("form", List.of("")).get(0);
                TaskView duty = tasks.get(Long.parseLong(query.get("task").get(0)));
                if (duty.caseId() != null || !formId.equals(duty.produces())) {
                    throw new RecordNotFoundException("form", formId);
                }
                FormPrefillService.Prefilled prefilled = prefills.prefillForDuty(duty.id(), formId);
                showNew(null, prefilled.form(), prefilled.data(), Optional.of(duty).filter(t -> "OPEN".equals(t.status())),
                        query.getOrDefault("return", List.of("")).get(0), true);
            } else {
                long caseId = Long.parseLong(query.getOrDefault("case", List.of("")).get(0));
                String formId = query.getOrDefault("form", List.of("")).get(0);
                Optional<TaskView> duty = query.containsKey("task")
                        ? Optional.of(tasks.get(Long.parseLong(query.get("task").get(0)))) : Optional.empty();
                FormDefinition form = latest(caseId, formId).orElseThrow(() -> new RecordNotFoundException("form", formId));
                showNew(caseId, form, prefills.prefill(caseId, form.id()).data(),
                        duty.filter(t -> "OPEN".equals(t.status()) && Long.valueOf(caseId).equals(t.caseId())
                                && formId.equals(t.produces())),
                        query.getOrDefault("return", List.of("")).get(0), duty.isPresent());
            }
        } catch (RecordNotFoundException | AccessDeniedException | NumberFormatException e) {
            Paragraph notFound = new Paragraph(getTranslation("case.notFound"));
            notFound.setId("form-not-found");
            add(notFound);
        }
    }

    private Optional<FormDefinition> latest(long caseId, String formId) {
        return cases.pinnedPolicy(caseId).forms().stream().filter(f -> f.id().equals(formId))
                .max(Comparator.comparingInt(FormDefinition::version));
    }

    /**
     * A new record of the case's form, prefilled from the case. Opened from a duty ({@code &task=}),
     * saving it also completes the duty (one transaction: {@link DutyService}) and returns to where
     * the user came from ({@code &return=today}, {@code case/12}) — saving is the duty's act (the
     * contact recorded); the sign-off stages that follow are the office's review of the record.
     */
    private void showNew(Long caseId, FormDefinition form, JsonObject prefilled, Optional<TaskView> duty, String returnTo,
                         boolean fromDuty) {
        boolean english = UiLocale.isEnglish(getLocale());
        FormRenderer renderer = new FormRenderer(form, english);
        renderer.read(prefilled);
        renderer.addChangeListener(unsaved::changed);
        Button save = new Button(getTranslation("form.save"), e -> {
            try {
                FormRecordService.RecordInput input = new FormRecordService.RecordInput(renderer.value(), form.version(), null);
                if (duty.isPresent()) {
                    duties.completeWithNewRecord(duty.get().id(), duty.get().version(), input);
                    unsaved.saved();
                    Notification.show(getTranslation("duty.form.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                    getUI().ifPresent(ui -> ui.navigate(DutyActions.safeReturn(returnTo, duty.get())));
                    return;
                }
                FormRecordView created = records.create(caseId, form.id(), input);
                unsaved.saved();
                Notification.show(getTranslation("form.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                getUI().ifPresent(ui -> ui.navigate(FormEditorView.class,
                        QueryParameters.of("record", String.valueOf(created.id()))));
            } catch (InvalidInputException ex) {
                refused(renderer, ex);
            } catch (EditConflictException | StateConflictException | AccessDeniedException ex) {
                Notification.show(ex.getMessage()).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("form-save");
        add(title(english ? form.title().en() : form.title().zhTw(), form.ruleId().toString(),
                caseId == null ? backToToday() : backToCase(caseId)));
        duty.ifPresentOrElse(t -> {
            Span tied = new Span(getTranslation("duty.form.task", english ? t.dutyEn() : t.dutyZh(), t.ruleId()));
            tied.getElement().getThemeList().add("badge");
            tied.getStyle().set("white-space", "normal").set("height", "auto");
            tied.setId("form-duty");
            add(tied);
        }, () -> {
            if (fromDuty) {
                Span done = new Span(getTranslation("duty.form.taskDone"));
                done.setId("form-duty-done");
                add(done);
            }
        });
        if (caseId != null) {
            add(printLinks.forBlankForm(caseId, form, getLocale()));
        }
        add(renderer, save);
    }

    private void showRecord(FormRecordView record) {
        boolean english = UiLocale.isEnglish(getLocale());
        FormRenderer renderer = new FormRenderer(records.formOf(record), english);
        renderer.read(record.data());
        boolean superseded = "SUPERSEDED".equals(record.status());
        // A roster is generated from the stamped 附表一 records, never typed (the service refuses edits).
        boolean editable = !superseded && record.rosterId() == null;
        List<FormRecordView.Stage> signed = record.stages().stream().filter(FormRecordView.Stage::signed).toList();
        if (!editable || signed.stream().anyMatch(s -> s.fieldKeys().isEmpty())) {
            renderer.setAllReadOnly(true);
        } else {
            renderer.lock(signed.stream().flatMap(s -> s.fieldKeys().stream()).collect(Collectors.toSet()));
        }
        Span status = new Span(getTranslation("form.status." + record.status()) + " · "
                + getTranslation("form.revision", record.revision()));
        status.setId("form-status");
        add(title(english ? record.titleEn() : record.titleZhTw(), record.ruleId(), back(record)), status,
                printLinks.forRecord(record.id(), getLocale()), renderer);
        if (editable) {
            renderer.addChangeListener(unsaved::changed);
            Button save = new Button(getTranslation("form.save"), e -> {
                try {
                    records.update(record.id(), new FormRecordService.RecordInput(renderer.value(), null, record.version()));
                    unsaved.saved();
                    Notification.show(getTranslation("form.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                    reload(record.id());
                } catch (InvalidInputException ex) {
                    refused(renderer, ex);
                } catch (EditConflictException | StateConflictException ex) {
                    Notification.show(PlatformText.of(ex.getMessage())).addThemeVariants(NotificationVariant.LUMO_ERROR);
                }
            });
            save.setId("form-save");
            add(save);
        }
        add(new SignOffChain(record, callers.get().roles().stream().map(Enum::name).collect(Collectors.toSet()), english,
                records, () -> reload(record.id())));
    }

    private void reload(long recordId) {
        removeAll();
        unsaved.saved();
        showRecord(records.get(recordId));
    }

    private void refused(FormRenderer renderer, InvalidInputException ex) {
        renderer.showErrors(ex.errors());
        Notification.show(getTranslation("form.refused", ex.errors().size()))
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    /** Back to what the record belongs to: its case, its screening campaign or its roster. */
    private Button back(FormRecordView record) {
        if (record.caseId() != null) {
            return backToCase(record.caseId());
        }
        if (record.screeningAssessmentId() != null) {
            long campaign = screenings.campaignOf(record.screeningAssessmentId());
            return backButton(getTranslation("form.backToScreening"),
                    ui -> ui.navigate(ScreeningCampaignView.class, campaign));
        }
        if (record.rosterId() == null) {
            // A duty's record before its case opens: the duty was on the day's list.
            return backToToday();
        }
        int schoolYear = record.data().getInt(ScreeningRoster.SCHOOL_YEAR);
        return backButton(getTranslation("form.backToRoster"), ui -> ui.navigate(HighCareRosterView.class, schoolYear));
    }

    private Button backToCase(long caseId) {
        return backButton(getTranslation("form.backToCase"), ui -> ui.navigate(CaseWorkspaceView.class, caseId));
    }

    private Button backToToday() {
        return backButton(getTranslation("form.backToToday"), ui -> ui.navigate("today"));
    }

    private Button backButton(String text, Consumer<UI> go) {
        Button back = new Button(text, e -> getUI().ifPresent(go));
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        back.setId("form-back");
        return back;
    }

    private VerticalLayout title(String title, String ruleId, Button back) {
        H2 heading = new H2(title);
        heading.setId("form-title");
        Span rule = new Span(ruleId);
        rule.getElement().getThemeList().add("badge contrast");
        VerticalLayout header = new VerticalLayout(back, heading, rule);
        header.setPadding(false);
        return header;
    }
}
