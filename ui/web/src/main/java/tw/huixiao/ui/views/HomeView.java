package tw.huixiao.ui.views;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import tw.huixiao.platform.application.CallerProvider;
import tw.huixiao.platform.application.Caller;
import tw.huixiao.platform.application.ProfileService;
import tw.huixiao.platform.application.ProfileService.Profile;
import tw.huixiao.platform.application.casework.MeetingKind;
import tw.huixiao.platform.application.escalation.MissingRollService;
import tw.huixiao.platform.application.escalation.TaskService;
import tw.huixiao.platform.application.filings.BureauFilingService;
import tw.huixiao.platform.domain.escalation.BureauFilingView;
import tw.huixiao.platform.application.filings.OverdueSchool;
import tw.huixiao.platform.application.overview.LandingService;
import tw.huixiao.platform.application.overview.CountyPictureService;
import tw.huixiao.platform.application.overview.SchoolOverviewService;
import tw.huixiao.platform.domain.escalation.TaskView;
import tw.huixiao.platform.domain.identity.Role;
import tw.huixiao.platform.application.overview.Meeting;
import tw.huixiao.platform.application.overview.RollState;
import tw.huixiao.platform.application.overview.TierCount;
import tw.huixiao.ui.MainLayout;
import tw.huixiao.ui.RocDates;
import tw.huixiao.ui.UiLocale;
import tw.huixiao.ui.views.landing.CountyPicturePanel;
import tw.huixiao.ui.views.landing.SchoolOverviewPanel;
import tw.huixiao.ui.views.onboarding.PlatformConsoleView;
import tw.huixiao.ui.views.onboarding.RolloverView;
import tw.huixiao.ui.views.onboarding.SchoolConsoleView;
import tw.huixiao.ui.views.onboarding.StudentImportView;
import tw.huixiao.platform.application.escalation.MissingRoll;

/**
 * The first screen after login, by role: the person's own duties due today and overdue, each with
 * one action (辦理 opens it in 今日待辦); for a homeroom teacher today's roll of their classes; for
 * the counselling office its caseload by tier and the week's meetings; for the principal the school
 * overview; for the school's administrator the way to their console, the student import and the
 * rollover; for a county bureau officer the inbox of filings in brief above the county's picture
 * (issue 20); the platform administrator the way to their console. The profile moved
 * to the user menu (ProfileView).
 */
@Route(value = "", layout = MainLayout.class)
@PageTitle("回校 Huixiao")
@Dependent
public class HomeView extends VerticalLayout {

    private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    @Inject
    ProfileService profiles;

    @Inject
    CallerProvider callers;

    @Inject
    TaskService tasks;

    @Inject
    LandingService landing;

    @Inject
    SchoolOverviewService overview;

    @Inject
    MissingRollService missingRolls;

    @Inject
    CountyPictureService countyPicture;

    @Inject
    BureauFilingService filings;

    @Inject
    Clock clock;

    @PostConstruct
    void build() {
        setId("landing");
        Profile me = profiles.current();
        Caller caller = callers.get();
        LocalDate today = LocalDate.now(clock.withZone(TAIPEI));
        H2 hello = new H2(getTranslation("home.welcome", me.displayName()));
        hello.addClassNames(LumoUtility.Margin.Bottom.NONE);
        Span date = new Span(getTranslation("landing.today", RocDates.format(today)));
        date.addClassNames(LumoUtility.TextColor.SECONDARY);
        add(hello, date);
        if (countyPicture.available()) {
            add(bureauInbox(), new CountyPicturePanel(countyPicture));
            return;
        }
        if (me.school() == null) {
            add(new Paragraph(getTranslation(caller.has(Role.BUREAU_OFFICER) ? "landing.bureau" : "landing.admin")));
            if (caller.has(Role.PLATFORM_ADMIN)) {
                Anchor console = new Anchor(RouteConfiguration.forSessionScope().getUrl(PlatformConsoleView.class),
                        getTranslation("landing.console"));
                console.setId("landing-console");
                add(console);
            }
            add(profileLink());
            return;
        }
        if (caller.has(Role.SCHOOL_ADMIN)) {
            add(schoolAdministration());
        }
        add(myDuties(caller));
        if (caller.has(Role.HOMEROOM_TEACHER)) {
            add(rolls());
        }
        if (missingRolls.mayRead()) {
            add(missingRolls());
        }
        if (overview.available()) {
            add(new SchoolOverviewPanel(overview.overview()));
        }
        if (caller.has(Role.COUNSELING)) {
            add(caseload());
        }
    }

