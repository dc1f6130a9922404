package tw.huixiao.ui.views.screening;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * The top of a screening screen: its title with the rule it serves (the county module's, SPI 1.6
 * screening()), and what a school whose county does not screen sees.
 */
final class ScreeningHeading {

    private ScreeningHeading() {
    }

    /**
     * Adds the title and the rule badge; where the school's module has no screening (or roster), says
     * so (with {@code unavailableId}) and answers false: the screen shows nothing else.
     */
    static boolean add(VerticalLayout view, String titleKey, java.util.Optional<String> ruleId, String unavailableId) {
        boolean available = ruleId.isPresent();
        HorizontalLayout heading = new HorizontalLayout(new H2(view.getTranslation(titleKey)));
        ruleId.ifPresent(id -> {
            Span rule = new Span(id);
            rule.getElement().getThemeList().add("badge contrast");
            rule.getElement().setAttribute("translate", "no");
            heading.add(rule);
        });
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
