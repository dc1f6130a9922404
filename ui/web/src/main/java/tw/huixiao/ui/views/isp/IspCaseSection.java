package tw.huixiao.ui.views.isp;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouteParameters;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import tw.huixiao.platform.application.isp.BudgetView;
import tw.huixiao.platform.application.isp.IspService;
import tw.huixiao.platform.application.isp.IspStep;
import tw.huixiao.platform.application.isp.IspView;
import tw.huixiao.platform.domain.isp.IspState;
import tw.huixiao.ui.Money;
import tw.huixiao.ui.RecordText;
import tw.huixiao.ui.RocDates;
import tw.huixiao.ui.UiLocale;

/**
 * The case workspace's ISP entry: only for a case whose pinned module has an ISP (Tainan's), its
 * plans (state, term, computed total, violations) and "new plan" for an editor when none is in
 * progress. Other counties' cases show nothing.
 */
public final class IspCaseSection {

    /** Where the term's typed name goes in the translated line. */
    private static final String TERM_LABEL = "\u0001";

    private IspCaseSection() {
    }

    public static Optional<Component> forCase(IspService isps, long caseId) {
        if (!isps.available(caseId)) {
            return Optional.empty();
        }
        UI ui = UI.getCurrent();
        boolean english = UiLocale.isEnglish(ui.getLocale());
        VerticalLayout section = new VerticalLayout(new H3(ui.getTranslation("isp.case.title")));
        section.setPadding(false);
        section.setId("case-isp");
        List<IspView> plans = isps.list(caseId);
        for (IspView plan : plans) {
            BudgetView budget = plan.budget();
            // The term's name is what the school typed (115學年度第一學期): shown as written, marked Chinese.
            String[] term = ui.getTranslation("isp.case.term", TERM_LABEL, RocDates.compact(plan.term().startsOn()),
                    plan.term().weeks()).split(Pattern.quote(TERM_LABEL), 2);
            String tail = (term.length > 1 ? term[1] : "") + " · " + Money.nt(budget.total())
                    + (budget.violations().isEmpty() ? "" : " · " + ui.getTranslation("isp.case.violations",
                    budget.violations().size()));
            Button open = new Button();
            open.addClickListener(e -> ui.navigate(IspEditorView.class, route(caseId, String.valueOf(plan.id()))));
            open.getElement().appendChild(new Span("ISP #" + plan.id() + " · "
                    + (english ? plan.stateLabel().en() : plan.stateLabel().zhTw()) + " · " + term[0]).getElement(),
                    RecordText.of(plan.term().label()).getElement(), new Span(tail).getElement());
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            open.addClassName("case-isp-plan");
            section.add(open);
        }
        boolean inProgress = plans.stream().anyMatch(p -> IspState.valueOf(p.state()).active());
        if (!inProgress && isps.stepsFor(IspState.DRAFT).contains(IspStep.EDIT)) {
            Button create = new Button(ui.getTranslation("isp.case.new"), VaadinIcon.PLUS.create(),
                    e -> ui.navigate(IspEditorView.class, route(caseId, "new")));
            create.setId("case-isp-new");
            section.add(create);
        }
        return Optional.of(section);
    }

    private static RouteParameters route(long caseId, String ispId) {
        return new RouteParameters(Map.of("caseId", String.valueOf(caseId), "ispId", ispId));
    }
}
