package tw.huixiao.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.theme.lumo.LumoUtility;

/**
 * A dialog that asks why before a serious step (a module's rollback, a filing returned to its
 * school): a reason box whose service errors land on it, an optional note under it, cancel and a
 * red send button. Ids follow the prefix: {@code <prefix>-dialog}, {@code -reason}, {@code -send}.
 * The send action answers whether it is done; the dialog then closes.
 */
public final class ReasonDialog extends Dialog {

    /** What sending does with the reason; true when done (the dialog closes), false to stay open. */
    @FunctionalInterface
    public interface Send {
        boolean send(String reason, FieldErrors errors);
    }

    private final TextArea reason;
    private final FieldErrors errors;
    private final Button send;

    /**
     * @param errorKey the service's error key for the reason ({@code fields.<key>})
     * @param sendLabel the send button's words (the step's name)
     */
    public ReasonDialog(String idPrefix, String title, String reasonLabel, String errorKey, String sendLabel,
                        Send action) {
        setId(idPrefix + "-dialog");
        setHeaderTitle(title);
        setWidth("calc(100vw - 2em)");
        setMaxWidth("32em");
        reason = new TextArea(reasonLabel);
        reason.setId(idPrefix + "-reason");
        reason.setWidthFull();
        // The service's answer is the only validation: the field's own (armed by a maximum length) would
        // run on the blur that clicking send causes and could clear the service's words after they landed.
        reason.setManualValidation(true);
        errors = new FieldErrors().on(errorKey, reason);
        send = new Button(sendLabel, e -> {
            if (action.send(reason.getValue(), errors)) {
                close();
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        send.setId(idPrefix + "-send");
        Button cancel = new Button(getTranslation("today.cancel"), e -> close());
        add(reason);
        getFooter().add(cancel, send);
    }

    /** The most characters the service takes. */
    public ReasonDialog maxLength(int characters) {
        reason.setMaxLength(characters);
        return this;
    }

    /** A short note under the reason: what the step does. */
    public ReasonDialog note(String text) {
        Paragraph note = new Paragraph(text);
        note.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        add(note);
        return this;
    }
}
