package tw.huixiao.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tw.huixiao.platform.application.InvalidInputException;
import tw.huixiao.platform.application.InvalidInputException.FieldError;

/**
 * A small form's fields by the service's error keys: the service's errors land on their fields
 * ({@code fields.<key>}); an error no field shows becomes a notification, so none is lost.
 */
public final class FieldErrors {

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    public FieldErrors on(String key, HasValidation field) {
        fields.put(key, field);
        return this;
    }

    public void clear() {
        fields.values().forEach(f -> f.setInvalid(false));
    }

    public void show(InvalidInputException refused) {
        clear();
        Map<String, List<String>> byField = new LinkedHashMap<>();
        List<String> elsewhere = new ArrayList<>();
        for (FieldError error : refused.errors()) {
            if (fields.containsKey(error.field())) {
                byField.computeIfAbsent(error.field(), k -> new ArrayList<>()).add(PlatformText.of(error.message()));
            } else {
                elsewhere.add(PlatformText.of(error.message()));
            }
        }
        byField.forEach((key, messages) -> {
            HasValidation field = fields.get(key);
            field.setErrorMessage(String.join("；", messages));
            field.setInvalid(true);
        });
        if (!elsewhere.isEmpty()) {
            Notification.show(String.join("；", elsewhere), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }
}
