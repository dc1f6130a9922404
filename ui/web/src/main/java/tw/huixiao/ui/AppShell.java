package tw.huixiao.ui;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Inline;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.AppShellSettings;

/**
 * Page-wide settings: Lumo theme (the default), zh-TW document language, phone- and
 * tablet-friendly viewport, and the layout rules for narrow screens (plain CSS inlined into
 * the page, since no frontend build can run here).
 */
@Meta(name = "viewport", content = "width=device-width, initial-scale=1")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("回校 Huixiao");
        settings.addInlineFromFile("META-INF/resources/styles/huixiao-layout.css", Inline.Wrapping.STYLESHEET);
        // Rule ids and other badges never break mid-id ("TY-D1-/CONTACT").
        settings.addInlineWithContents(Inline.Position.APPEND, "[theme~=\"badge\"]{white-space:nowrap}",
                Inline.Wrapping.STYLESHEET);
    }
}
