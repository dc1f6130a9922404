package tw.huixiao.ui.views.casework;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tw.huixiao.platform.application.InvalidInputException.FieldError;
import tw.huixiao.ui.PlatformText;
import tw.huixiao.ui.RocDates;

/**
 * A form of the case workspace (flow-crm-tutorial style): it collects a value and fires a
 * {@link SubmitEvent}; the panel that listens calls the service and hands the answer back —
 * errors on their fields ({@code fields.<key>}, matched on the longest known prefix of the key),
 * a refusal under a county rule with its rule id (and the earliest date, for closure), or a
 * message. The form itself never validates: the services answer.
 */
public abstract class ServiceForm<T> extends VerticalLayout {

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private final FormLayout layout = new FormLayout();
    private final Div answer = new Div();
    private final Button submit;

    /** Subclasses name the button with {@link #setSubmitLabel} once their translations are at hand. */
    protected ServiceForm(String id) {
        setId(id);
        setPadding(false);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 2));
        answer.setId(id + "-answer");
        answer.setWidthFull();
        submit = new Button("", e -> {
            clearAnswer();
            fireEvent(new SubmitEvent<>(this, value()));
        });
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setId(id + "-submit");
        add(layout, answer, submit);
    }

    /** The value as the user entered it; the service checks it. */
    protected abstract T value();

    /** Adds a field whose service errors arrive under {@code key} (and keys below it). */
    protected <C extends Component & HasValidation> C field(String key, C component) {
        register(key, component);
        layout.add(component);
        return component;
    }

    /** Names the field of a key for a component placed by the subclass (e.g. in a row of a table). */
    protected void register(String key, HasValidation component) {
        fields.put(key, component);
    }

    /** Adds a component without errors of its own (a heading, a row of fields). */
    protected void addToForm(Component component) {
        layout.add(component);
    }

    /** Lets a component span the form's width. */
    protected void wide(Component component) {
        layout.setColspan(component, 2);
    }

    /** The service's field errors: each on its field; those of no field above the button. */
    public void showErrors(List<FieldError> errors) {
        List<String> unplaced = new ArrayList<>();
        for (FieldError error : errors) {
            HasValidation target = fieldFor(error.field());
            if (target == null) {
                unplaced.add(PlatformText.of(error.message()));
            } else {
                target.setErrorMessage(PlatformText.of(error.message()));
                target.setInvalid(true);
            }
        }
        if (!unplaced.isEmpty()) {
            showMessage(String.join("；", unplaced));
        }
    }

    /** A county rule refused the change: its rule id, why, and when it will be possible. */
    public void showRefusal(String ruleId, String message, LocalDate earliestOn) {
        clearAnswer();
        Span rule = new Span(ruleId);
        rule.getElement().getThemeList().add("badge error");
        rule.addClassName("refusal-rule");
        Div text = new Div(new Span(message));
        if (earliestOn != null) {
            Span earliest = new Span(getTranslation("casework.earliestOn", RocDates.format(earliestOn)));
            earliest.addClassNames(LumoUtility.FontWeight.SEMIBOLD, "refusal-earliest");
            text.add(new Div(earliest));
        }
        Div refusal = new Div(rule, text);
        refusal.addClassNames(LumoUtility.TextColor.ERROR, LumoUtility.Display.FLEX, LumoUtility.AlignItems.START,
                LumoUtility.Gap.SMALL);
        refusal.getElement().setAttribute("data-rule", ruleId);
        refusal.addClassName("refusal");
        answer.add(refusal);
    }

    public void showMessage(String message) {
        Span text = new Span(message);
        text.addClassNames(LumoUtility.TextColor.ERROR, "form-message");
        answer.add(new Div(text));
    }

    protected void setSubmitLabel(String label) {
        submit.setText(label);
    }

    private void clearAnswer() {
        answer.removeAll();
        fields.values().forEach(f -> f.setInvalid(false));
    }

    /** The field registered under the key, or under its nearest parent: {@code decisions[0].dueOn} → {@code decisions}. */
    private HasValidation fieldFor(String key) {
        for (String k = key; !k.isEmpty(); k = parent(k)) {
            if (fields.containsKey(k)) {
                return fields.get(k);
            }
        }
        return null;
    }

    private static String parent(String key) {
        int cut = Math.max(key.lastIndexOf('.'), key.lastIndexOf('['));
        return cut < 0 ? "" : key.substring(0, cut);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public Registration addSubmitListener(ComponentEventListener<SubmitEvent<T>> listener) {
        return addListener(SubmitEvent.class, (ComponentEventListener) listener);
    }

    /** The user submitted the form with this value. */
    public static class SubmitEvent<T> extends ComponentEvent<ServiceForm<T>> {

        private final T value;

        SubmitEvent(ServiceForm<T> source, T value) {
            super(source, false);
            this.value = value;
        }

        public T value() {
            return value;
        }
    }
}
