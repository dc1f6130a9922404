package tw.huixiao.ui.forms;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tw.huixiao.platform.application.InvalidInputException.FieldError;
import tw.huixiao.policy.spi.LocalizedText;
import tw.huixiao.policy.spi.form.Field;
import tw.huixiao.policy.spi.form.FieldType;
import tw.huixiao.policy.spi.form.FormDefinition;
import tw.huixiao.policy.spi.form.Option;
import tw.huixiao.policy.spi.form.Section;
import tw.huixiao.ui.PlatformText;
import tw.huixiao.ui.RocDatePicker;

/**
 * Any county module's form definition as a Vaadin form: sections, every field type (text,
 * long text, date, number, yes/no, single and multiple choice with "其他：＿＿", people,
 * signatures, repeating tables), bound with one {@code Binder<Map<String, Object>>}. It only
 * collects values and shows the server's errors per field: validation is the platform's
 * (FormValidator), so the UI and the API refuse the same things. No form is coded per county.
 */
public class FormRenderer extends VerticalLayout {

    private static final Pattern ERROR_FIELD = Pattern.compile("fields\\.([A-Za-z0-9]+)(?:\\[(\\d+)])?(?:\\.(\\w+))?");

    private final FormDefinition form;
    private final boolean english;
    private final Binder<Map<String, Object>> binder = new Binder<>();
    private final Map<String, HasValidation> components = new LinkedHashMap<>();
    private Map<String, Object> bean = new HashMap<>();

