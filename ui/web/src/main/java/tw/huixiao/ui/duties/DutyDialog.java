package tw.huixiao.ui.duties;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.StreamResource;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import tw.huixiao.platform.application.AccessDeniedException;
import tw.huixiao.platform.application.EditConflictException;
import tw.huixiao.platform.application.InvalidInputException;
import tw.huixiao.platform.application.RecordNotFoundException;
import tw.huixiao.platform.application.StateConflictException;
import tw.huixiao.platform.application.documents.DocumentService;
import tw.huixiao.platform.application.documents.DocumentsUnavailableException;
import tw.huixiao.platform.application.escalation.TaskService;
import tw.huixiao.platform.application.forms.FormRecordView;
import tw.huixiao.platform.domain.escalation.TaskView;
import tw.huixiao.policy.spi.document.DispatchMethod;
import tw.huixiao.ui.PlatformText;
import tw.huixiao.ui.RocDatePicker;
import tw.huixiao.ui.FieldErrors;
import tw.huixiao.ui.RocDates;

/**
 * One duty's completion, by what its step produces ({@link DutyPath}):
 * <ul>
 *   <li>a form — fill a new record in the form editor (prefilled from the case; saving it completes
 *       the duty) or attach a record of that form the case already has;</li>
 *   <li>a document — issue it (the next 發文字號, the PDF to print) and record its sending (method as
 *       the module allows, registered-mail number, date), which completes the duty;</li>
 *   <li>neither — a note of what was done, required: it is the duty's record.</li>
 * </ul>
 * "此項不適用" stays possible on every path, with its reason.
 */
class DutyDialog extends Dialog {

    private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");

    private final DutyActions actions;
    private final TaskView task;
    private final String returnTo;
    private final Runnable done;
    private final Span error = new Span();

    DutyDialog(DutyActions actions, TaskView task, DutyPath path, String returnTo, Runnable done) {
        this.actions = actions;
        this.task = task;
        this.returnTo = returnTo;
        this.done = done;
        setId("duty-dialog");
        setHeaderTitle(task.studentName() + " · " + task.ruleId());
        setMaxWidth("40em");
        setWidth("calc(100vw - 2em)");
        Paragraph duty = new Paragraph(actions.english() ? task.dutyEn() : task.dutyZh());
        duty.addClassNames(LumoUtility.FontWeight.SEMIBOLD, LumoUtility.Margin.Top.NONE);
        error.addClassName(LumoUtility.TextColor.ERROR);
        error.setId("task-error");
        VerticalLayout body = new VerticalLayout(duty);
        body.setPadding(false);
        actions.expectedFiling(task).ifPresent(filed -> {
            Span bureau = new Span(filed);
            bureau.getElement().getThemeList().add("badge contrast");
            bureau.setId("duty-files-with-bureau");
            body.add(bureau);
        });
        if (path instanceof DutyPath.Form f) {
            body.add(form(f));
        } else if (path instanceof DutyPath.Document d) {
            body.add(document(d));
        } else {
            body.add(note());
        }
        body.add(error, notApplicable());
        add(body);
        Button cancel = new Button(getTranslation("today.cancel"), e -> close());
        cancel.setId("duty-cancel");
        getFooter().add(cancel);
    }

    // ---- a form --------------------------------------------------------------------------------

    private Component form(DutyPath.Form path) {
        String title = actions.english() ? path.form().title().en() : path.form().title().zhTw();
        VerticalLayout section = section(new Paragraph(getTranslation("duty.form.explain", title)));
        Button fill = new Button(getTranslation("duty.form.fill", title), e -> {
            // Navigate before closing: a closed dialog is no longer attached to the UI.
            UI.getCurrent().navigate("form", DutyActions.formEditorFor(task, path.form().id(), returnTo));
            close();
        });
        fill.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        fill.setId("duty-fill-form");
        section.add(fill);
        List<FormRecordView.Summary> kept = task.caseId() == null ? List.of() : actions.records.ofCase(task.caseId()).stream()
                .filter(r -> r.formId().equals(path.form().id()) && !"SUPERSEDED".equals(r.status())).toList();
        if (!kept.isEmpty()) {
            section.add(new Span(getTranslation("duty.form.attachExisting")));
        }
        for (FormRecordView.Summary r : kept) {
            Button attach = new Button(getTranslation("duty.form.attach", title, r.revision(),
                    getTranslation("form.status." + r.status()),
                    RocDates.compact(r.updatedAt().atZone(TAIPEI).toLocalDate())), e -> recorded(() ->
                    actions.duties.completeWithRecord(task.id(), task.version(), r.id())));
            attach.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            attach.setId("duty-attach-" + r.id());
            section.add(attach);
        }
        return section;
    }

