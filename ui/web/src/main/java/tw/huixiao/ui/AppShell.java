package tw.huixiao.ui;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Inline;
import com.vaadin.flow.server.AppShellSettings;

/** Page-wide settings: Lumo theme (the default), zh-TW document language, tablet-friendly viewport. */
@Meta(name = "viewport", content = "width=device-width, initial-scale=1")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("回校 Huixiao");
        // Rule ids and other badges never break mid-id ("TY-D1-/CONTACT").
        settings.addInlineWithContents(Inline.Position.APPEND, "[theme~=\"badge\"]{white-space:nowrap}",
                Inline.Wrapping.STYLESHEET);
    }
}
