package tw.huixiao.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;

/**
 * What people typed into a record (a note, an address, a guardian's relation, a plan's term) shown as
 * written: it is data, not a text of the UI, so it is not translated; marked {@code lang="zh-TW"} so
 * that screen readers, the browser and the language scan know it is Chinese on purpose.
 */
public final class RecordText {

    private RecordText() {
    }

    public static Span of(String typed) {
        Span span = new Span(typed == null ? "" : typed);
        return mark(span);
    }

    public static <C extends Component> C mark(C component) {
        component.getElement().setAttribute("lang", "zh-TW");
        return component;
    }
}