    // ---- a document ----------------------------------------------------------------------------

    private Component document(DutyPath.Document path) {
        String kind = path.document().kind();
        String title = actions.english() ? path.document().title().en() : path.document().title().zhTw();
        if (!actions.issuesDocuments()) {
            return section(new Paragraph(getTranslation("duty.document.officesOnly", title)));
        }
        DocumentService.Documents listed = actions.documents.list(task.caseId());
        DocumentService.Available available = listed.available().stream().filter(a -> a.kind().equals(kind))
                .findFirst().orElse(null);
        if (available == null || !available.applies()) {
            // The module's condition excludes this case (e.g. a letter for a student not yet back):
            // what was done instead is the note.
            VerticalLayout section = section(new Paragraph(getTranslation("duty.document.doesNotApply", title)));
            section.add(note());
            return section;
        }
        VerticalLayout section = section(new Paragraph(getTranslation("duty.document.explain", title)));
        ComboBox<String> reference = new ComboBox<>(getTranslation("duty.document.reference"));
        List<String> issued = new ArrayList<>(listed.issued().stream().filter(i -> i.kind().equals(kind))
                .map(i -> i.referenceNumber()).toList());
        reference.setItems(issued);
        reference.setId("duty-reference");
        reference.setWidthFull();
        if (!issued.isEmpty()) {
            reference.setValue(issued.get(issued.size() - 1));
        }
        VerticalLayout pdfs = new VerticalLayout();
        pdfs.setPadding(false);
        pdfs.setSpacing(false);
        Button issue = new Button(getTranslation(issued.isEmpty() ? "duty.document.issue" : "duty.document.issueAgain",
                title), e -> {
            error.setText("");
            try {
                DocumentService.Generated generated = actions.documents.generate(task.caseId(), kind);
                issued.add(generated.referenceNumber());
                reference.setItems(issued);
                reference.setValue(generated.referenceNumber());
                byte[] pdf = generated.pdf();
                // The PDF issued here, served from this session: opening it does not issue another number.
                Anchor open = new Anchor(new StreamResource(kind + "-" + generated.number() + ".pdf",
                        () -> new ByteArrayInputStream(pdf)), getTranslation("duty.document.openPdf",
                        generated.referenceNumber()));
                open.setTarget(AnchorTarget.BLANK);
                open.setId("duty-issued-pdf");
                pdfs.add(open);
            } catch (StateConflictException | DocumentsUnavailableException | AccessDeniedException ex) {
                error.setText(PlatformText.of(ex.getMessage()));
            }
        });
        issue.setId("duty-issue");
        Select<String> method = new Select<>();
        method.setLabel(getTranslation("duty.document.method"));
        method.setItems(available.dispatch());
        method.setItemLabelGenerator(m -> actions.english() ? DispatchMethod.valueOf(m).label().en()
                : DispatchMethod.valueOf(m).label().zhTw());
        method.setId("duty-method");
        TextField mailNumber = new TextField(getTranslation("duty.document.mailNumber"));
        mailNumber.setId("duty-mail-number");
        mailNumber.setMaxLength(32);
        method.addValueChangeListener(e -> mailNumber.setVisible(DispatchMethod.REGISTERED_MAIL.name().equals(e.getValue())));
        method.setValue(available.dispatch().contains(DispatchMethod.REGISTERED_MAIL.name())
                ? DispatchMethod.REGISTERED_MAIL.name() : available.dispatch().get(0));
        DatePicker sentOn = new RocDatePicker(getTranslation("duty.document.sentOn"));
        sentOn.setValue(LocalDate.now(actions.clock.withZone(TAIPEI)));
        sentOn.setMax(sentOn.getValue());
        sentOn.setId("duty-sent-on");
        TextArea note = new TextArea(getTranslation("duty.document.note"));
        note.setWidthFull();
        note.setMaxLength(2000);
        FieldErrors fields = new FieldErrors().on("method", method).on("sentOn", sentOn)
                .on("registeredMailNumber", mailNumber).on("note", note).on("referenceNumber", reference);
        Button sent = new Button(getTranslation("duty.document.recordSent"), e -> {
            error.setText("");
            fields.clear();
            if (reference.getValue() == null) {
                reference.setErrorMessage(getTranslation("duty.document.issueFirst"));
                reference.setInvalid(true);
                return;
            }
            try {
                actions.documents.markSent(task.caseId(), kind, new DocumentService.Sending(method.getValue(),
                        sentOn.getValue(), mailNumber.isVisible() ? mailNumber.getValue() : null, reference.getValue(),
                        note.getValue()));
                finished();
            } catch (InvalidInputException ex) {
                fields.show(ex);
            } catch (StateConflictException | EditConflictException | AccessDeniedException | RecordNotFoundException ex) {
                error.setText(PlatformText.of(ex.getMessage()));
            }
        });
        sent.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        sent.setId("duty-record-sent");
        section.add(issue, pdfs, reference, method, mailNumber, sentOn, note, sent);
        return section;
    }

