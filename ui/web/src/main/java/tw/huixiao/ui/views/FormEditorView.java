package tw.huixiao.ui.views;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
import tw.huixiao.policy.spi.form.FormDefinition;
import tw.huixiao.ui.MainLayout;
import tw.huixiao.ui.RocDates;
import tw.huixiao.ui.UiLocale;
import tw.huixiao.ui.documents.PrintLinks;
import tw.huixiao.ui.forms.FormRenderer;

/**
 * A form record of a case, drawn from the case's pinned module by the generic
 * {@link FormRenderer}: a new record ({@code ?case=&form=}) or an existing one
 * ({@code ?record=}), its sign-off chain with who signed each stage and when, and the button to
 * sign the next stage for a user holding its role. The platform validates and enforces the
 * order; this view only shows its answers.
 */
@Route(value = "form", layout = MainLayout.class)
@PageTitle("表單 · 回校 Huixiao")
@RolesAllowed({"PRINCIPAL", "STUDENT_AFFAIRS", "ACADEMIC_AFFAIRS", "REGISTRAR", "COUNSELING", "HOMEROOM_TEACHER",
        "MENTOR_TEACHER"})
@Dependent
public class FormEditorView extends VerticalLayout implements BeforeEnterObserver {

    private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");

    @Inject
    FormRecordService records;

    @Inject
    CaseService cases;

    @Inject
    CallerProvider callers;

    @Inject
    FormPrefillService prefills;

