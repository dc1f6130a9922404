package tw.huixiao.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.logging.Level;
import java.util.logging.Logger;
import tw.huixiao.platform.application.AccessDeniedException;
import tw.huixiao.platform.application.CallerProvider;
import tw.huixiao.platform.application.InvalidInputException;
import tw.huixiao.platform.application.RecordNotFoundException;
import tw.huixiao.ui.views.HomeView;
import tw.huixiao.ui.views.LoginView;

/**
 * Route-level access for every UI: not logged in → the login page; a view marked
 * {@link RolesAllowed} → only for callers holding one of those roles (others get "not found",
 * as the API answers). Services check again on every call, so the UI is never the only guard.
 */
@ApplicationScoped
public class UiAccessControl {

    private static final Logger LOG = Logger.getLogger(UiAccessControl.class.getName());

    @Inject
    CallerProvider callers;

    void onServiceInit(@Observes ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            ui.setLocale(UiLocale.current(ui.getSession()));
            ui.addBeforeEnterListener(this::checkAccess);
            ui.getSession().setErrorHandler(error -> showError(error.getThrowable()));
            // The connection indicator's own words ("Online", "Connection lost") in the user's language.
            ui.getPage().executeJs("const c = document.querySelector('vaadin-connection-indicator');"
                    + " if (c) { c.onlineText = $0; c.offlineText = $1; c.reconnectingText = $2; }",
                    ui.getTranslation("connection.online"), ui.getTranslation("connection.offline"),
                    ui.getTranslation("connection.reconnecting"));
        });
    }

    private void checkAccess(BeforeEnterEvent event) {
        boolean loggedIn = VaadinRequest.getCurrent() != null && VaadinRequest.getCurrent().getUserPrincipal() != null;
        Class<?> target = event.getNavigationTarget();
        if (target == LoginView.class) {
            if (loggedIn) {
                event.forwardTo(HomeView.class);
            }
            return;
        }
        // Pages opened before their user can log in (the set-password page of an invitation link).
        if (target.isAnnotationPresent(AnonymousAllowed.class)) {
            return;
        }
        if (!loggedIn) {
            // Back to this page after logging in (e.g. after the idle timeout ended the session).
            String here = event.getLocation().getPathWithQueryParameters();
            event.forwardTo("login", here.isEmpty() ? QueryParameters.empty()
                    : QueryParameters.of(LoginView.CONTINUE, "/" + here));
            return;
        }
        RolesAllowed allowed = target.getAnnotation(RolesAllowed.class);
        if (allowed != null && Arrays.stream(allowed.value())
                .noneMatch(role -> callers.get().roles().stream().anyMatch(r -> r.name().equals(role)))) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    /** Known failures become a readable message; anything else a generic one (details in the log). */
    static void showError(Throwable thrown) {
        UI ui = UI.getCurrent();
        if (ui == null) {
            LOG.log(Level.SEVERE, "UI error outside a UI", thrown);
            return;
        }
        String message = null;
        for (Throwable t = thrown; t != null && message == null; t = t.getCause()) {
            if (t instanceof InvalidInputException invalid) {
                message = ui.getTranslation("error.invalid", invalid.errors().stream()
                        .map(f -> PlatformText.of(f.message())).reduce((a, b) -> a + "；" + b).orElse(""));
            } else if (t instanceof AccessDeniedException denied) {
                message = PlatformText.of(denied.getMessage());
            } else if (t instanceof RecordNotFoundException) {
                message = ui.getTranslation("error.recordGone");
            }
        }
        if (message == null) {
            LOG.log(Level.SEVERE, "unexpected UI error", thrown);
            message = ui.getTranslation("error.unexpected");
        }
        String text = message;
        ui.access(() -> Notification.show(text, 6000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_ERROR));
    }
}
