package tw.huixiao.ui.views.casework;

import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import tw.huixiao.platform.application.casework.CaseLifecycleService.TierInput;

/** The counselling tier (三級輔導 1–3, TW-TIERS) with the reason for the change. */
class TierForm extends ServiceForm<TierInput> {

    private final RadioButtonGroup<Integer> tier = new RadioButtonGroup<>();
    private final TextArea reason = new TextArea();
    private final long version;

    TierForm(int current, long version) {
        super("tier-form");
        this.version = version;
        tier.setLabel(getTranslation("casework.tier"));
        tier.setItems(List.of(1, 2, 3));
        tier.setItemLabelGenerator(t -> getTranslation("casework.tier." + t));
        tier.setValue(current);
        tier.setId("tier-value");
        reason.setLabel(getTranslation("casework.reason"));
        reason.setMaxLength(2000);
        reason.setId("tier-reason");
        wide(field("tier", tier));
        wide(field("reason", reason));
        setSubmitLabel(getTranslation("casework.tier.submit"));
    }

    @Override
    protected TierInput value() {
        return new TierInput(tier.getValue(), reason.getValue(), version);
    }
}
