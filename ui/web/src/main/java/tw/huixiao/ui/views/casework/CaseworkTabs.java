package tw.huixiao.ui.views.casework;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import tw.huixiao.platform.application.Caller;
import tw.huixiao.platform.application.CallerProvider;
import tw.huixiao.platform.application.CaseService;
import tw.huixiao.platform.application.CaseView;
import tw.huixiao.platform.application.ProfileService;
import tw.huixiao.platform.application.casework.CaseLifecycleService;
import tw.huixiao.platform.application.casework.CaseTimelineService;
import tw.huixiao.platform.application.casework.CaseworkAccess;
import tw.huixiao.platform.application.casework.CounsellingPeriodService;
import tw.huixiao.platform.application.casework.MeetingService;
import tw.huixiao.platform.application.casework.ReferralService;
import tw.huixiao.platform.application.casework.StaffDirectory;
import tw.huixiao.platform.application.forms.FormPrefillService;
import tw.huixiao.policy.spi.RuleId;
import tw.huixiao.policy.spi.casework.CaseState;

/**
 * The case work of the case workspace as tabs — timeline, state, tier and people, meetings,
 * referrals, and counselling periods where the module proposes a diversion after them (Yunlin) —
 * each panel in its own class. A tab's data is read when the tab is shown (the
 * workspace opens fast and every look is in the access log when it happens); after a change the
 * workspace reloads and the same tab comes back. Only what the user's roles allow is offered;
 * the services check again.
 */
@Dependent
public class CaseworkTabs {

    private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");

    @Inject
    CallerProvider callers;

    @Inject
    CaseService cases;

    @Inject
    CaseTimelineService timeline;

    @Inject
    CaseLifecycleService lifecycle;

    @Inject
    StaffDirectory staff;

    @Inject
    MeetingService meetings;

    @Inject
    ReferralService referrals;

    @Inject
    ProfileService profiles;

    @Inject
    CounsellingPeriodService periods;

    @Inject
    FormPrefillService prefills;

    @Inject
    Clock clock;

    /** The tab shown last, kept across the workspace's reloads. */
    private String selected = "timeline";

    /** The tabs for the case; {@code reload} redraws the workspace after a change. */
    public TabSheet forCase(CaseView k, Runnable reload) {
        Caller caller = callers.get();
        boolean open = k.state() != CaseState.CLOSED;
        boolean office = CaseworkAccess.isOffice(caller);
        LocalDate today = LocalDate.now(clock.withZone(TAIPEI));
        Map<String, Supplier<Component>> panels = new LinkedHashMap<>();
        panels.put("timeline", () -> new TimelinePanel(timeline.timeline(k.id())));
        panels.put("state", () -> new StatePanel(k, caller, lifecycle, reload));
        panels.put("people", () -> new PeoplePanel(k, caller, staff.ofCallersSchool(), timeline.timeline(k.id()),
                lifecycle, reload));
        panels.put("meetings", () -> new MeetingsPanel(k, new MeetingsPanel.Context(meetings, staff::ofCallersSchool,
                () -> cases.pinnedPolicy(k.id()).encodedRules().stream().map(RuleId::toString).toList(), today,
                caller.userId(), office && open, reload)));
        panels.put("referrals", () -> new ReferralsPanel(k, new ReferralsPanel.Context(referrals, prefills,
                () -> cases.pinnedPolicy(k.id()).agencies(), district(), today, office && open, reload)));
        if (office && periods.proposesDiversion(k.id())) {
            panels.put("periods", () -> new CounsellingPeriodsPanel(k, new CounsellingPeriodsPanel.Context(periods,
                    staff::ofCallersSchool, caller.userId(), today, open && CounsellingPeriodService.mayRecord(caller),
                    reload)));
        }

        TabSheet sheet = new TabSheet();
        sheet.setId("casework-tabs");
        sheet.setWidthFull();
        List<String> keys = new ArrayList<>(panels.keySet());
        List<Div> contents = new ArrayList<>();
        for (String key : keys) {
            Div content = new Div();
            content.setWidthFull();
            contents.add(content);
            Tab tab = sheet.add(sheet.getTranslation("casework.tab." + key), content);
            tab.setId("tab-" + key);
        }
        sheet.addSelectedChangeListener(e -> {
            int index = sheet.getSelectedIndex();
            selected = keys.get(index);
            contents.forEach(Div::removeAll);
            contents.get(index).add(panels.get(selected).get());
        });
        int index = keys.indexOf(selected);
        if (index == 0) {
            // Already selected: the listener does not fire for it.
            contents.get(0).add(panels.get(selected).get());
        } else {
            sheet.setSelectedIndex(index);
        }
        return sheet;
    }

    private String district() {
        ProfileService.SchoolView school = profiles.current().school();
        return school == null ? null : school.district();
    }
}
