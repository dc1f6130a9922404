package tw.huixiao.ui.views.casework;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.List;
import tw.huixiao.platform.application.casework.CaseTimelineService.Entry;
import tw.huixiao.platform.application.casework.CaseTimelineService.Kind;
import tw.huixiao.ui.PlatformText;
import tw.huixiao.ui.RecordText;

/**
 * The case's timeline, oldest first: each recorded event (opened, reported, a needs
 * assessment…) and each change of state, tier and assigned people, with when, who and why.
 */
class TimelinePanel extends VerticalLayout {

    TimelinePanel(List<Entry> entries) {
        setId("case-timeline");
        setPadding(false);
        setSpacing(false);
        if (entries.isEmpty()) {
            add(new Paragraph(getTranslation("casework.timeline.none")));
        }
        entries.forEach(e -> add(entry(e)));
    }

    private HorizontalLayout entry(Entry e) {
        Span when = new Span(CaseworkText.moment(e.at()));
        when.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        when.setWidth("9em");
        Span kind = new Span(getTranslation("casework.timeline.kind." + e.kind()));
        kind.getElement().getThemeList().add(e.kind() == Kind.EVENT ? "badge" : "badge contrast");
        kind.setWidth("4em");
        Span what = new Span(what(e));
        what.addClassName(LumoUtility.FontWeight.SEMIBOLD);
        Div text = new Div(what);
        String by = e.byName() == null ? getTranslation("casework.timeline.engine") : e.byName();
        Span detail = new Span(by + (e.note() == null ? "" : "："));
        if (e.note() != null) {
            // The platform's own notes in the user's language; a reason someone typed as written.
            boolean typed = e.byName() != null && !PlatformText.isBilingual(e.note());
            detail.add(typed ? RecordText.of(e.note()) : new Span(PlatformText.of(e.note())));
        }
        detail.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        text.add(new Div(detail));
        HorizontalLayout row = new HorizontalLayout(when, kind, text);
        row.addClassNames("timeline-entry", LumoUtility.Padding.Vertical.XSMALL, LumoUtility.Border.BOTTOM,
                LumoUtility.BorderColor.CONTRAST_10);
        row.setWidthFull();
        row.getElement().setAttribute("data-kind", e.kind().name());
        row.getElement().setAttribute("data-subject", e.subject());
        return row;
    }

    private String what(Entry e) {
        String nobody = getTranslation("casework.nobody");
        return switch (e.kind()) {
            case EVENT -> getTranslation("casework.event." + e.subject());
            case STATE -> getTranslation("casework.timeline.state", CaseworkText.state(this, e.from()),
                    CaseworkText.state(this, e.to()));
            case TIER -> getTranslation("casework.timeline.tier", e.from(), e.to());
            case ASSIGNMENT -> getTranslation("casework.assignment." + e.subject()) + "："
                    + (e.from() == null ? nobody : e.from()) + " → " + (e.to() == null ? nobody : e.to());
        };
    }
}
