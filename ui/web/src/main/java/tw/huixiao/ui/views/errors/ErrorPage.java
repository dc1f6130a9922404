package tw.huixiao.ui.views.errors;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** An error inside the shell, in the user's language, with a way back to the landing page. */
final class ErrorPage {

    private ErrorPage() {
    }

    static void fill(VerticalLayout page, String kind) {
        page.removeAll();
        page.setId("error-" + kind);
        H2 title = new H2(page.getTranslation("error.page." + kind + ".title"));
        Paragraph text = new Paragraph(page.getTranslation("error.page." + kind + ".text"));
        Anchor back = new Anchor("", page.getTranslation("error.page.back"));
        back.setId("error-back");
        page.add(title, text, back);
    }
}