    // ---- a note --------------------------------------------------------------------------------

    private Component note() {
        TextArea note = new TextArea(getTranslation("today.note"));
        note.setWidthFull();
        note.setMaxLength(2000);
        note.setId("task-note");
        VerticalLayout section = section();
        if (task.caseId() == null && task.produces() != null) {
            // A ladder's first days come before the case (中輟 is 3 days): no case keeps a form record yet.
            section.add(new Paragraph(getTranslation("duty.note.noCaseYet")));
        }
        Button save = new Button(getTranslation("today.save"), e -> {
            // The note is the duty's record: a duty done without saying what was done leaves none.
            if (note.getValue().isBlank()) {
                note.setErrorMessage(getTranslation("duty.note.required"));
                note.setInvalid(true);
                return;
            }
            recorded(() -> actions.tasks.complete(task.id(), new TaskService.Completion(note.getValue(), null, false,
                    task.version())));
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("task-save");
        section.add(note, save);
        return section;
    }

    // ---- not applicable ------------------------------------------------------------------------

    private Component notApplicable() {
        TextArea reason = new TextArea(getTranslation("duty.notApplicable.reason"));
        reason.setWidthFull();
        reason.setMaxLength(2000);
        reason.setId("duty-na-reason");
        Button mark = new Button(getTranslation("duty.notApplicable.mark"), e -> {
            if (reason.getValue().isBlank()) {
                reason.setErrorMessage(getTranslation("duty.notApplicable.required"));
                reason.setInvalid(true);
                return;
            }
            recorded(() -> actions.tasks.complete(task.id(), new TaskService.Completion(reason.getValue(), null, true,
                    task.version())));
        });
        mark.addThemeVariants(ButtonVariant.LUMO_ERROR);
        mark.setId("duty-na-save");
        Details details = new Details(getTranslation("duty.notApplicable"), new VerticalLayout(reason, mark));
        details.setId("duty-not-applicable");
        return details;
    }

    // ---- helpers -------------------------------------------------------------------------------

    private void recorded(Runnable write) {
        error.setText("");
        try {
            write.run();
            finished();
        } catch (InvalidInputException ex) {
            error.setText(ex.errors().stream().map(f -> PlatformText.of(f.message()))
                    .collect(Collectors.joining("；")));
        } catch (EditConflictException | StateConflictException ex) {
            error.setText(getTranslation("today.conflict"));
        } catch (AccessDeniedException | RecordNotFoundException ex) {
            error.setText(PlatformText.of(ex.getMessage()));
        }
    }

    private void finished() {
        close();
        Notification.show(getTranslation("today.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        done.run();
    }

    private static VerticalLayout section(Component... content) {
        VerticalLayout section = new VerticalLayout(content);
        section.setPadding(false);
        section.addClassName("duty-path");
        return section;
    }
}
