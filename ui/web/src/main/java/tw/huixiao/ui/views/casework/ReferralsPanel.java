package tw.huixiao.ui.views.casework;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import tw.huixiao.platform.application.CaseView;
import tw.huixiao.platform.application.casework.ReferralFlow.Action;
import tw.huixiao.platform.application.casework.ReferralInputs;
import tw.huixiao.platform.application.casework.ReferralService;
import tw.huixiao.platform.application.casework.ReferralView;
import tw.huixiao.platform.application.forms.FormPrefillService;
import tw.huixiao.policy.spi.LocalizedText;
import tw.huixiao.policy.spi.casework.Agency;
import tw.huixiao.ui.PlatformText;
import tw.huixiao.ui.RocDates;
import tw.huixiao.ui.UiLocale;
import tw.huixiao.ui.views.FormEditorView;

/**
 * The case's referrals (轉介) — agency, status, reason (withheld from others than counselling and
 * the principal for protective agencies), consent, sending, the agency's answer and reply, and
 * each step's history — and, for the offices and the principal while the case is open, a new
 * draft to an agency of the module's directory and the steps ReferralFlow allows next.
 */
class ReferralsPanel extends VerticalLayout {

    /** What the panel needs besides the case. */
    record Context(ReferralService referrals, FormPrefillService prefills, Supplier<List<Agency>> directory,
                   String district, LocalDate today, boolean mayRecord, Runnable reload) {
    }

    private final CaseView k;
    private final Context context;

    ReferralsPanel(CaseView k, Context context) {
        this.k = k;
        this.context = context;
        setId("case-referrals");
        setPadding(false);
        if (context.mayRecord()) {
            Button draft = new Button(getTranslation("casework.referral.new"), e -> draft());
            draft.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            draft.setId("referral-new");
            add(draft);
        }
        List<ReferralView> found = context.referrals().list(k.id());
        if (found.isEmpty()) {
            add(new Paragraph(getTranslation("casework.referral.none")));
        }
        found.forEach(r -> add(referral(r)));
    }

    private void draft() {
        ReferralDraftForm form = new ReferralDraftForm(context.directory().get(), context.district(),
                a -> context.referrals().formsFor(k.id(), a.id()).stream()
                        .map(f -> context.prefills().prefill(k.id(), f.id())).toList(),
                UiLocale.isEnglish(getLocale()));
        Dialog dialog = FormDialog.open(getTranslation("casework.referral.new"), form);
        form.addSubmitListener(e -> ServiceCalls.submit(form, () -> context.referrals().draft(k.id(), e.value()),
                saved -> done(form, dialog), context.reload()));
    }

    private void step(ReferralView r, Action action) {
        ReferralStepForm form = new ReferralStepForm(action, r, context.today());
        Dialog dialog = FormDialog.open(r.agencyName() + " · " + CaseworkText.label(action.label()), form);
        form.addSubmitListener(e -> ServiceCalls.submit(form, () -> apply(r.id(), action, e.value()),
                saved -> done(form, dialog), context.reload()));
    }

    private ReferralView apply(long id, Action action, Object input) {
        ReferralService s = context.referrals();
        return switch (action) {
            case CONSENT -> s.consent(k.id(), id, (ReferralInputs.Consent) input);
            case SEND -> s.send(k.id(), id, (ReferralInputs.Sending) input);
            case ACCEPT -> s.accept(k.id(), id, (ReferralInputs.Answer) input);
            case REJECT -> s.reject(k.id(), id, (ReferralInputs.Answer) input);
            case REPLY -> s.reply(k.id(), id, (ReferralInputs.Reply) input);
            case CLOSE -> s.close(k.id(), id, (ReferralInputs.Closing) input);
        };
    }

    private void done(ServiceForm<?> form, Dialog dialog) {
        dialog.close();
        ServiceCalls.saved(form);
        context.reload().run();
    }

