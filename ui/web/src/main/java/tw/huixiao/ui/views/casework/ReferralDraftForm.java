package tw.huixiao.ui.views.casework;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import tw.huixiao.platform.application.casework.ReferralInputs;
import tw.huixiao.policy.spi.casework.Agency;

/**
 * A referral drafted to an agency of the case's module directory (per-district agencies named
 * after the school's district), with the reason and — if already given — the guardian's consent.
 */
class ReferralDraftForm extends ServiceForm<ReferralInputs.Draft> {

    private final ComboBox<Agency> agency = new ComboBox<>();
    private final TextArea reason = new TextArea();
    private final TextField consentBy = new TextField();
    private final DatePicker consentOn = new DatePicker();

    ReferralDraftForm(List<Agency> directory, String district) {
        super("referral-form");
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
        wide(field("agencyId", agency));
        wide(field("reason", reason));
        field("consent.givenBy", consentBy);
        field("consent.givenOn", consentOn);
        setSubmitLabel(getTranslation("casework.referral.submit"));
    }

    @Override
    protected ReferralInputs.Draft value() {
        boolean consent = !consentBy.isEmpty() || consentOn.getValue() != null;
        return new ReferralInputs.Draft(agency.getValue() == null ? null : agency.getValue().id(), reason.getValue(),
                consent ? new ReferralInputs.Consent(consentBy.getValue(), consentOn.getValue(), null) : null, null);
    }
}
