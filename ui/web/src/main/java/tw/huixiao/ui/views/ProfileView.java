package tw.huixiao.ui.views;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import tw.huixiao.platform.application.ProfileService;
import tw.huixiao.platform.application.ProfileService.DocumentView;
import tw.huixiao.platform.application.ProfileService.Profile;
import tw.huixiao.platform.application.digest.MailPreferences;
import tw.huixiao.platform.application.account.AccountLifecycle;
import tw.huixiao.platform.application.account.ApiTokens;
import tw.huixiao.ui.MainLayout;
import tw.huixiao.ui.RocDates;
import tw.huixiao.ui.UiLocale;

/**
 * The user's profile (from the user menu): their school, roles and the county policy that governs
 * their work; their password and, for school staff, their API tokens.
 */
@Route(value = "profile", layout = MainLayout.class)
@PageTitle("回校 Huixiao")
@Dependent
public class ProfileView extends VerticalLayout {

    @Inject
    ProfileService profiles;

    @Inject
    MailPreferences mail;

    @Inject
    AccountLifecycle accounts;

    @Inject
    ApiTokens tokens;

    @PostConstruct
    void build() {
        Profile me = profiles.current();
        boolean english = UiLocale.isEnglish(getLocale());
        add(new H2(getTranslation("profile.title")));

        FormLayout facts = new FormLayout();
        facts.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        if (me.school() != null) {
            facts.addFormItem(new Span(me.school().name() + "（" + me.school().moeCode() + "）"),
                    getTranslation("home.school"));
            facts.addFormItem(new Span(me.policy() == null ? me.school().county()
                    : english ? me.policy().en() : me.policy().zhTw()), getTranslation("home.county"));
            facts.addFormItem(new Span(getTranslation("level." + me.school().level())), getTranslation("home.level"));
            facts.addFormItem(new Span(getTranslation(me.school().remoteArea() ? "yes" : "no")),
                    getTranslation("home.remote"));
        } else if (me.bureauCounty() != null) {
            facts.addFormItem(new Span(getTranslation("county.name." + me.bureauCounty())), getTranslation("home.bureau"));
        } else {
            add(new Paragraph(getTranslation("home.noSchool")));
        }
        facts.addFormItem(new Span(String.join("、", me.roles().stream()
                .map(r -> english ? r.en() : r.zhTw()).toList())), getTranslation("home.roles"));
        add(facts);
        addMailPreferences();

        if (me.policy() != null) {
            add(new H3(getTranslation("home.policy") + "：" + (english ? me.policy().en() : me.policy().zhTw()) + " "
                    + getTranslation("cases.policyVersion", me.policy().version())));
            add(new Paragraph(getTranslation("home.documents")));
            UnorderedList documents = new UnorderedList();
            documents.setId("policy-documents");
            for (DocumentView d : me.policy().documents()) {
                StringBuilder line = new StringBuilder(english ? d.en() : d.zhTw());
                if (d.issuedOn() != null) {
                    line.append("（").append(english ? RocDates.gregorian(d.issuedOn()) : RocDates.format(d.issuedOn()))
                            .append("）");
                }
                ListItem item = new ListItem(line.toString());
                if (d.referenceNumber() != null) {
                    // The document's own number (華總一義字第…號) is an identifier: kept as issued, marked as Chinese.
                    Span number = new Span(d.referenceNumber());
                    number.getElement().setAttribute("lang", "zh-TW");
                    item.add(new Span(" "), number);
                }
                documents.add(item);
            }
            add(documents);
        }
        add(new AccountSecurity(accounts, tokens, me.school() != null));
    }

    /** The morning digest can be turned off here; invitations and reset links always come. */
    private void addMailPreferences() {
        MailPreferences.Preferences current = mail.current();
        add(new H3(getTranslation("profile.mail")));
        Paragraph address = new Paragraph(getTranslation("profile.mail.address") + "："
                + (current.email() == null ? getTranslation("profile.mail.none") : current.email()));
        address.setId("profile-email");
        Checkbox digests = new Checkbox(getTranslation("profile.mail.digests"), current.digests());
        digests.setId("profile-digests");
        digests.setHelperText(getTranslation("profile.mail.digestsHelp"));
        digests.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                mail.setDigests(e.getValue());
                Notification.show(getTranslation("profile.mail.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            }
        });
        add(address, digests);
    }
}
