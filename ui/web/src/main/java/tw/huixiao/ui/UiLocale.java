package tw.huixiao.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;

/** Traditional Chinese first; English when the user switches. The choice lives in the session. */
public final class UiLocale {

    public static final Locale CHINESE = Locale.TAIWAN;
    public static final Locale ENGLISH = Locale.ENGLISH;
    private static final String SESSION_KEY = UiLocale.class.getName();

    private UiLocale() {
    }

    public static Locale current(VaadinSession session) {
        Object chosen = session == null ? null : session.getAttribute(SESSION_KEY);
        return chosen instanceof Locale locale ? locale : CHINESE;
    }

    public static void toggle(UI ui) {
        Locale next = ENGLISH.equals(current(ui.getSession())) ? CHINESE : ENGLISH;
        ui.getSession().setAttribute(SESSION_KEY, next);
        ui.getPage().reload();
    }

    public static boolean isEnglish(Locale locale) {
        return "en".equals(locale.getLanguage());
    }
}
