package tw.huixiao.ui.views.casework;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import tw.huixiao.platform.application.casework.ReferralFlow.Action;
import tw.huixiao.platform.application.casework.ReferralInputs;
import tw.huixiao.platform.application.casework.ReferralService.Ruling;
import tw.huixiao.platform.application.casework.ReferralService.SendMethod;
import tw.huixiao.platform.application.casework.ReferralView;
import tw.huixiao.policy.spi.casework.Agency;
import tw.huixiao.ui.RocDatePicker;

/**
 * One step of a referral (ReferralFlow): the guardian's consent, sending (how, reference
 * number), acceptance or rejection (reason), the agency's reply as its reply kind asks — a note;
 * Yunlin's 回覆表 (YL-REPLY: tier 1 with the 認輔老師 or tier 2 with the 輔導老師, and whether a
 * tier-3 referral is needed); 附表四 (YL-RETURN: the ruling with the unit or reason) — or closing.
 * The value is the service's input for that step, with the referral's version.
 */
class ReferralStepForm extends ServiceForm<Object> {

    private final Action action;
    private final long version;
    private final TextField person = new TextField();
    private final DatePicker date = new RocDatePicker();
    private final RadioButtonGroup<SendMethod> method = new RadioButtonGroup<>();
    private final TextField reference = new TextField();
    private final TextArea text = new TextArea();
    private final RadioButtonGroup<Integer> tier = new RadioButtonGroup<>();
    private final RadioButtonGroup<Boolean> thirdTier = new RadioButtonGroup<>();
    private final RadioButtonGroup<Ruling> ruling = new RadioButtonGroup<>();
    private final TextField rulingDetail = new TextField();

    ReferralStepForm(Action action, ReferralView referral, LocalDate today) {
        super("referral-step-form");
        this.action = action;
        this.version = referral.version();
        date.setValue(today);
        date.setId("referral-step-date");
        text.setMaxLength(2000);
        text.setId("referral-step-text");
        switch (action) {
            case CONSENT -> {
                person.setLabel(getTranslation("casework.referral.consentBy"));
                person.setId("referral-step-person");
                date.setLabel(getTranslation("casework.referral.consentOn"));
                field("givenBy", person);
                field("givenOn", date);
            }
            case SEND -> {
                method.setLabel(getTranslation("casework.referral.method"));
                method.setItems(Arrays.asList(SendMethod.values()));
                method.setItemLabelGenerator(m -> getTranslation("casework.referral.method." + m));
                method.setValue(SendMethod.LETTER);
                method.setId("referral-step-method");
                reference.setLabel(getTranslation("casework.referral.reference"));
                reference.setId("referral-step-reference");
                wide(field("method", method));
                field("referenceNumber", reference);
            }
            case ACCEPT, REJECT -> {
                text.setLabel(getTranslation(action == Action.REJECT ? "casework.referral.rejection"
                        : "casework.referral.acceptNote"));
                wide(field("reason", text));
            }
            case REPLY -> reply(Agency.ReplyKind.valueOf(referral.replyKind()));
            case CLOSE -> {
                text.setLabel(getTranslation("casework.referral.closingNote"));
                wide(field("note", text));
            }
            default -> throw new IllegalArgumentException(action.name());
        }
        setSubmitLabel(CaseworkText.label(action.label()));
    }

    private void reply(Agency.ReplyKind kind) {
        date.setLabel(getTranslation("casework.referral.repliedOn"));
        field("repliedOn", date);
        text.setLabel(getTranslation("casework.referral.replyText"));
        switch (kind) {
            case TIER_DECISION -> {
                tier.setLabel(getTranslation("casework.referral.replyTier"));
                tier.setItems(List.of(1, 2));
                tier.setItemLabelGenerator(t -> getTranslation("casework.referral.replyTier." + t));
                tier.setId("referral-step-tier");
                person.setLabel(getTranslation("casework.referral.tierTeacher"));
                person.setId("referral-step-person");
                thirdTier.setLabel(getTranslation("casework.referral.thirdTier"));
                thirdTier.setItems(List.of(Boolean.TRUE, Boolean.FALSE));
                thirdTier.setItemLabelGenerator(b -> getTranslation(b ? "casework.referral.thirdTier.yes"
                        : "casework.referral.thirdTier.no"));
                thirdTier.setId("referral-step-third-tier");
                wide(field("tier", tier));
                field("tierTeacher", person);
                wide(field("thirdTierReferral", thirdTier));
            }
            case RETURN_RULING -> {
                ruling.setLabel(getTranslation("casework.referral.ruling"));
                ruling.setItems(Arrays.asList(Ruling.values()));
                ruling.setItemLabelGenerator(r -> getTranslation("casework.referral.ruling." + r));
                ruling.setId("referral-step-ruling");
                rulingDetail.setLabel(getTranslation("casework.referral.rulingDetail"));
                rulingDetail.setId("referral-step-ruling-detail");
                wide(field("ruling", ruling));
                wide(field("rulingDetail", rulingDetail));
            }
            case NOTE -> {
                // the written reply only
            }
            default -> throw new IllegalArgumentException(kind.name());
        }
        wide(field("text", text));
    }

    Action action() {
        return action;
    }

    @Override
    protected Object value() {
        return switch (action) {
            case CONSENT -> new ReferralInputs.Consent(person.getValue(), date.getValue(), version);
            case SEND -> new ReferralInputs.Sending(method.getValue() == null ? null : method.getValue().name(),
                    reference.getValue(), null, version);
            case ACCEPT, REJECT -> new ReferralInputs.Answer(text.getValue(), version);
            case REPLY -> new ReferralInputs.Reply(date.getValue(), text.getValue(), tier.getValue(), person.getValue(),
                    thirdTier.getValue(), ruling.getValue() == null ? null : ruling.getValue().name(),
                    rulingDetail.getValue(), version);
            case CLOSE -> new ReferralInputs.Closing(text.getValue(), version);
        };
    }
}
