package tw.huixiao.ui.views.casework;

import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Collection;
import tw.huixiao.platform.application.casework.CaseLifecycleService.TransitionInput;
import tw.huixiao.policy.spi.casework.CaseState;

/** Moves the case to one of the states offered, with the reason; the version read goes along. */
class TransitionForm extends ServiceForm<TransitionInput> {

    private final RadioButtonGroup<CaseState> to = new RadioButtonGroup<>();
    private final TextArea reason = new TextArea();
    private final long version;

    TransitionForm(Collection<CaseState> offered, long version) {
        super("state-form");
        this.version = version;
        to.setLabel(getTranslation("casework.state.to"));
        to.setItems(offered);
        to.setItemLabelGenerator(s -> CaseworkText.state(this, s.name()));
        to.setId("state-to");
        reason.setLabel(getTranslation("casework.reason"));
        reason.setId("state-reason");
        reason.setMaxLength(2000);
        wide(field("to", to));
        wide(field("reason", reason));
        setSubmitLabel(getTranslation("casework.state.submit"));
    }

    @Override
    protected TransitionInput value() {
        return new TransitionInput(to.getValue() == null ? null : to.getValue().name(), reason.getValue(), version);
    }
}
