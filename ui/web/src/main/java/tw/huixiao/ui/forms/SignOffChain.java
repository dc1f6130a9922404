package tw.huixiao.ui.forms;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import tw.huixiao.platform.application.AccessDeniedException;
import tw.huixiao.platform.application.EditConflictException;
import tw.huixiao.platform.application.InvalidInputException;
import tw.huixiao.platform.application.StateConflictException;
import tw.huixiao.platform.application.forms.FormRecordService;
import tw.huixiao.platform.application.forms.FormRecordView;
import tw.huixiao.ui.PlatformText;
import tw.huixiao.ui.RocDates;

/**
 * A form record's sign-off chain (核章流程): each stage with who signed it and when, and for the
 * next stage a button for a user holding one of its roles. Signing goes through
 * {@link FormRecordService#sign}, which enforces the order and the roles; its refusals are shown
 * as they come. Used by the form editor and the Yunlin roster.
 */
public class SignOffChain extends VerticalLayout {

    private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    /**
     * @param myRoles the caller's role names
     * @param signed  runs after a stage was signed (the view reloads the record)
     */
    public SignOffChain(FormRecordView record, Set<String> myRoles, boolean english, FormRecordService records,
                        Runnable signed) {
        setPadding(false);
        setId("form-stages");
        add(new Span(getTranslation("form.signOff")));
        boolean current = !"SUPERSEDED".equals(record.status());
        Optional<FormRecordView.Stage> next = record.stages().stream().filter(s -> !s.signed()).findFirst();
        for (FormRecordView.Stage stage : record.stages()) {
            String who = stage.signed()
                    ? getTranslation("form.signedBy", stage.signedByName(), RocDates.compact(
                            stage.signedAt().atZone(TAIPEI).toLocalDate()) + " " + TIME.format(stage.signedAt()
                            .atZone(TAIPEI)))
                    : getTranslation("form.unsigned");
            Span line = new Span((english ? stage.titleEn() : stage.titleZhTw()) + "：" + who);
            line.addClassName(stage.signed() ? LumoUtility.TextColor.SUCCESS : LumoUtility.TextColor.SECONDARY);
            HorizontalLayout row = new HorizontalLayout(line);
            row.addClassName("form-stage");
            row.getElement().setAttribute("data-stage", stage.key());
            row.getElement().setAttribute("data-signed", String.valueOf(stage.signed()));
            if (current && next.isPresent() && next.get().key().equals(stage.key())
                    && stage.roles().stream().anyMatch(myRoles::contains)) {
                String stageTitle = english ? stage.titleEn() : stage.titleZhTw();
                Button sign = new Button(getTranslation("form.sign"), e -> confirm(stageTitle,
                        () -> sign(records, record, stage, signed)));
                sign.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
                sign.setId("form-sign-" + stage.key());
                row.add(sign);
            }
            add(row);
        }
    }

    /** A signature locks the stage's fields: asked once more before it is given. */
    private void confirm(String stageTitle, Runnable sign) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("form.sign.confirm.title"));
        confirm.setText(getTranslation("form.sign.confirm.text", stageTitle));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("today.cancel"));
        confirm.setConfirmText(getTranslation("form.sign.confirm.ok"));
        confirm.setId("form-sign-confirm");
        confirm.addConfirmListener(e -> sign.run());
        confirm.open();
    }

    private void sign(FormRecordService records, FormRecordView record, FormRecordView.Stage stage, Runnable signed) {
        try {
            records.sign(record.id(), stage.key(), new FormRecordService.SignInput(record.version()));
            Notification.show(getTranslation("form.signed")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            signed.run();
        } catch (InvalidInputException ex) {
            Notification.show(ex.errors().stream().map(f -> PlatformText.of(f.message()))
                    .collect(Collectors.joining("；"))).addThemeVariants(NotificationVariant.LUMO_ERROR);
        } catch (EditConflictException | StateConflictException | AccessDeniedException ex) {
            Notification.show(PlatformText.of(ex.getMessage())).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }
}
