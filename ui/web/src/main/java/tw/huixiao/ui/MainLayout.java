package tw.huixiao.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import java.util.Arrays;
import tw.huixiao.platform.application.ProfileService;
import tw.huixiao.platform.application.ProfileService.Profile;
import tw.huixiao.platform.application.screening.ScreeningService;
import tw.huixiao.ui.views.AttendanceImportView;
import tw.huixiao.ui.views.BureauInboxView;
import tw.huixiao.ui.views.BureauModulesView;
import tw.huixiao.ui.views.CasesView;
import tw.huixiao.ui.views.HomeView;
import tw.huixiao.ui.views.RollView;
import tw.huixiao.ui.views.SecurityView;
import tw.huixiao.ui.views.SchoolCalendarView;
import tw.huixiao.ui.views.StudentsView;
import tw.huixiao.ui.views.TodayView;
import tw.huixiao.ui.views.admin.RetentionView;
import tw.huixiao.ui.views.admin.StaffImportView;
import tw.huixiao.ui.views.onboarding.PlatformConsoleView;
import tw.huixiao.ui.views.onboarding.RolloverView;
import tw.huixiao.ui.views.onboarding.SchoolConsoleView;
import tw.huixiao.ui.views.onboarding.SchoolListImportView;
import tw.huixiao.ui.views.onboarding.StudentImportView;
import tw.huixiao.ui.views.TransfersView;
import tw.huixiao.ui.views.screening.HighCareRosterView;
import tw.huixiao.ui.views.screening.ScreeningCampaignsView;

/**
 * The one shell around every view: who is logged in, at which school, under which county
 * policy version; navigation shows only what the user's roles allow.
 */
@Dependent
public class MainLayout extends AppLayout implements RouterLayout {

    @Inject
    ProfileService profiles;

    @Inject
    ScreeningService screenings;

    @PostConstruct
    void build() {
        Profile me = profiles.current();
        H1 title = new H1(getTranslation("app.title"));
        title.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.Margin.NONE);

