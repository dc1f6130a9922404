package tw.huixiao.ui.views;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import tw.huixiao.platform.application.EditConflictException;
import tw.huixiao.platform.application.InvalidInputException;
import tw.huixiao.platform.application.StateConflictException;
import tw.huixiao.platform.application.filings.BureauFilingService;
import tw.huixiao.platform.domain.escalation.BureauFilingView;
import tw.huixiao.ui.FieldErrors;
import tw.huixiao.ui.ReasonDialog;
import tw.huixiao.ui.MainLayout;
import tw.huixiao.ui.RecordText;
import tw.huixiao.ui.RocDates;
import tw.huixiao.ui.UiLocale;

/**
 * The bureau's inbox of filings (issue 20 §3): what the county's schools filed from their ladder
 * duties — the record attached as PDF — to acknowledge (收件備查) or return (退回) with a reason,
 * and the duties whose filing is overdue, per school. Cards rather than a grid, so a phone shows
 * every filing whole.
 */
@Route(value = "bureau/filings", layout = MainLayout.class)
@PageTitle("送件收件匣 · 回校 Huixiao")
@RolesAllowed("BUREAU_OFFICER")
@Dependent
public class BureauInboxView extends VerticalLayout {

    private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");
    private static final List<String> FILTERS = List.of("FILED", "ACKNOWLEDGED", "RETURNED", "ALL");

    @Inject
    BureauFilingService filings;

    private final Div cards = new Div();
    private final Div overdue = new Div();
    private String filter = "FILED";

    @PostConstruct
    void build() {
        setId("bureau-inbox");
        setMaxWidth("60rem");
        add(new H2(getTranslation("filings.title")));
        Tabs tabs = new Tabs();
        Map<Tab, String> byTab = new LinkedHashMap<>();
        for (String f : FILTERS) {
            Tab tab = new Tab(getTranslation("filings.filter." + f));
            tab.setId("filings-filter-" + f);
            byTab.put(tab, f);
            tabs.add(tab);
        }
        tabs.addSelectedChangeListener(e -> {
            filter = byTab.get(e.getSelectedTab());
            refresh();
        });
        cards.setId("filings-cards");
        cards.setWidthFull();
        overdue.setId("filings-overdue");
        overdue.setWidthFull();
        H3 overdueTitle = new H3(getTranslation("filings.overdue.title"));
        add(tabs, cards, overdueTitle, overdue);
        refresh();
    }

