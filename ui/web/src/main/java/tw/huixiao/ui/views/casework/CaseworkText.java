package tw.huixiao.ui.views.casework;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBoxBase;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import tw.huixiao.platform.application.casework.StaffDirectory;
import tw.huixiao.policy.spi.LocalizedText;
import tw.huixiao.ui.RecordText;
import tw.huixiao.ui.RocDates;
import tw.huixiao.ui.UiLocale;

/** How the case-work panels write states, moments, people and bilingual labels. */
final class CaseworkText {

    private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private CaseworkText() {
    }

    /** The text in the UI's language. */
    static String label(LocalizedText text) {
        return UiLocale.isEnglish(UI.getCurrent().getLocale()) ? text.en() : text.zhTw();
    }

    /** 115/03/09 08:30 */
    static String moment(Instant at) {
        return RocDates.compact(at.atZone(TAIPEI).toLocalDate()) + " " + TIME.format(at.atZone(TAIPEI));
    }

    static String state(Component c, String state) {
        return state == null ? "" : c.getTranslation("case.state." + state);
    }

    /** A person's name by account id, or "#id" for an account no longer among the staff. */
    static String person(Map<Long, StaffDirectory.Member> staff, Long id) {
        if (id == null) {
            return null;
        }
        StaffDirectory.Member m = staff.get(id);
        return m == null ? "#" + id : m.name();
    }

    /** A labelled line of a card: "主席：李○豪"; an empty value shows as "—". */
    static Div detail(String label, String value) {
        Span caption = new Span(label + "：");
        caption.addClassName(LumoUtility.TextColor.SECONDARY);
        Div line = new Div(caption, new Span(value == null || value.isBlank() ? "—" : value));
        line.addClassName(LumoUtility.FontSize.SMALL);
        return line;
    }

    /** A labelled line whose value is what someone typed (minutes, a reason): shown as written, marked Chinese. */
    static Div typed(String label, String value) {
        Div line = detail(label, value);
        if (value != null && !value.isBlank()) {
            RecordText.mark(line.getComponentAt(1));
        }
        return line;
    }

    /** A bordered card of a list (a meeting, a referral). */
    static Div card(String className) {
        Div card = new Div();
        card.addClassNames(className, LumoUtility.BoxSizing.BORDER, LumoUtility.Padding.SMALL, LumoUtility.Border.ALL,
                LumoUtility.BorderColor.CONTRAST_10, LumoUtility.BorderRadius.MEDIUM, LumoUtility.Margin.Bottom.SMALL);
        card.setWidthFull();
        return card;
    }

    /** A picker of staff (one or several) shown by name. */
    static <B extends ComboBoxBase<B, StaffDirectory.Member, ?>> B staffPicker(B box, String label,
                                                                            List<StaffDirectory.Member> staff, String id) {
        box.setLabel(label);
        box.setItems(staff);
        box.setItemLabelGenerator(StaffDirectory.Member::name);
        box.setId(id);
        return box;
    }

    static Map<Long, StaffDirectory.Member> byId(List<StaffDirectory.Member> staff) {
        return staff.stream().collect(Collectors.toMap(StaffDirectory.Member::id, Function.identity()));
    }
}
