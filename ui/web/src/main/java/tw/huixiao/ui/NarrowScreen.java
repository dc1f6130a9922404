package tw.huixiao.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import java.util.function.Consumer;

/**
 * Tells a view whether the browser is phone-wide, now and after every resize, for what CSS
 * alone cannot change: a Vaadin Grid cannot reflow, so a list shows cards instead. The same
 * width as the stylesheet's phone layout (huixiao-layout.css).
 */
public final class NarrowScreen {

    /** Up to this many CSS pixels wide is a phone. */
    public static final int PHONE_MAX_WIDTH = 600;

    private NarrowScreen() {
    }

    /** Calls {@code narrow} once the owner is attached and again whenever the answer may have changed. */
    public static void follow(Component owner, Consumer<Boolean> narrow) {
        owner.addAttachListener(attach -> {
            UI ui = attach.getUI();
            // Asked afresh on each attach: cached client details keep the width of the first page.
            ui.getPage().executeJs("return window.innerWidth")
                    .then(Integer.class, width -> narrow.accept(width <= PHONE_MAX_WIDTH));
            Registration resize = ui.getPage().addBrowserWindowResizeListener(
                    e -> narrow.accept(e.getWidth() <= PHONE_MAX_WIDTH));
            owner.addDetachListener(detach -> {
                resize.remove();
                detach.unregisterListener();
            });
        });
    }
}
