package tw.huixiao.ui.views.casework;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import tw.huixiao.platform.application.InvalidInputException.FieldError;
import tw.huixiao.platform.application.casework.ReferralInputs;
import tw.huixiao.platform.application.forms.FormPrefillService.Prefilled;
import tw.huixiao.policy.spi.casework.Agency;
import tw.huixiao.ui.RocDatePicker;
import tw.huixiao.ui.forms.FormRenderer;

/**
 * A referral drafted to an agency of the case's module directory (per-district agencies named
 * after the school's district), with the reason and — if already given — the guardian's consent.
 * When the module has a form serving the agency's rule (Yunlin 教育處 → 附表三 with the behaviour
 * codes A–L, YL-REF-DROPOUT), the draft carries it, drawn by the generic {@link FormRenderer} and
 * started from what the module prefills from the case; its errors ({@code form.fields.<key>}) land
 * on its fields.
 */
class ReferralDraftForm extends ServiceForm<ReferralInputs.Draft> {

    private static final String FORM_ERRORS = "form.";
    private static final String NO_FORM = "";

    private final ComboBox<Agency> agency = new ComboBox<>();
    private final TextArea reason = new TextArea();
    private final TextField consentBy = new TextField();
    private final DatePicker consentOn = new RocDatePicker();
    private final RadioButtonGroup<String> carried = new RadioButtonGroup<>();
    private final Div formHolder = new Div();
    private final Function<Agency, List<Prefilled>> formsFor;
    private final boolean english;
    private Map<String, Prefilled> forms = Map.of();
    private FormRenderer renderer;

    /** {@code formsFor}: the forms a referral to the agency may carry (the service's answer), prefilled from the case. */
    ReferralDraftForm(List<Agency> directory, String district, Function<Agency, List<Prefilled>> formsFor,
                      boolean english) {
        super("referral-form");
        this.formsFor = formsFor;
        this.english = english;
        agency.setLabel(getTranslation("casework.referral.agency"));
        agency.setItems(directory);
        agency.setItemLabelGenerator(a -> CaseworkText.label(a.nameIn(district))
                + (a.guardianConsentRequired() ? getTranslation("casework.referral.consentNeeded") : ""));
        agency.setId("referral-agency");
        reason.setLabel(getTranslation("casework.referral.reason"));
        reason.setMaxLength(2000);
        reason.setId("referral-reason");
        consentBy.setLabel(getTranslation("casework.referral.consentBy"));
        consentBy.setId("referral-consent-by");
        consentOn.setLabel(getTranslation("casework.referral.consentOn"));
        consentOn.setId("referral-consent-on");
        carried.setLabel(getTranslation("casework.referral.form"));
        carried.setItemLabelGenerator(id -> id.equals(NO_FORM) ? getTranslation("casework.referral.form.none")
                : english ? forms.get(id).form().title().en() : forms.get(id).form().title().zhTw());
        carried.setId("referral-carried");
        carried.setVisible(false);
        formHolder.setId("referral-carried-form");
        formHolder.setWidthFull();
        wide(field("agencyId", agency));
        wide(field("reason", reason));
        field("consent.givenBy", consentBy);
        field("consent.givenOn", consentOn);
        wide(field("form", carried));
        addToForm(formHolder);
        wide(formHolder);
        agency.addValueChangeListener(e -> offerForms(e.getValue()));
        carried.addValueChangeListener(e -> drawForm(e.getValue()));
        setSubmitLabel(getTranslation("casework.referral.submit"));
    }

    /** The agency's forms to carry; the first is carried unless the user says otherwise. */
    private void offerForms(Agency chosen) {
        forms = chosen == null ? Map.of() : formsFor.apply(chosen).stream()
                .collect(Collectors.toMap(p -> p.form().id(), p -> p, (a, b) -> a, LinkedHashMap::new));
        List<String> choices = new ArrayList<>(forms.keySet());
        carried.setVisible(!choices.isEmpty());
        if (!choices.isEmpty()) {
            choices.add(NO_FORM);
        }
        carried.setItems(choices);
        carried.setValue(choices.isEmpty() ? null : choices.get(0));
        drawForm(carried.getValue());
    }

    private void drawForm(String formId) {
        formHolder.removeAll();
        renderer = formId == null || formId.equals(NO_FORM) ? null : new FormRenderer(forms.get(formId).form(), english);
        if (renderer != null) {
            renderer.read(forms.get(formId).data());
            formHolder.add(renderer);
        }
    }

    /** The carried form's errors ({@code form.fields.<key>}) on its own fields, the rest as usual. */
    @Override
    public void showErrors(List<FieldError> errors) {
        List<FieldError> ofForm = errors.stream().filter(e -> e.field().startsWith(FORM_ERRORS + "fields."))
                .map(e -> new FieldError(e.field().substring(FORM_ERRORS.length()), e.message())).toList();
        if (renderer != null && !ofForm.isEmpty()) {
            renderer.showErrors(ofForm);
            showMessage(getTranslation("form.refused", ofForm.size()));
        }
        super.showErrors(errors.stream().filter(e -> renderer == null || !e.field().startsWith(FORM_ERRORS + "fields."))
                .toList());
    }

    @Override
    protected ReferralInputs.Draft value() {
        boolean consent = !consentBy.isEmpty() || consentOn.getValue() != null;
        return new ReferralInputs.Draft(agency.getValue() == null ? null : agency.getValue().id(), reason.getValue(),
                consent ? new ReferralInputs.Consent(consentBy.getValue(), consentOn.getValue(), null) : null,
                renderer == null ? null : new ReferralInputs.CarriedForm(carried.getValue(), renderer.value()));
    }
}
