package tw.huixiao.ui.views.onboarding;

import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.ValueProvider;

/** Cells whose text is Chinese on purpose in either language (a public holiday's official name). */
final class LitRenderers {

    private LitRenderers() {
    }

    static <T> LitRenderer<T> chinese(ValueProvider<T, String> value) {
        return LitRenderer.<T>of("<span lang=\"zh-TW\">${item.v}</span>").withProperty("v", t -> {
            String v = value.apply(t);
            return v == null ? "" : v;
        });
    }
}
