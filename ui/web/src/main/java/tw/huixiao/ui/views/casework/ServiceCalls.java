package tw.huixiao.ui.views.casework;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.function.Consumer;
import java.util.function.Supplier;
import tw.huixiao.platform.application.AccessDeniedException;
import tw.huixiao.platform.application.EditConflictException;
import tw.huixiao.platform.application.InvalidInputException;
import tw.huixiao.platform.application.RecordNotFoundException;
import tw.huixiao.platform.application.RuleRefusedException;
import tw.huixiao.platform.application.StateConflictException;
import tw.huixiao.ui.PlatformText;

/**
 * The presenter's side of a {@link ServiceForm}: call the service with the form's value, and
 * show its answer in words — field errors on their fields, a county rule's refusal with the rule
 * id and earliest date, a state conflict or refusal next to the button; a stale version (someone
 * changed the record meanwhile) or a record gone reloads the workspace with a notice.
 */
final class ServiceCalls {

    private ServiceCalls() {
    }

    static <R> void submit(ServiceForm<?> form, Supplier<R> call, Consumer<R> done, Runnable reload) {
        try {
            done.accept(call.get());
        } catch (InvalidInputException e) {
            form.showErrors(e.errors());
        } catch (RuleRefusedException e) {
            form.showRefusal(e.ruleId(), PlatformText.of(e.getMessage()), e.earliestOn());
        } catch (StateConflictException | AccessDeniedException e) {
            form.showMessage(PlatformText.of(e.getMessage()));
        } catch (EditConflictException e) {
            notice(form.getTranslation("casework.stale"));
            reload.run();
        } catch (RecordNotFoundException e) {
            notice(form.getTranslation("casework.gone"));
            reload.run();
        }
    }

    static void saved(ServiceForm<?> form) {
        Notification.show(form.getTranslation("casework.saved"), 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private static void notice(String text) {
        Notification.show(text, 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_CONTRAST);
    }
}