    /**
     * The bureau's inbox in brief (issue 20 §3): how many filings await it and the newest few, and the
     * schools with filings overdue; each opens the inbox (送件收件匣), where they are acknowledged.
     */
    private Component bureauInbox() {
        Div section = section("landing-bureau-inbox", getTranslation("landing.inbox"));
        String inbox = RouteConfiguration.forSessionScope().getUrl(BureauInboxView.class);
        BureauFilingService.InboxSummary summary = filings.summary(5);
        long overdue = summary.overdueBySchool().stream().mapToLong(OverdueSchool::filings).sum();
        FlexLayout figures = new FlexLayout(
                SchoolOverviewPanel.figure(this, getTranslation("landing.inbox.awaiting"), summary.awaiting(), inbox,
                        "landing-inbox-awaiting"),
                SchoolOverviewPanel.figure(this, getTranslation("landing.inbox.overdue"), overdue, inbox,
                        "landing-inbox-overdue"));
        figures.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        figures.addClassNames(LumoUtility.Gap.MEDIUM);
        section.add(figures);
        if (!summary.newest().isEmpty()) {
            section.add(new H4(getTranslation("landing.inbox.newest")));
        }
        boolean english = UiLocale.isEnglish(getLocale());
        for (BureauFilingView f : summary.newest()) {
            Span when = new Span(RocDates.compact(f.filedAt().atZone(TAIPEI).toLocalDate()));
            when.getElement().getThemeList().add("badge");
            Span school = new Span(f.schoolName());
            school.getElement().setAttribute("lang", "zh-TW"); // a school's name is data
            Span what = new Span(english ? f.titleEn() : f.titleZh());
            Anchor line = new Anchor(inbox, when, school, what);
            line.addClassNames("landing-inbox-filing", LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP,
                    LumoUtility.Gap.SMALL, LumoUtility.AlignItems.BASELINE, LumoUtility.Padding.Vertical.XSMALL);
            line.getElement().setAttribute("data-filing", String.valueOf(f.id()));
            section.add(line);
        }
        if (summary.overdueBySchool().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("filings.overdue.none"));
            none.setId("landing-inbox-overdue-none");
            section.add(none);
        } else {
            section.add(new H4(getTranslation("filings.overdue.title")));
            for (OverdueSchool o : summary.overdueBySchool()) {
                Span name = new Span(o.name() + "（" + o.moeCode() + "）");
                name.getElement().setAttribute("lang", "zh-TW");
                Span count = new Span(getTranslation("landing.inbox.overdueCount", o.filings()));
                count.getElement().getThemeList().add("badge error");
                Anchor line = new Anchor(inbox, name, count);
                line.addClassNames("landing-inbox-overdue-school", LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP,
                        LumoUtility.Gap.SMALL, LumoUtility.AlignItems.BASELINE, LumoUtility.Padding.Vertical.XSMALL);
                line.getElement().setAttribute("data-school", String.valueOf(o.schoolId()));
                section.add(line);
            }
        }
        Anchor open = new Anchor(inbox, getTranslation("landing.inbox.open"));
        open.setId("landing-inbox-open");
        section.add(new Div(open));
        return section;
    }

    /** The school administrator's way into their console, the imports and the rollover. */
    private Component schoolAdministration() {
        Div section = section("landing-school-admin", getTranslation("landing.schoolAdmin"));
        RouteConfiguration routes = RouteConfiguration.forSessionScope();
        Anchor console = new Anchor(routes.getUrl(SchoolConsoleView.class), getTranslation("landing.console"));
        console.setId("landing-school-console");
        Anchor students = new Anchor(routes.getUrl(StudentImportView.class), getTranslation("nav.studentImport"));
        students.setId("landing-student-import");
        Anchor rollover = new Anchor(routes.getUrl(RolloverView.class), getTranslation("nav.rollover"));
        rollover.setId("landing-rollover");
        FlexLayout links = new FlexLayout(console, students, rollover);
        links.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        links.addClassNames(LumoUtility.Gap.LARGE);
        section.add(new Paragraph(getTranslation("landing.schoolAdmin.help")), links);
        return section;
    }

    private Anchor profileLink() {
        Anchor profile = new Anchor("profile", getTranslation("landing.profile"));
        profile.setId("landing-profile");
        return profile;
    }

    /** The caller's own duties (a principal's overdue list is the school's: only their own are kept here). */
    private Component myDuties(Caller caller) {
        Div section = section("landing-duties", getTranslation("landing.duties"));
        Map<Long, TaskView> mine = new LinkedHashMap<>();
        Stream.concat(tasks.due("overdue").stream(), tasks.due("today").stream())
                .filter(tasks::isOwn)
                .forEach(t -> mine.putIfAbsent(t.id(), t));
        if (mine.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("landing.duties.none"));
            none.setId("landing-duties-none");
            section.add(none);
            return section;
        }
        boolean english = UiLocale.isEnglish(getLocale());
        mine.values().forEach(t -> section.add(duty(t, english)));
        return section;
    }

    private Component duty(TaskView t, boolean english) {
        Span rule = new Span(t.ruleId());
        rule.getElement().getThemeList().add("badge contrast");
        Span due = new Span(deadline(t));
        due.getElement().getThemeList().add(t.overdue() ? "badge error" : "badge");
        Span what = new Span(t.studentName() + "：" + (english ? t.dutyEn() : t.dutyZh()));
        what.addClassNames(LumoUtility.Flex.GROW);
        what.getStyle().set("min-width", "12em");
        // The duties branch opens the duty's completion path from today?task={id}.
        Anchor act = new Anchor("today?task=" + t.id(), getTranslation("landing.duty.act"));
        act.getElement().getThemeList().add("badge primary");
        act.addClassName("landing-duty-act");
        FlexLayout row = new FlexLayout(rule, due, what, act);
        row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.addClassNames(LumoUtility.Gap.SMALL, "landing-duty");
        row.getElement().setAttribute("data-task", String.valueOf(t.id()));
        row.setWidthFull();
        return row;
    }

    private String deadline(TaskView t) {
        return switch (t.dueKind()) {
            case "ONGOING" -> getTranslation("today.ongoing");
            case "TIME" -> getTranslation(t.overdue() ? "today.overdue" : "today.due") + " "
                    + RocDates.compact(t.dueAt().atZone(TAIPEI).toLocalDate()) + " " + TIME.format(t.dueAt().atZone(TAIPEI));
            default -> t.dueOn() == null ? "" : getTranslation(t.overdue() ? "today.overdue" : "today.due") + " "
                    + RocDates.compact(t.dueOn());
        };
    }

    /** Today's roll of each of the teacher's classes: saved by whom and when, or not yet taken. */
    private Component rolls() {
        Div section = section("landing-roll", getTranslation("landing.roll"));
        List<RollState> rolls = landing.rollsToday();
        if (rolls.isEmpty()) {
            section.add(new Paragraph(getTranslation("landing.roll.noClass")));
        }
        for (RollState r : rolls) {
            String text = !r.taken() ? getTranslation("landing.roll.notTaken", r.className())
                    : r.byFile() ? getTranslation("landing.roll.byFile", r.className(),
                    TIME.format(r.savedAt().atZone(TAIPEI)), r.savedBy())
                    : getTranslation("landing.roll.taken", r.className(), TIME.format(r.savedAt().atZone(TAIPEI)),
                    r.savedBy());
            Span line = new Span(text);
            line.getElement().getThemeList().add(r.taken() ? "badge success" : "badge error");
            line.addClassName("landing-roll-state");
            line.getElement().setAttribute("data-taken", String.valueOf(r.taken()));
            Anchor take = new Anchor(RouteConfiguration.forSessionScope().getUrl(RollView.class),
                    getTranslation(r.taken() ? "landing.roll.open" : "landing.roll.take"));
            take.setId("landing-roll-" + r.classId());
            FlexLayout row = new FlexLayout(line, take);
            row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            row.addClassNames(LumoUtility.Gap.MEDIUM);
            section.add(row);
        }
        return section;
    }

    /**
     * School days whose roll never came, as the daily run flagged them: a missing roll is neither
     * absence nor presence, so the registrar chases it (the class's roll or the school's file).
     */
    private Component missingRolls() {
        Div section = section("landing-missing-rolls", getTranslation("landing.missingRolls"));
        List<MissingRoll> missing = missingRolls.missing();
        if (missing.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("landing.missingRolls.none"));
            none.setId("landing-missing-rolls-none");
            section.add(none);
        }
        for (MissingRoll m : missing) {
            Span line = new Span(getTranslation(m.classId() == 0 ? "landing.missingRolls.file" : "landing.missingRolls.class",
                    RocDates.compact(m.day()), m.className() == null ? "" : m.className()));
            line.getElement().getThemeList().add("badge error");
            line.addClassName("landing-missing-roll");
            section.add(new Div(line));
        }
        return section;
    }

    /** The counselling office's caseload by tier (each number opens the case list) and this week's meetings. */
    private Component caseload() {
        Div section = section("landing-caseload", getTranslation("landing.caseload"));
        FlexLayout tiers = new FlexLayout();
        tiers.addClassNames(LumoUtility.Gap.MEDIUM);
        tiers.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        Map<Integer, Long> byTier = new LinkedHashMap<>();
        for (int tier = 1; tier <= 3; tier++) {
            byTier.put(tier, 0L);
        }
        for (TierCount t : landing.caseloadByTier()) {
            byTier.put(t.tier(), t.cases());
        }
        byTier.forEach((tier, n) -> tiers.add(SchoolOverviewPanel.figure(this, getTranslation("casework.tier." + tier),
                n, "cases?tier=" + tier, "landing-tier-" + tier)));
        section.add(tiers);
        section.add(new H3(getTranslation("landing.meetings")));
        List<Meeting> meetings = landing.meetingsThisWeek();
        if (meetings.isEmpty()) {
            section.add(new Paragraph(getTranslation("landing.meetings.none")));
        }
        boolean english = UiLocale.isEnglish(getLocale());
        for (Meeting m : meetings) {
            String kind;
            try {
                kind = english ? MeetingKind.valueOf(m.kind()).label().en() : MeetingKind.valueOf(m.kind()).label().zhTw();
            } catch (IllegalArgumentException unknown) {
                kind = getTranslation("landing.meeting");
            }
            Anchor line = new Anchor("case/" + m.caseId(), RocDates.compact(m.heldOn()) + " · " + m.studentName() + " · "
                    + kind);
            line.addClassName("landing-meeting");
            section.add(new Div(line));
        }
        return section;
    }

    private static Div section(String id, String title) {
        Div section = new Div(new H3(title));
        section.setId(id);
        section.setWidthFull();
        section.addClassNames(LumoUtility.Border.BOTTOM, LumoUtility.BorderColor.CONTRAST_10,
                LumoUtility.Padding.Bottom.MEDIUM);
        return section;
    }
}
