package tw.huixiao.ui.views.casework;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;

/** A {@link ServiceForm} in a dialog with a cancel button; the panel closes it when the service accepts. */
final class FormDialog {

    private FormDialog() {
    }

    static Dialog open(String title, ServiceForm<?> form) {
        Dialog dialog = new Dialog(form);
        dialog.setHeaderTitle(title);
        dialog.setWidth("min(52em, 96vw)");
        Button cancel = new Button(form.getTranslation("casework.cancel"), e -> dialog.close());
        cancel.setId(form.getId().orElse("form") + "-cancel");
        dialog.getFooter().add(cancel);
        dialog.open();
        return dialog;
    }
}
