package tw.huixiao.ui.views.casework;

import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.List;
import java.util.Map;
import tw.huixiao.platform.application.Caller;
import tw.huixiao.platform.application.CaseView;
import tw.huixiao.platform.application.casework.CaseLifecycleService;
import tw.huixiao.platform.application.casework.CaseTimelineService.Entry;
import tw.huixiao.platform.application.casework.CaseTimelineService.Kind;
import tw.huixiao.platform.application.casework.StaffDirectory.Member;
import tw.huixiao.policy.spi.casework.CaseState;

/**
 * The counselling tier and the people assigned to the case, each change with who, when and why;
 * the tier is changed by the counselling office or the principal, the people by counselling,
 * student affairs or the principal (the service checks again).
 */
class PeoplePanel extends VerticalLayout {

    PeoplePanel(CaseView k, Caller caller, List<Member> staff, List<Entry> timeline, CaseLifecycleService lifecycle,
                Runnable reload) {
        setId("case-people");
        setPadding(false);
        Map<Long, Member> byId = CaseworkText.byId(staff);
        Span tier = new Span(getTranslation("casework.tier." + k.tier()));
        tier.getElement().getThemeList().add("badge");
        tier.setId("case-tier");
        add(line(getTranslation("casework.tier"), tier));
        add(person("HOMEROOM_TEACHER", CaseworkText.person(byId, k.homeroomTeacherId())),
                person("MENTOR_TEACHER", CaseworkText.person(byId, k.mentorTeacherId())),
                person("COUNSELLOR", CaseworkText.person(byId, k.counsellorId())),
                person("CASE_MANAGER", CaseworkText.person(byId, k.caseManagerId())));

        List<Entry> changes = timeline.stream().filter(e -> e.kind() == Kind.TIER || e.kind() == Kind.ASSIGNMENT).toList();
        add(new H4(getTranslation("casework.people.history")));
        TimelinePanel history = new TimelinePanel(changes);
        history.setId("case-people-history");
        add(history);

        boolean open = k.state() != CaseState.CLOSED;
        if (open && CaseLifecycleService.maySetTier(caller)) {
            TierForm form = new TierForm(k.tier(), k.version());
            form.addSubmitListener(e -> ServiceCalls.submit(form, () -> lifecycle.setTier(k.id(), e.value()), changed -> {
                ServiceCalls.saved(form);
                reload.run();
            }, reload));
            add(new H4(getTranslation("casework.tier.change")), form);
        }
        if (open && CaseLifecycleService.mayAssign(caller)) {
            AssignmentForm form = new AssignmentForm(k, staff);
            form.addSubmitListener(e -> ServiceCalls.submit(form, () -> lifecycle.assign(k.id(), e.value()), changed -> {
                ServiceCalls.saved(form);
                reload.run();
            }, reload));
            add(new H4(getTranslation("casework.assign.change")), form);
        }
    }

    private HorizontalLayout person(String subject, String name) {
        Span who = new Span(name == null ? getTranslation("casework.nobody") : name);
        who.setId("case-person-" + subject);
        return line(getTranslation("casework.assignment." + subject), who);
    }

    private static HorizontalLayout line(String label, Span value) {
        Span caption = new Span(label + "：");
        caption.addClassName(LumoUtility.TextColor.SECONDARY);
        caption.setWidth("7em");
        HorizontalLayout row = new HorizontalLayout(caption, value);
        row.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        return row;
    }
}
