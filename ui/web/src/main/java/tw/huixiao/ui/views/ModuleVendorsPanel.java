package tw.huixiao.ui.views;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import tw.huixiao.platform.application.InvalidInputException;
import tw.huixiao.platform.application.StateConflictException;
import tw.huixiao.platform.application.modules.ModuleService;
import tw.huixiao.platform.domain.modules.VendorGrant;
import tw.huixiao.ui.FieldErrors;
import tw.huixiao.ui.PlatformText;
import tw.huixiao.ui.RocDates;
import tw.huixiao.ui.views.onboarding.OnboardingUi;

/**
 * The bureau's module vendors (issue 21 §2), on its module page: grant a vendor's account (by its
 * username) the right to upload the county's module, revoke it; every grant stays listed, with who
 * granted and revoked it and when (names and usernames shown as the data they are).
 */
class ModuleVendorsPanel extends Div {

    private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");

    private final ModuleService modules;
    private final Div grants = new Div();

    ModuleVendorsPanel(ModuleService modules) {
        this.modules = modules;
        setId("module-vendors");
        setWidthFull();
        Paragraph note = new Paragraph(getTranslation("modules.vendors.note"));
        note.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        TextField username = new TextField(getTranslation("modules.vendors.username"));
        username.setId("module-vendor-username");
        username.setMaxLength(64);
        username.setManualValidation(true);
        username.setWidth("16em");
        username.setMaxWidth("100%");
        FieldErrors errors = new FieldErrors().on("username", username);
        Button grant = new Button(getTranslation("modules.vendors.grant"), e -> {
            errors.clear();
            try {
                modules.grantVendor(username.getValue());
                username.clear();
                Notification.show(getTranslation("modules.vendors.granted.ok"), 4000,
                        Notification.Position.BOTTOM_CENTER).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                refresh();
            } catch (InvalidInputException ex) {
                errors.show(ex);
            } catch (StateConflictException ex) {
                username.setErrorMessage(PlatformText.of(ex.getMessage()));
                username.setInvalid(true);
            }
        });
        grant.setId("module-vendor-grant");
        grant.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FlexLayout form = new FlexLayout(username, grant);
        form.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.addClassNames(LumoUtility.Gap.MEDIUM);
        grants.setId("module-vendor-grants");
        grants.setWidthFull();
        add(new H3(getTranslation("modules.vendors.title")), note, form, grants);
        refresh();
    }

    private void refresh() {
        grants.removeAll();
        List<VendorGrant> all = modules.vendorGrants();
        if (all.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("modules.vendors.none"));
            none.addClassNames(LumoUtility.FontSize.SMALL);
            grants.add(none);
        }
        all.forEach(g -> grants.add(row(g)));
    }

    private Div row(VendorGrant g) {
        Span name = OnboardingUi.data(g.vendorName());
        name.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
        Span username = OnboardingUi.data(g.vendorUsername());
        username.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        Span state = new Span(getTranslation(g.standing() ? "modules.vendors.standing" : "modules.vendors.revoked"));
        state.getElement().getThemeList().add(g.standing() ? "badge success" : "badge contrast");
        state.addClassName("module-vendor-state");
        FlexLayout head = new FlexLayout(name, username, state);
        head.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        head.addClassNames(LumoUtility.Gap.SMALL, LumoUtility.AlignItems.BASELINE);
        Div row = new Div(head, step("modules.vendors.granted", g.grantedByName(), g.grantedAt()));
        if (!g.standing()) {
            row.add(step("modules.vendors.revokedBy", g.revokedByName(), g.revokedAt()));
        } else {
            Button revoke = new Button(getTranslation("modules.vendors.revoke"), e -> {
                try {
                    modules.revokeVendor(g.id());
                    Notification.show(getTranslation("modules.vendors.revoked.ok"), 4000,
                            Notification.Position.BOTTOM_CENTER).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                } catch (StateConflictException ex) {
                    Notification.show(PlatformText.of(ex.getMessage()), 6000, Notification.Position.MIDDLE)
                            .addThemeVariants(NotificationVariant.LUMO_ERROR);
                }
                refresh();
            });
            revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            revoke.setId("module-vendor-revoke-" + g.id());
            row.add(revoke);
        }
        row.addClassNames(LumoUtility.Border.BOTTOM, LumoUtility.BorderColor.CONTRAST_10,
                LumoUtility.Padding.Vertical.SMALL);
        row.addClassName("module-vendor");
        row.getElement().setAttribute("data-vendor", g.vendorUsername());
        row.getElement().setAttribute("data-standing", String.valueOf(g.standing()));
        return row;
    }

    /** "授權：{name}，{date}" — the person's name kept as written and marked as data. */
    private Span step(String key, String who, Instant at) {
        String day = at == null ? "—" : RocDates.compact(at.atZone(TAIPEI).toLocalDate());
        Span line = new Span(new Text(getTranslation(key)), OnboardingUi.data(who == null ? "—" : PlatformText.of(who)),
                new Text(getTranslation("modules.vendors.on", day)));
        line.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.Display.BLOCK, LumoUtility.TextColor.SECONDARY);
        return line;
    }
}
