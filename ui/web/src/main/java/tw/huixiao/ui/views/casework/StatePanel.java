package tw.huixiao.ui.views.casework;

import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;
import tw.huixiao.platform.application.Caller;
import tw.huixiao.platform.application.CaseView;
import tw.huixiao.platform.application.casework.CaseLifecycleService;
import tw.huixiao.platform.domain.casework.CaseLifecycle;
import tw.huixiao.policy.spi.casework.CaseState;
import tw.huixiao.ui.RocDates;

/**
 * Where the case stands and where it may go next (the platform's graph), and — for the roles
 * that move cases — the change with its reason. A move the county module forbids, or a closure
 * before its rule allows, comes back as the service's refusal with the rule id (and the earliest
 * date); the panel offers the move, the service decides.
 */
class StatePanel extends VerticalLayout {

    StatePanel(CaseView k, Caller caller, CaseLifecycleService lifecycle, Runnable reload) {
        setId("case-state");
        setPadding(false);
        Span state = new Span(CaseworkText.state(this, k.state().name()));
        state.getElement().getThemeList().add(k.state() == CaseState.CLOSED ? "badge contrast" : "badge success");
        state.setId("case-state-current");
        Span since = new Span(getTranslation("casework.state.since", RocDates.format(k.stateSince() == null
                ? k.openedOn() : k.stateSince().atZone(ZoneId.of("Asia/Taipei")).toLocalDate())));
        since.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        HorizontalLayout current = new HorizontalLayout(new Span(getTranslation("casework.state.current")), state, since);
        current.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        add(current);

        List<CaseState> next = List.copyOf(CaseLifecycle.next(k.state()));
        Paragraph possible = new Paragraph(getTranslation("casework.state.next", next.stream()
                .map(s -> CaseworkText.state(this, s.name())).collect(Collectors.joining("、"))));
        possible.setId("case-state-next");
        add(possible);

        List<CaseState> offered = next.stream().filter(to -> CaseLifecycleService.mayMove(caller, k.state(), to)).toList();
        if (offered.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("casework.state.notYours"));
            none.addClassName(LumoUtility.TextColor.SECONDARY);
            add(none);
            return;
        }
        TransitionForm form = new TransitionForm(offered, k.version());
        form.addSubmitListener(e -> ServiceCalls.submit(form, () -> lifecycle.transition(k.id(), e.value()), moved -> {
            ServiceCalls.saved(form);
            reload.run();
        }, reload));
        add(new H4(getTranslation("casework.state.change")), form);
    }
}
