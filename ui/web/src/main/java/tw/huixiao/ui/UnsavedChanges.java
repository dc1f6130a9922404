package tw.huixiao.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.router.BeforeLeaveEvent;

/**
 * No lost work: an editor marks its edits unsaved; leaving the view then asks first (a confirm
 * dialog on navigation inside the application, the browser's own prompt on reload, close or an
 * address typed). Saving — or choosing to leave — clears the mark.
 */
public final class UnsavedChanges {

    /** Installed once per page: asks before unloading while the flag is set. */
    private static final String INSTALL = "window.huixiaoUnsaved = $0;"
            + "if (!window.huixiaoUnsavedGuard) { window.huixiaoUnsavedGuard = true;"
            + " window.addEventListener('beforeunload', e => { if (window.huixiaoUnsaved) { e.preventDefault();"
            + " e.returnValue = ''; } }); }";

    private final Component owner;
    private boolean unsaved;

    public UnsavedChanges(Component owner) {
        this.owner = owner;
    }

    public boolean unsaved() {
        return unsaved;
    }

    public void changed() {
        if (!unsaved) {
            unsaved = true;
            owner.getElement().executeJs(INSTALL, true);
        }
    }

    public void saved() {
        unsaved = false;
        owner.getElement().executeJs(INSTALL, false);
    }

    /** Call from the view's {@code beforeLeave}: postpones the navigation and asks while edits are unsaved. */
    public void beforeLeave(BeforeLeaveEvent event) {
        if (!unsaved) {
            return;
        }
        BeforeLeaveEvent.ContinueNavigationAction leave = event.postpone();
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(owner.getTranslation("unsaved.title"));
        confirm.setText(owner.getTranslation("unsaved.text"));
        confirm.setCancelable(true);
        confirm.setCancelText(owner.getTranslation("unsaved.stay"));
        confirm.setConfirmText(owner.getTranslation("unsaved.leave"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.setId("unsaved-confirm");
        confirm.addConfirmListener(e -> {
            saved();
            leave.proceed();
        });
        confirm.open();
    }
}
