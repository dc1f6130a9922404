package tw.huixiao.ui.views;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import tw.huixiao.platform.application.InvalidInputException;
import tw.huixiao.platform.application.account.AccountLifecycle;
import tw.huixiao.platform.application.account.AccountLifecycle.PasswordChange;
import tw.huixiao.platform.application.account.ApiTokens;
import tw.huixiao.platform.application.account.ApiTokens.IssuedToken;
import tw.huixiao.platform.application.account.ApiTokens.TokenView;
import tw.huixiao.platform.application.account.PasswordPolicy;
import tw.huixiao.platform.domain.identity.ApiScope;
import tw.huixiao.ui.FieldErrors;
import tw.huixiao.ui.RocDates;
import tw.huixiao.ui.UiLocale;

/**
 * The profile's two security sections: change my password, and my API tokens (school staff
 * only) — issued here, shown once, listed with their dates and revoked here.
 */
class AccountSecurity extends Composite<VerticalLayout> {

    private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");

    private final AccountLifecycle accounts;
    private final ApiTokens tokens;
    private final VerticalLayout tokenList = new VerticalLayout();
    private final Div issuedBox = new Div();

    AccountSecurity(AccountLifecycle accounts, ApiTokens tokens, boolean schoolStaff) {
        this.accounts = accounts;
        this.tokens = tokens;
        VerticalLayout root = getContent();
        root.setPadding(false);
        root.add(passwordSection());
        if (schoolStaff) {
            root.add(tokenSection());
        }
    }

