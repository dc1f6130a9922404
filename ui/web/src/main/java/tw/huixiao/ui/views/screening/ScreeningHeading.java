package tw.huixiao.ui.views.screening;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** The top of a Yunlin screen: its title with the rule it serves, and what a school of another county sees. */
final class ScreeningHeading {

    private ScreeningHeading() {
    }

    /**
     * Adds the title and the rule badge; where the school's module has no 附表一, says so (with
     * {@code unavailableId}) and answers false: the screen shows nothing else.
     */
    static boolean add(VerticalLayout view, String titleKey, String ruleId, boolean available, String unavailableId) {
        Span rule = new Span(ruleId);
        rule.getElement().getThemeList().add("badge contrast");
        HorizontalLayout heading = new HorizontalLayout(new H2(view.getTranslation(titleKey)), rule);
        heading.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        view.add(heading);
        if (!available) {
            Paragraph none = new Paragraph(view.getTranslation("screening.unavailable"));
            none.setId(unavailableId);
            view.add(none);
        }
        return available;
    }
}
