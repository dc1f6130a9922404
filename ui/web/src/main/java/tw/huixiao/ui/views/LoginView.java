package tw.huixiao.ui.views;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import tw.huixiao.platform.application.account.LoginContinuation;
import tw.huixiao.ui.UiLocale;

/**
 * The login page. The form posts to {@code /login}, which the platform's authentication
 * mechanism handles (session id renewed on success, throttled on repeated failures).
 */
@Route("login")
@PageTitle("登入 · 回校 Huixiao")
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    /** Where to return after logging in (a path of this application). */
    public static final String CONTINUE = LoginContinuation.PARAMETER;

    private final LoginForm form = new LoginForm();

    public LoginView() {
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);

        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form texts = i18n.getForm();
        texts.setTitle(getTranslation("login.form.title"));
        texts.setUsername(getTranslation("login.username"));
        texts.setPassword(getTranslation("login.password"));
        texts.setSubmit(getTranslation("login.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.message"));
        form.setI18n(i18n);
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);

        H1 title = new H1(getTranslation("login.title"));
        Paragraph description = new Paragraph(getTranslation("login.description"));
        description.addClassNames(LumoUtility.TextColor.SECONDARY);
        Paragraph forgot = new Paragraph(getTranslation("login.forgot"));
        forgot.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        Button language = new Button(getTranslation("header.language"), e -> UiLocale.toggle(UI.getCurrent()));
        language.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        language.setId("language-toggle");
        add(title, description, form, forgot, language);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
        form.setError(query.containsKey("error"));
        // The mechanism returns to the page the user came from, if it is one of ours.
        form.setAction("login" + query.getOrDefault(CONTINUE, List.of()).stream().findFirst()
                .flatMap(LoginContinuation::continueTo)
                .map(back -> "?" + CONTINUE + "=" + URLEncoder.encode(back, StandardCharsets.UTF_8)).orElse(""));
    }
}