    public FormRenderer(FormDefinition form, boolean english) {
        this.form = form;
        this.english = english;
        setPadding(false);
        for (Section section : form.sections()) {
            add(new H3(text(section.title())));
            FormLayout layout = new FormLayout();
            layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("700px", 2));
            for (Field field : section.fields()) {
                Component component = component(field);
                bind(field, component);
                layout.add(component);
                if (field.type() == FieldType.LONG_TEXT || field.type() == FieldType.TABLE
                        || field.type() == FieldType.MULTI_CHOICE) {
                    layout.setColspan(component, 2);
                }
            }
            add(layout);
        }
        binder.setBean(bean);
    }

    /** Shows a record's data. */
    public void read(JsonObject data) {
        bean = new HashMap<>(FormJson.toValues(form.fields().toList(), data));
        binder.setBean(bean);
    }

    /** The values as the platform's form records hold them. */
    public JsonObject value() {
        return FormJson.toJson(form.fields().toList(), bean);
    }

    /** Runs on every edit of a field (the editor warns before its unsaved edits are left behind). */
    public void addChangeListener(Runnable listener) {
        binder.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                listener.run();
            }
        });
    }

    /** Fields of signed stages cannot change. */
    public void lock(Set<String> fieldKeys) {
        fieldKeys.forEach(k -> {
            if (components.get(k) instanceof HasValue<?, ?> v) {
                v.setReadOnly(true);
            }
        });
    }

    public void setAllReadOnly(boolean readOnly) {
        binder.setReadOnly(readOnly);
    }

    /** The server's errors, each on its field ("fields.key", "fields.table[row].column"). */
    public void showErrors(List<FieldError> errors) {
        components.values().forEach(c -> c.setInvalid(false));
        Map<String, List<String>> byField = new LinkedHashMap<>();
        for (FieldError error : errors) {
            Matcher m = ERROR_FIELD.matcher(error.field());
            if (m.matches() && components.containsKey(m.group(1))) {
                String prefix = m.group(2) == null ? "" : getTranslation("form.row", Integer.parseInt(m.group(2)) + 1);
                byField.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(prefix + PlatformText.of(error.message()));
            }
        }
        byField.forEach((key, messages) -> {
            HasValidation c = components.get(key);
            c.setErrorMessage(String.join("；", messages));
            c.setInvalid(true);
        });
    }

    private String text(LocalizedText t) {
        return english ? t.en() : t.zhTw();
    }

    private String label(Field field) {
        return text(field.label()) + (field.required() ? " *" : "");
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void bind(Field field, Component component) {
        String key = field.key();
        binder.forField((HasValue) component).bind(m -> ((Map<String, Object>) m).get(key),
                (m, v) -> {
                    if (v == null) {
                        ((Map<String, Object>) m).remove(key);
                    } else {
                        ((Map<String, Object>) m).put(key, v);
                    }
                });
        components.put(key, (HasValidation) component);
        component.getElement().setAttribute("data-field", key);
    }

    private Component component(Field field) {
        String label = label(field);
        return switch (field.type()) {
            case TEXT, PERSON, SIGNATURE -> {
                TextField t = new TextField(label);
                t.setWidthFull();
                yield t;
            }
            case LONG_TEXT -> {
                TextArea t = new TextArea(label);
                t.setWidthFull();
                yield t;
            }
            case DATE -> new RocDatePicker(label);
            case NUMBER -> new NumberField(label);
            case YES_NO -> {
                RadioButtonGroup<Boolean> yesNo = new RadioButtonGroup<>(label);
                yesNo.setItems(Boolean.TRUE, Boolean.FALSE);
                yesNo.setItemLabelGenerator(b -> getTranslation(b ? "yes" : "no"));
                yield yesNo;
            }
            case SINGLE_CHOICE -> new ChoiceField(label, field.options());
            case MULTI_CHOICE -> new ChoicesField(label, field.options());
            case TABLE -> new TableField(label, field.columns());
        };
    }

    /** One option, with the text box the "其他" option asks for. */
    private final class ChoiceField extends CustomField<Choice> {
        private final RadioButtonGroup<Option> options = new RadioButtonGroup<>();
        private final TextField other = new TextField();

        ChoiceField(String label, List<Option> choices) {
            setLabel(label);
            options.setItems(choices);
            options.setItemLabelGenerator(o -> text(o.label()));
            other.setPlaceholder(getTranslation("form.other.placeholder"));
            other.setVisible(false);
            options.addValueChangeListener(e -> other.setVisible(e.getValue() != null && e.getValue().asksForText()));
            add(compact(options, other));
        }

        @Override
        protected Choice generateModelValue() {
            Option o = options.getValue();
            return o == null ? null : new Choice(o.code(), o.asksForText() ? other.getValue() : null);
        }

        @Override
        protected void setPresentationValue(Choice value) {
            options.setValue(value == null ? null : options.getListDataView().getItems()
                    .filter(o -> o.code().equals(value.code())).findFirst().orElse(null));
            other.setValue(value == null || value.text() == null ? "" : value.text());
        }
    }

    /** Several options, with the text box the "其他" option asks for. */
    private final class ChoicesField extends CustomField<List<Choice>> {
        private final CheckboxGroup<Option> options = new CheckboxGroup<>();
        private final TextField other = new TextField();

        ChoicesField(String label, List<Option> choices) {
            setLabel(label);
            options.setItems(choices);
            options.setItemLabelGenerator(o -> text(o.label()));
            other.setPlaceholder(getTranslation("form.other.placeholder"));
            other.setVisible(false);
            options.addValueChangeListener(e -> other.setVisible(e.getValue().stream().anyMatch(Option::asksForText)));
            add(compact(options, other));
        }

        @Override
        protected List<Choice> generateModelValue() {
            return options.getValue().stream()
                    .map(o -> new Choice(o.code(), o.asksForText() ? other.getValue() : null)).toList();
        }

        @Override
        protected void setPresentationValue(List<Choice> value) {
            Set<Option> chosen = new LinkedHashSet<>();
            String text = "";
            for (Choice c : value == null ? List.<Choice>of() : value) {
                options.getListDataView().getItems().filter(o -> o.code().equals(c.code())).findFirst()
                        .ifPresent(chosen::add);
                if (c.text() != null) {
                    text = c.text();
                }
            }
            options.setValue(chosen);
            other.setValue(text);
        }
    }

    /** A repeating table: one line of column fields per row, rows added and removed by the user. */
    private final class TableField extends CustomField<List<Map<String, Object>>> {
        private final List<Field> columns;
        private final VerticalLayout rows = new VerticalLayout();
        private final List<Map<String, HasValue<?, ?>>> rowFields = new ArrayList<>();

        TableField(String label, List<Field> columns) {
            this.columns = columns;
            setLabel(label);
            rows.setPadding(false);
            Button add = new Button(getTranslation("form.row.add"), VaadinIcon.PLUS.create(), e -> {
                addRow(Map.of());
                updateValue();
            });
            add.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            add.addClassName("table-add-row");
            add(compact(rows, add));
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        private void addRow(Map<String, Object> values) {
            Map<String, HasValue<?, ?>> fields = new LinkedHashMap<>();
            HorizontalLayout line = new HorizontalLayout();
            line.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            for (Field column : columns) {
                Component c = component(column);
                HasValue value = (HasValue) c;
                if (values.get(column.key()) != null) {
                    value.setValue(values.get(column.key()));
                }
                value.addValueChangeListener(e -> updateValue());
                fields.put(column.key(), value);
                line.add(c);
            }
            Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
                rowFields.remove(fields);
                rows.remove(line);
                updateValue();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.getElement().setAttribute("aria-label", getTranslation("form.row.remove"));
            line.add(remove);
            rowFields.add(fields);
            rows.add(line);
        }

        @Override
        protected List<Map<String, Object>> generateModelValue() {
            List<Map<String, Object>> out = new ArrayList<>();
            for (Map<String, HasValue<?, ?>> row : rowFields) {
                Map<String, Object> values = new HashMap<>();
                row.forEach((k, v) -> {
                    if (!v.isEmpty()) {
                        values.put(k, v.getValue());
                    }
                });
                out.add(values);
            }
            return out;
        }

        @Override
        protected void setPresentationValue(List<Map<String, Object>> value) {
            rows.removeAll();
            rowFields.clear();
            (value == null ? List.<Map<String, Object>>of() : value).forEach(this::addRow);
        }
    }

    private static VerticalLayout compact(Component... children) {
        VerticalLayout layout = new VerticalLayout(children);
        layout.setPadding(false);
        layout.setSpacing(false);
        return layout;
    }
}
