package tw.huixiao.ui;

import com.vaadin.flow.component.Component;

/**
 * An indigenous people's name as the register stores it (阿美族 …) in the user's language: the
 * sixteen officially recognised peoples have their English names in the bundles; any other
 * spelling is shown as stored.
 */
public final class Tribes {

    private Tribes() {
    }

    public static String name(Component in, String stored) {
        if (stored == null || !UiLocale.isEnglish(in.getUI().map(u -> u.getLocale()).orElse(UiLocale.CHINESE))) {
            return stored;
        }
        String key = "tribe." + stored.strip();
        String english = in.getTranslation(key);
        return english == null || english.contains(key) ? stored : english;
    }
}