    private Component passwordSection() {
        VerticalLayout section = new VerticalLayout();
        section.setPadding(false);
        section.setId("change-password");
        section.add(new H3(getTranslation("account.password.title")));
        PasswordField current = new PasswordField(getTranslation("account.password.current"));
        current.setId("current-password");
        current.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.CURRENT_PASSWORD);
        PasswordField fresh = new PasswordField(getTranslation("account.password.new"));
        fresh.setId("new-password");
        fresh.setHelperText(getTranslation("account.password.rules", PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH));
        fresh.setMaxLength(PasswordPolicy.MAX_LENGTH);
        fresh.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        PasswordField again = new PasswordField(getTranslation("account.password.again"));
        again.setId("new-password-again");
        again.setMaxLength(PasswordPolicy.MAX_LENGTH);
        again.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        for (PasswordField f : List.of(current, fresh, again)) {
            f.setWidthFull();
            f.getStyle().set("max-width", "28rem");
        }
        FieldErrors errors = new FieldErrors().on("currentPassword", current).on("newPassword", fresh);
        Button change = new Button(getTranslation("account.password.change"), e -> {
            errors.clear();
            again.setInvalid(false);
            if (!fresh.getValue().equals(again.getValue())) {
                again.setErrorMessage(getTranslation("account.password.mismatch"));
                again.setInvalid(true);
                return;
            }
            try {
                accounts.changeOwnPassword(new PasswordChange(current.getValue(), fresh.getValue()),
                        VaadinRequest.getCurrent().getRemoteAddr());
                current.clear();
                fresh.clear();
                again.clear();
                Notification.show(getTranslation("account.password.changed"), 5000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (InvalidInputException refused) {
                errors.show(refused);
            }
        });
        change.setId("change-password-button");
        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        section.add(current, fresh, again, change);
        return section;
    }

    private Component tokenSection() {
        VerticalLayout section = new VerticalLayout();
        section.setPadding(false);
        section.setId("api-tokens");
        section.add(new H3(getTranslation("account.tokens.title")), new Paragraph(getTranslation("account.tokens.intro")));
        boolean english = UiLocale.isEnglish(getLocale());
        TextField name = new TextField(getTranslation("account.tokens.name"));
        name.setId("token-name");
        name.setMaxLength(80);
        name.setWidthFull();
        name.getStyle().set("max-width", "28rem");
        CheckboxGroup<ApiScope> scopes = new CheckboxGroup<>(getTranslation("account.tokens.scopes"));
        scopes.setId("token-scopes");
        scopes.setItems(Arrays.asList(ApiScope.values()));
        scopes.setItemLabelGenerator(s -> english ? s.en() : s.zhTw());
        Select<Integer> days = new Select<>();
        days.setId("token-days");
        days.setLabel(getTranslation("account.tokens.days"));
        days.setItems(30, 90, 180, 365);
        days.setItemLabelGenerator(d -> getTranslation("account.tokens.daysN", d));
        days.setValue(ApiTokens.DEFAULT_DAYS);
        FieldErrors errors = new FieldErrors().on("name", name).on("scopes", scopes).on("days", days);
        Button issue = new Button(getTranslation("account.tokens.issue"), e -> {
            try {
                IssuedToken issued = tokens.issue(new ApiTokens.TokenInput(name.getValue(),
                        scopes.getSelectedItems().stream().map(ApiScope::code).toList(), days.getValue()));
                errors.clear();
                name.clear();
                scopes.clear();
                showIssued(issued);
                refreshTokens();
            } catch (InvalidInputException refused) {
                errors.show(refused);
            }
        });
        issue.setId("issue-token-button");
        issue.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        issuedBox.setId("issued-token");
        issuedBox.setVisible(false);
        issuedBox.getStyle().set("border", "2px solid var(--lumo-success-color)").set("border-radius", "var(--lumo-border-radius-m)")
                .set("padding", "var(--lumo-space-m)").set("max-width", "40rem").set("box-sizing", "border-box")
                .set("width", "100%");
        tokenList.setPadding(false);
        tokenList.setId("token-list");
        section.add(name, scopes, days, issue, issuedBox, tokenList);
        refreshTokens();
        return section;
    }

    private void showIssued(IssuedToken issued) {
        issuedBox.removeAll();
        TextField value = new TextField(getTranslation("account.tokens.shownOnce"));
        value.setValue(issued.token());
        value.setReadOnly(true);
        value.setWidthFull();
        value.setId("issued-token-value");
        Button copy = new Button(getTranslation("account.tokens.copy"), e -> {
            e.getSource().getUI().ifPresent(ui -> ui.getPage().executeJs("navigator.clipboard.writeText($0)", issued.token()));
            Notification.show(getTranslation("account.tokens.copied"));
        });
        issuedBox.add(value, new Paragraph(getTranslation("account.tokens.howToUse")), copy);
        issuedBox.setVisible(true);
    }

    private void refreshTokens() {
        tokenList.removeAll();
        List<TokenView> mine = tokens.mine();
        if (mine.isEmpty()) {
            tokenList.add(new Paragraph(getTranslation("account.tokens.none")));
            return;
        }
        boolean english = UiLocale.isEnglish(getLocale());
        for (TokenView t : mine) {
            FlexLayout row = new FlexLayout();
            row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
            row.setAlignItems(FlexComponent.Alignment.CENTER);
            row.getStyle().set("gap", "var(--lumo-space-s)").set("border-bottom", "1px solid var(--lumo-contrast-10pct)")
                    .set("padding", "var(--lumo-space-xs) 0").set("width", "100%");
            Span title = new Span(t.name());
            title.getStyle().set("font-weight", "600");
            // What the user named it: data, shown as typed in either language.
            title.getElement().setAttribute("translate", "no");
            String scopeText = String.join("、", t.scopes().stream().map(code -> ApiScope.ofCode(code)
                    .map(s -> english ? s.en() : s.zhTw()).orElse(code)).toList());
            Span state = new Span(getTranslation(t.active() ? "account.tokens.active"
                    : t.revokedAt() != null ? "account.tokens.revoked" : "account.tokens.expired"));
            state.getElement().getThemeList().add(t.active() ? "badge success" : "badge contrast");
            Span dates = new Span(getTranslation("account.tokens.dates", date(t.createdAt(), english),
                    date(t.expiresAt(), english), t.lastUsedAt() == null ? getTranslation("account.tokens.neverUsed")
                            : date(t.lastUsedAt(), english)));
            dates.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
            row.add(title, state, new Span(scopeText), dates);
            if (t.active()) {
                Button revoke = new Button(getTranslation("account.tokens.revoke"), e -> {
                    tokens.revoke(t.id());
                    issuedBox.setVisible(false);
                    refreshTokens();
                    Notification.show(getTranslation("account.tokens.revokedNote"));
                });
                revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
                revoke.setId("revoke-token-" + t.id());
                row.add(revoke);
            }
            tokenList.add(row);
        }
    }

    private static String date(Instant at, boolean english) {
        LocalDate day = at.atZone(TAIPEI).toLocalDate();
        return english ? RocDates.gregorian(day) : RocDates.format(day);
    }
}