    @Inject
    PrintLinks printLinks;

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
        try {
            if (query.containsKey("record")) {
                showRecord(records.get(Long.parseLong(query.get("record").get(0))));
            } else {
                long caseId = Long.parseLong(query.getOrDefault("case", List.of("")).get(0));
                String formId = query.getOrDefault("form", List.of("")).get(0);
                showNew(caseId, latest(caseId, formId).orElseThrow(() -> new RecordNotFoundException("form", formId)));
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

    private void showNew(long caseId, FormDefinition form) {
        boolean english = UiLocale.isEnglish(getLocale());
        FormRenderer renderer = new FormRenderer(form, english);
        renderer.read(prefills.prefill(caseId, form.id()).data());
        Button save = new Button(getTranslation("form.save"), e -> {
            try {
                FormRecordView created = records.create(caseId, form.id(),
                        new FormRecordService.RecordInput(renderer.value(), form.version(), null));
                Notification.show(getTranslation("form.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                getUI().ifPresent(ui -> ui.navigate(FormEditorView.class,
                        QueryParameters.of("record", String.valueOf(created.id()))));
            } catch (InvalidInputException ex) {
                refused(renderer, ex);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("form-save");
        add(title(english ? form.title().en() : form.title().zhTw(), form.ruleId().toString(), caseId),
                printLinks.forBlankForm(caseId, form, getLocale()), renderer, save);
    }

    private void showRecord(FormRecordView record) {
        boolean english = UiLocale.isEnglish(getLocale());
        FormDefinition form = cases.pinnedPolicy(record.caseId()).forms().stream()
                .filter(f -> f.id().equals(record.formId()) && f.version() == record.formVersion()).findFirst()
                .orElseThrow(() -> new RecordNotFoundException("form", record.formId()));
        FormRenderer renderer = new FormRenderer(form, english);
        renderer.read(record.data());
        boolean superseded = "SUPERSEDED".equals(record.status());
        List<FormRecordView.Stage> signed = record.stages().stream().filter(FormRecordView.Stage::signed).toList();
        if (superseded || signed.stream().anyMatch(s -> s.fieldKeys().isEmpty())) {
            renderer.setAllReadOnly(true);
        } else {
            renderer.lock(signed.stream().flatMap(s -> s.fieldKeys().stream()).collect(Collectors.toSet()));
        }
        Span status = new Span(getTranslation("form.status." + record.status()) + " · "
                + getTranslation("form.revision", record.revision()));
        status.setId("form-status");
        add(title(english ? record.titleEn() : record.titleZhTw(), record.ruleId(), record.caseId()), status,
                printLinks.forRecord(record.id(), getLocale()), renderer);
        if (!superseded) {
            Button save = new Button(getTranslation("form.save"), e -> {
                try {
                    records.update(record.id(), new FormRecordService.RecordInput(renderer.value(), null, record.version()));
                    Notification.show(getTranslation("form.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                    reload(record.id());
                } catch (InvalidInputException ex) {
                    refused(renderer, ex);
                } catch (EditConflictException | StateConflictException ex) {
                    Notification.show(ex.getMessage()).addThemeVariants(NotificationVariant.LUMO_ERROR);
                }
            });
            save.setId("form-save");
            add(save);
        }
        add(stages(record));
    }

    private VerticalLayout stages(FormRecordView record) {
        boolean english = UiLocale.isEnglish(getLocale());
        Set<String> myRoles = callers.get().roles().stream().map(Enum::name).collect(Collectors.toSet());
        VerticalLayout chain = new VerticalLayout();
        chain.setPadding(false);
        chain.setId("form-stages");
        chain.add(new Span(getTranslation("form.signOff")));
        Optional<FormRecordView.Stage> next = record.stages().stream().filter(s -> !s.signed()).findFirst();
        for (FormRecordView.Stage stage : record.stages()) {
            String who = stage.signed()
                    ? getTranslation("form.signedBy", stage.signedByName(), RocDates.compact(
                            stage.signedAt().atZone(TAIPEI).toLocalDate()))
                    : getTranslation("form.unsigned");
            Span line = new Span((english ? stage.titleEn() : stage.titleZhTw()) + "：" + who);
            line.addClassName(stage.signed() ? LumoUtility.TextColor.SUCCESS : LumoUtility.TextColor.SECONDARY);
            HorizontalLayout row = new HorizontalLayout(line);
            row.addClassName("form-stage");
            row.getElement().setAttribute("data-stage", stage.key());
            row.getElement().setAttribute("data-signed", String.valueOf(stage.signed()));
            if (!"SUPERSEDED".equals(record.status()) && next.isPresent() && next.get().key().equals(stage.key())
                    && stage.roles().stream().anyMatch(myRoles::contains)) {
                Button sign = new Button(getTranslation("form.sign"), e -> {
                    try {
                        records.sign(record.id(), stage.key(), new FormRecordService.SignInput(record.version()));
                        Notification.show(getTranslation("form.signed")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                        reload(record.id());
                    } catch (InvalidInputException ex) {
                        Notification.show(ex.errors().stream().map(f -> f.message()).collect(Collectors.joining("；")))
                                .addThemeVariants(NotificationVariant.LUMO_ERROR);
                    } catch (EditConflictException | StateConflictException | AccessDeniedException ex) {
                        Notification.show(ex.getMessage()).addThemeVariants(NotificationVariant.LUMO_ERROR);
                    }
                });
                sign.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
                sign.setId("form-sign-" + stage.key());
                row.add(sign);
            }
            chain.add(row);
        }
        return chain;
    }

    private void reload(long recordId) {
        removeAll();
        showRecord(records.get(recordId));
    }

    private void refused(FormRenderer renderer, InvalidInputException ex) {
        renderer.showErrors(ex.errors());
        Notification.show(getTranslation("form.refused", ex.errors().size()))
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private VerticalLayout title(String title, String ruleId, long caseId) {
        H2 heading = new H2(title);
        heading.setId("form-title");
        Span rule = new Span(ruleId);
        rule.getElement().getThemeList().add("badge contrast");
        Button back = new Button(getTranslation("form.backToCase"),
                e -> getUI().ifPresent(ui -> ui.navigate(CaseWorkspaceView.class, caseId)));
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        VerticalLayout header = new VerticalLayout(back, heading, rule);
        header.setPadding(false);
        return header;
    }
}