    private Div referral(ReferralView r) {
        Span agency = new Span(r.agencyName());
        agency.addClassName(LumoUtility.FontWeight.SEMIBOLD);
        Span status = new Span(CaseworkText.label(LocalizedText.of(r.statusZh(), r.statusEn())));
        status.getElement().getThemeList().add(switch (r.status()) {
            case "REJECTED" -> "badge error";
            case "ACCEPTED", "REPLIED" -> "badge success";
            case "CLOSED" -> "badge contrast";
            default -> "badge";
        });
        status.addClassName("referral-status");
        Span rule = new Span(r.ruleId());
        rule.getElement().getThemeList().add("badge contrast");
        HorizontalLayout heading = new HorizontalLayout(agency, status, rule);
        heading.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        Div card = CaseworkText.card("case-referral");
        card.add(heading);
        card.getElement().setAttribute("data-referral", String.valueOf(r.id()));
        card.getElement().setAttribute("data-status", r.status());
        card.add(r.restricted() ? CaseworkText.detail(getTranslation("casework.referral.reason"),
                getTranslation("casework.referral.restricted"))
                : CaseworkText.typed(getTranslation("casework.referral.reason"), r.reason()));
        if (r.consentRequired() || r.consent() != null) {
            card.add(CaseworkText.detail(getTranslation("casework.referral.consent"), r.consent() == null
                    ? getTranslation("casework.referral.noConsent")
                    : r.consent().givenBy() + " · " + RocDates.compact(r.consent().givenOn())));
        }
        if (r.form() != null) {
            card.add(carriedForm(r.form()));
        }
        if (r.sentAt() != null) {
            card.add(CaseworkText.detail(getTranslation("casework.referral.sent"), CaseworkText.moment(r.sentAt()) + " · "
                    + getTranslation("casework.referral.method." + r.sendMethod())
                    + (r.referenceNumber() == null ? "" : " · " + r.referenceNumber())));
        }
        if (r.rejectionReason() != null) {
            card.add(CaseworkText.typed(getTranslation("casework.referral.rejection"), r.rejectionReason()));
        }
        if (r.reply() != null) {
            card.add(CaseworkText.detail(getTranslation("casework.referral.reply"), reply(r.reply())));
        }
        r.history().forEach(h -> {
            Span line = new Span(CaseworkText.moment(h.at()) + " " + actionLabel(h.action())
                    + (h.note() == null ? "" : "：" + PlatformText.of(h.note())));
            line.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.SECONDARY);
            card.add(new Div(line));
        });
        if (context.mayRecord() && !r.nextActions().isEmpty()) {
            HorizontalLayout actions = new HorizontalLayout();
            for (String next : r.nextActions()) {
                Action action = Action.valueOf(next);
                Button button = new Button(CaseworkText.label(action.label()), e -> step(r, action));
                button.addThemeVariants(ButtonVariant.LUMO_SMALL);
                button.setId("referral-" + next.toLowerCase(Locale.ROOT) + "-" + r.id());
                actions.add(button);
            }
            card.add(actions);
        }
        return card;
    }

    /** The form the referral carries (Yunlin 附表三): how far it is signed, its codes, and where to sign it. */
    private Div carriedForm(ReferralView.CarriedForm form) {
        Div part = new Div();
        part.addClassName("referral-carried");
        part.getElement().setAttribute("data-record", String.valueOf(form.recordId()));
        part.getElement().setAttribute("data-status", form.status());
        part.add(CaseworkText.detail(getTranslation("casework.referral.form"), getTranslation(
                "casework.referral.form.status", form.title(), getTranslation("form.status." + form.status()),
                form.stagesSigned(), form.stages())));
        if (!form.behaviourCodes().isEmpty()) {
            part.add(CaseworkText.detail(getTranslation("casework.referral.form.codes"),
                    String.join("、", form.behaviourCodes())));
        }
        Button sign = new Button(getTranslation("casework.referral.form.sign", form.title()), e -> getUI().ifPresent(ui ->
                ui.navigate(FormEditorView.class, QueryParameters.of("record", String.valueOf(form.recordId())))));
        sign.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        sign.setId("referral-form-open-" + form.recordId());
        HorizontalLayout line = new HorizontalLayout(sign);
        line.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        if (!"SIGNED".equals(form.status())) {
            Span pending = new Span(getTranslation("casework.referral.form.unsigned"));
            pending.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.WARNING);
            line.add(pending);
        }
        part.add(line);
        return part;
    }

    private String reply(ReferralView.Reply reply) {
        StringBuilder text = new StringBuilder(RocDates.compact(reply.repliedOn()));
        if (reply.tier() != null) {
            text.append(" · ").append(getTranslation("casework.referral.replyTier." + reply.tier()));
            if (reply.tierTeacher() != null) {
                text.append("（").append(reply.tierTeacher()).append("）");
            }
        }
        if (reply.thirdTierReferral() != null) {
            text.append(" · ").append(getTranslation(reply.thirdTierReferral() ? "casework.referral.thirdTier.yes"
                    : "casework.referral.thirdTier.no"));
        }
        if (reply.ruling() != null) {
            text.append(" · ").append(getTranslation("casework.referral.ruling." + reply.ruling()));
            if (reply.rulingDetail() != null) {
                text.append("：").append(reply.rulingDetail());
            }
        }
        if (reply.text() != null) {
            text.append(" · ").append(reply.text());
        }
        return text.toString();
    }

    private String actionLabel(String action) {
        return "CREATE".equals(action) ? getTranslation("casework.referral.created")
                : CaseworkText.label(Action.valueOf(action).label());
    }

}