    private void refresh() {
        BureauFilingService.Inbox inbox = filings.inbox("ALL".equals(filter) ? List.of() : List.of(filter));
        cards.removeAll();
        if (inbox.filings().isEmpty()) {
            cards.add(new Paragraph(getTranslation("filings.none")));
        }
        inbox.filings().forEach(f -> cards.add(card(f)));
        overdue.removeAll();
        if (inbox.overdue().isEmpty()) {
            overdue.add(new Paragraph(getTranslation("filings.overdue.none")));
        }
        Map<String, List<BureauFilingView>> bySchool = inbox.overdue().stream().collect(Collectors.groupingBy(
                f -> f.schoolName() + "（" + f.schoolMoeCode() + "）", LinkedHashMap::new, Collectors.toList()));
        bySchool.forEach((school, owed) -> {
            Div block = box();
            block.addClassName("filings-overdue-school");
            Span name = new Span(getTranslation("filings.overdue.school", school, owed.size()));
            name.addClassNames(LumoUtility.FontWeight.SEMIBOLD, LumoUtility.Display.BLOCK);
            block.add(name);
            owed.forEach(f -> {
                Span line = new Span(title(f) + " · " + getTranslation("filings.due", due(f)));
                line.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.Display.BLOCK, LumoUtility.TextColor.ERROR);
                block.add(line);
            });
            overdue.add(block);
        });
    }

    private Div card(BureauFilingView f) {
        Div card = box();
        card.addClassName("filing-card");
        card.setId("filing-" + f.id());
        Span title = new Span(title(f));
        title.addClassNames(LumoUtility.FontWeight.SEMIBOLD, LumoUtility.Display.BLOCK);
        Span status = new Span(getTranslation("filings.status." + f.status()));
        status.getElement().getThemeList().add("badge" + switch (f.status()) {
            case "ACKNOWLEDGED" -> " success";
            case "RETURNED" -> " error";
            default -> "";
        });
        status.addClassName("filing-status");
        FlexLayout head = new FlexLayout(title, status);
        head.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        head.addClassNames(LumoUtility.Gap.SMALL, LumoUtility.AlignItems.BASELINE);
        card.add(head);
        card.add(line(getTranslation("filings.school", f.schoolName(), f.schoolMoeCode())));
        card.add(line(getTranslation("filings.student", f.studentName()
                + (f.className() == null ? "" : "（" + f.className() + "）"))));
        card.add(line(getTranslation("filings.filed", f.filedByName(),
                RocDates.compact(f.filedAt().atZone(TAIPEI).toLocalDate()))));
        if (f.note() != null) {
            Div note = new Div(new Span(getTranslation("filings.note")), RecordText.of(f.note()));
            note.addClassNames(LumoUtility.FontSize.SMALL);
            card.add(note);
        }
        if (f.decidedAt() != null) {
            card.add(line(getTranslation("filings.decided." + f.status(), f.decidedByName(),
                    RocDates.compact(f.decidedAt().atZone(TAIPEI).toLocalDate()))
                    + (f.decisionNote() == null ? "" : "：" + f.decisionNote())));
        }
        Anchor pdf = new Anchor(contextPath() + "/api/v1/filings/" + f.id() + "/attachment", getTranslation("filings.attachment"));
        pdf.setTarget(AnchorTarget.BLANK);
        pdf.setRouterIgnore(true);
        pdf.setId("filing-pdf-" + f.id());
        FlexLayout actions = new FlexLayout(pdf);
        actions.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        actions.addClassNames(LumoUtility.Gap.MEDIUM, LumoUtility.AlignItems.CENTER, LumoUtility.Margin.Top.SMALL);
        if ("FILED".equals(f.status())) {
            Button acknowledge = new Button(getTranslation("filings.acknowledge"), e -> decide(f, true, null));
            acknowledge.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            acknowledge.setId("filing-acknowledge-" + f.id());
            Button giveBack = new Button(getTranslation("filings.return"), e -> returnDialog(f));
            giveBack.addThemeVariants(ButtonVariant.LUMO_ERROR);
            giveBack.setId("filing-return-" + f.id());
            actions.add(acknowledge, giveBack);
        }
        card.add(actions);
        return card;
    }

    private void returnDialog(BureauFilingView f) {
        new ReasonDialog("filing-return", getTranslation("filings.return.title"),
                getTranslation("filings.return.reason"), "note", getTranslation("filings.return"),
                (reason, errors) -> decide(f, false, reason, errors)).maxLength(2000).open();
    }

    private void decide(BureauFilingView f, boolean acknowledge, String note) {
        decide(f, acknowledge, note, new FieldErrors());
    }

    private boolean decide(BureauFilingView f, boolean acknowledge, String note, FieldErrors errors) {
        BureauFilingService.Decision decision = new BureauFilingService.Decision(note, f.version());
        try {
            if (acknowledge) {
                filings.acknowledge(f.id(), decision);
            } else {
                filings.giveBack(f.id(), decision);
            }
        } catch (InvalidInputException e) {
            errors.show(e);
            return false;
        } catch (EditConflictException | StateConflictException e) {
            Notification.show(getTranslation("filings.changed"), 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            refresh();
            return false;
        }
        Notification.show(getTranslation(acknowledge ? "filings.acknowledged" : "filings.returned"), 3000,
                Notification.Position.BOTTOM_CENTER).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        refresh();
        return true;
    }

    private String title(BureauFilingView f) {
        return UiLocale.isEnglish(getLocale()) ? f.titleEn() : f.titleZh();
    }

    private String due(BureauFilingView f) {
        if (f.dueOn() != null) {
            return RocDates.compact(f.dueOn());
        }
        return f.dueAt() == null ? "—" : RocDates.compact(f.dueAt().atZone(TAIPEI).toLocalDate()) + " "
                + f.dueAt().atZone(TAIPEI).toLocalTime().withSecond(0).withNano(0);
    }

    private static String contextPath() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null ? "" : request.getContextPath();
    }

    private static Span line(String text) {
        Span line = new Span(text);
        line.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.Display.BLOCK, LumoUtility.TextColor.SECONDARY);
        return line;
    }

    private static Div box() {
        Div box = new Div();
        box.addClassNames(LumoUtility.Border.ALL, LumoUtility.BorderColor.CONTRAST_10, LumoUtility.BorderRadius.MEDIUM,
                LumoUtility.Padding.MEDIUM, LumoUtility.Margin.Bottom.SMALL);
        box.setWidthFull();
        box.getStyle().set("box-sizing", "border-box"); // padding inside the width: no sideways scroll on a phone
        return box;
    }
}
