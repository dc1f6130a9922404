package tw.huixiao.ui.views;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import tw.huixiao.platform.application.InvalidInputException;
import tw.huixiao.platform.application.invitation.PasswordLinks;
import tw.huixiao.platform.application.invitation.PasswordLinks.LinkRefusedException;
import tw.huixiao.platform.application.invitation.PasswordLinks.LinkView;
import tw.huixiao.ui.PlatformText;
import tw.huixiao.ui.RocDates;
import tw.huixiao.ui.UiLocale;

/**
 * Where an invitation or reset e-mail's link opens, before its owner can log in: the account's
 * name, two password fields, then the way to the login page. A used, replaced or expired link says
 * so and what to do. Narrow by design: people open it on their phone from the mail.
 */
@Route("password/:token")
@PageTitle("設定密碼 · 回校 Huixiao")
@AnonymousAllowed
@Dependent
public class SetPasswordView extends VerticalLayout implements BeforeEnterObserver {

    @Inject
    PasswordLinks links;

    private final Div card = new Div();
    private String token;

    public SetPasswordView() {
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        card.getStyle().set("max-width", "26rem").set("width", "100%");
        card.addClassNames(LumoUtility.Padding.MEDIUM, LumoUtility.BoxSizing.BORDER);
        H1 title = new H1(getTranslation("login.title"));
        title.addClassNames(LumoUtility.FontSize.XXLARGE);
        Button language = new Button(getTranslation("header.language"), e -> UiLocale.toggle(UI.getCurrent()));
        language.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        language.setId("language-toggle");
        add(title, card, language);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        card.removeAll();
        try {
            showForm(links.inspect(token));
        } catch (LinkRefusedException refused) {
            showRefusal(refused);
        }
    }

    private void showForm(LinkView link) {
        H2 heading = new H2(getTranslation(link.purpose() == tw.huixiao.platform.application.invitation
                .PasswordLinkStore.Purpose.INVITATION ? "password.invitation.title" : "password.reset.title"));
        Paragraph who = new Paragraph(getTranslation("password.account", link.displayName(), link.username()));
        who.setId("password-account");
        Paragraph until = new Paragraph(getTranslation("password.until", UiLocale.isEnglish(getLocale())
                ? RocDates.gregorian(link.expiresAt().atZone(java.time.ZoneId.of("Asia/Taipei")).toLocalDate())
                : RocDates.format(link.expiresAt().atZone(java.time.ZoneId.of("Asia/Taipei")).toLocalDate())));
        until.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        PasswordField password = new PasswordField(getTranslation("password.new"));
        password.setId("new-password");
        password.setHelperText(getTranslation("password.rule", PasswordLinks.MIN_PASSWORD_LENGTH));
        password.setWidthFull();
        password.setMinLength(PasswordLinks.MIN_PASSWORD_LENGTH);
        PasswordField again = new PasswordField(getTranslation("password.again"));
        again.setId("new-password-again");
        again.setWidthFull();
        Button save = new Button(getTranslation("password.save"));
        save.setId("password-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setWidthFull();
        save.addClickShortcut(Key.ENTER);
        save.addClickListener(e -> {
            password.setInvalid(false);
            again.setInvalid(false);
            if (!password.getValue().equals(again.getValue())) {
                again.setErrorMessage(getTranslation("password.mismatch"));
                again.setInvalid(true);
                return;
            }
            try {
                showDone(links.setPassword(token, password.getValue()));
            } catch (InvalidInputException invalid) {
                password.setErrorMessage(invalid.errors().stream().map(f -> PlatformText.of(f.message()))
                        .reduce((a, b) -> a + "；" + b).orElse(""));
                password.setInvalid(true);
            } catch (LinkRefusedException refused) {
                showRefusal(refused);
            }
        });
        card.add(heading, who, password, again, save, until);
    }

    private void showDone(LinkView link) {
        card.removeAll();
        H2 heading = new H2(getTranslation("password.done.title"));
        Paragraph text = new Paragraph(getTranslation("password.done.text", link.username()));
        text.setId("password-done");
        Anchor login = new Anchor("login", getTranslation("password.toLogin"));
        login.setId("password-to-login");
        login.getElement().getStyle().set("font-weight", "600");
        card.add(heading, text, login);
    }

    private void showRefusal(LinkRefusedException refused) {
        card.removeAll();
        H2 heading = new H2(getTranslation("password.refused.title"));
        Paragraph reason = new Paragraph(PlatformText.of(refused.getMessage()));
        reason.setId("password-refused");
        reason.addClassNames(LumoUtility.TextColor.ERROR);
        Anchor login = new Anchor("login", getTranslation("password.toLogin"));
        card.add(heading, reason, login);
    }
}