        Span where = new Span(me.school() == null
                ? (me.bureauCounty() == null ? "" : getTranslation("home.bureau") + " · "
                        + getTranslation("county.name." + me.bureauCounty()))
                : me.school().name() + " · " + countyName(me));
        where.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        where.setId("header-school");
        Span policy = new Span(me.policy() == null ? ""
                : getTranslation("header.policy", UiLocale.isEnglish(getLocale()) ? me.policy().en() : me.policy().zhTw(),
                me.policy().version()));
        policy.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.SECONDARY);
        policy.setId("header-policy");

        // The user's name opens their profile (school, roles, the county's documents).
        Anchor user = new Anchor("profile", me.displayName());
        user.setId("header-user");
        user.addClassName("hx-header-user");
        user.setTitle(getTranslation("landing.profile"));
        Button language = new Button(getTranslation("header.language"), e -> UiLocale.toggle(UI.getCurrent()));
        language.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        language.setId("language-toggle");
        Button logout = new Button(getTranslation("header.logout"), VaadinIcon.SIGN_OUT.create(), e -> logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.setId("logout");
        logout.getElement().setAttribute("aria-label", getTranslation("header.logout"));

        // Up to a tablet's width school and policy move into the drawer; on a phone the header keeps
        // the drawer toggle, the title, the user and logout (as an icon), the language switch moves
        // into the drawer too (hx-* in AppShell's CSS).
        where.addClassName("hx-desktop-only");
        policy.addClassName("hx-desktop-only");
        language.addClassName("hx-wide-only");
        logout.addClassName("hx-icon-only-narrow");
        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), title, where, policy);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        header.addClassNames(LumoUtility.Padding.Horizontal.MEDIUM, LumoUtility.Gap.MEDIUM, "hx-header");
        HorizontalLayout right = new HorizontalLayout(user, language, logout);
        right.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        right.addClassNames(LumoUtility.Margin.Left.AUTO, LumoUtility.Padding.Right.SMALL, "hx-header");
        HorizontalLayout bar = new HorizontalLayout(header, right);
        bar.setWidthFull();
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        bar.addClassName("hx-header");
        addToNavbar(bar);
        addToDrawer(drawerInfo(where.getText(), policy.getText()));

        SideNav nav = new SideNav();
        nav.addItem(new SideNavItem(getTranslation("nav.home"), HomeView.class, VaadinIcon.HOME.create()));
        if (allowed(me, TodayView.class) && me.school() != null) {
            nav.addItem(new SideNavItem(getTranslation("nav.today"), TodayView.class, VaadinIcon.TASKS.create()));
        }
        if (allowed(me, CasesView.class) && me.school() != null) {
            nav.addItem(new SideNavItem(getTranslation("nav.cases"), CasesView.class, VaadinIcon.FOLDER_OPEN.create()));
        }
        if (allowed(me, RollView.class) && me.school() != null) {
            nav.addItem(new SideNavItem(getTranslation("nav.roll"), RollView.class, VaadinIcon.CHECK_SQUARE_O.create()));
        }
        if (allowed(me, AttendanceImportView.class) && me.school() != null) {
            nav.addItem(new SideNavItem(getTranslation("nav.import"), AttendanceImportView.class,
                    VaadinIcon.UPLOAD.create()));
        }
        if (allowed(me, StudentsView.class)) {
            nav.addItem(new SideNavItem(getTranslation("nav.students"), StudentsView.class, VaadinIcon.USERS.create()));
        }
        if (allowed(me, SchoolCalendarView.class) && me.school() != null) {
            nav.addItem(new SideNavItem(getTranslation("nav.calendar"), SchoolCalendarView.class,
                    VaadinIcon.CALENDAR.create()));
        }
        boolean screening = allowed(me, ScreeningCampaignsView.class) || allowed(me, HighCareRosterView.class);
        if (screening && me.school() != null && screenings.available()) {
            if (allowed(me, ScreeningCampaignsView.class)) {
                nav.addItem(new SideNavItem(getTranslation("nav.screening"), ScreeningCampaignsView.class,
                        VaadinIcon.CLIPBOARD_CHECK.create()));
            }
            if (allowed(me, HighCareRosterView.class)) {
                nav.addItem(new SideNavItem(getTranslation("nav.roster"), HighCareRosterView.class,
                        VaadinIcon.LIST_OL.create()));
            }
        }
        if (allowed(me, PlatformConsoleView.class)) {
            nav.addItem(new SideNavItem(getTranslation("nav.adminConsole"), PlatformConsoleView.class,
                    VaadinIcon.DASHBOARD.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.schoolList"), SchoolListImportView.class,
                    VaadinIcon.INSTITUTION.create()));
        }
        if (allowed(me, RetentionView.class)) {
            nav.addItem(new SideNavItem(getTranslation("nav.retention"), RetentionView.class, VaadinIcon.ARCHIVE.create()));
        }
        if (allowed(me, SchoolConsoleView.class) && me.school() != null) {
            nav.addItem(new SideNavItem(getTranslation("nav.schoolConsole"), SchoolConsoleView.class,
                    VaadinIcon.COG.create()));
        }
        if (allowed(me, StudentImportView.class) && me.school() != null) {
            nav.addItem(new SideNavItem(getTranslation("nav.studentImport"), StudentImportView.class,
                    VaadinIcon.FILE_TABLE.create()));
        }
        if (allowed(me, RolloverView.class) && me.school() != null) {
            nav.addItem(new SideNavItem(getTranslation("nav.rollover"), RolloverView.class,
                    VaadinIcon.LEVEL_UP.create()));
        }
        if (allowed(me, StaffImportView.class)) {
            nav.addItem(new SideNavItem(getTranslation("nav.staffImport"), StaffImportView.class,
                    VaadinIcon.USER_CARD.create()));
        }
        if (allowed(me, SecurityView.class)) {
            nav.addItem(new SideNavItem(getTranslation("nav.security"), SecurityView.class, VaadinIcon.SHIELD.create()));
        }
        if (allowed(me, TransfersView.class) && me.school() != null) {
            nav.addItem(new SideNavItem(getTranslation("nav.transfers"), TransfersView.class,
                    VaadinIcon.EXCHANGE.create()));
        }
        if (allowed(me, BureauInboxView.class) && me.bureauCounty() != null) {
            nav.addItem(new SideNavItem(getTranslation("nav.filings"), BureauInboxView.class, VaadinIcon.INBOX.create()));
        }
        if (allowed(me, BureauModulesView.class) && me.bureauCounty() != null) {
            nav.addItem(new SideNavItem(getTranslation("nav.modules"), BureauModulesView.class,
                    VaadinIcon.PACKAGE.create()));
        }
        addToDrawer(nav);
    }

    /** What a narrow header leaves out, at the top of the drawer: school, policy, on a phone the language. */
    private Div drawerInfo(String where, String policy) {
        Span school = new Span(where);
        school.setId("drawer-school");
        school.addClassName(LumoUtility.FontWeight.SEMIBOLD);
        Span policyLine = new Span(policy);
        policyLine.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.SECONDARY);
        Button language = new Button(getTranslation("header.language"), e -> UiLocale.toggle(UI.getCurrent()));
        language.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        language.setId("drawer-language-toggle");
        Div info = new Div(school, policyLine, language);
        info.addClassNames("hx-drawer-info", "hx-tablet-down");
        return info;
    }

    private String countyName(Profile me) {
        return me.policy() == null ? getTranslation("county.name." + me.school().county())
                : UiLocale.isEnglish(getLocale()) ? me.policy().en() : me.policy().zhTw();
    }

    /** The same rule the access control applies on navigation. */
    static boolean allowed(Profile me, Class<?> view) {
        RolesAllowed roles = view.getAnnotation(RolesAllowed.class);
        return roles == null || me.roles().stream()
                .anyMatch(r -> Arrays.asList(roles.value()).contains(r.code().name()));
    }

    /** Ends the session (where the login lives) and the container's login for this request. */
    private static void logout() {
        UI.getCurrent().getPage().setLocation("login");
        WrappedSession session = VaadinSession.getCurrent().getSession();
        if (session != null) {
            session.invalidate();
        }
        try {
            VaadinServletRequest.getCurrent().getHttpServletRequest().logout();
        } catch (ServletException | IllegalStateException alreadyEnded) {
            // The session that held the login is gone either way.
        }
    }
}
