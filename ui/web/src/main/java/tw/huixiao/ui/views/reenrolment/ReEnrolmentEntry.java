package tw.huixiao.ui.views.reenrolment;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility;
import tw.huixiao.policy.spi.CountyPolicy;
import tw.huixiao.ui.UiLocale;

/**
 * The case workspace's way to re-enrolment and placement: shown only when the case's pinned
 * module has a placement rule (New Taipei's NT-PLACEMENT); for other counties it stays hidden.
 */
public class ReEnrolmentEntry extends VerticalLayout {

    public ReEnrolmentEntry(CountyPolicy policy, long caseId) {
        setPadding(false);
        setId("case-re-enrolment");
        policy.placement().ifPresentOrElse(rule -> {
            RouterLink open = new RouterLink(getTranslation("reenrolment.open"), ReEnrolmentView.class, caseId);
            open.setId("case-re-enrolment-open");
            Span why = new Span((UiLocale.isEnglish(getLocale()) ? rule.description().en() : rule.description().zhTw())
                    + "（" + rule.ruleId() + "）");
            why.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
            add(new H3(getTranslation("reenrolment.title")), open, why);
        }, () -> setVisible(false));
    }
}
