package tw.huixiao.ui.views.isp;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import tw.huixiao.platform.application.isp.BudgetView;
import tw.huixiao.policy.spi.LocalizedText;
import tw.huixiao.ui.GridHeights;
import tw.huixiao.ui.Money;

/**
 * The ISP budget as the service computed it from the plan (never typed): a line per teacher,
 * tracking visit and expense with its rule id and how it came about, the total, and every
 * violation of the county's funding rules in red, each naming its rule. The editor refreshes it
 * on every change.
 */
final class BudgetPanel extends VerticalLayout {

    private final boolean english;

    BudgetPanel(boolean english) {
        this.english = english;
        setId("isp-budget");
        setPadding(true);
        setSpacing(false);
        addClassNames(LumoUtility.Border.ALL, LumoUtility.BorderColor.CONTRAST_10, LumoUtility.BorderRadius.MEDIUM);
        setWidth("34em");
    }

    /** The budget of the plan as it stands; {@code stale}: the plan cannot be computed now, this is the last one. */
    void show(BudgetView budget, boolean stale) {
        removeAll();
        add(heading());
        Span basis = new Span(getTranslation("isp.budget.basis", budget.module(),
                getTranslation("isp.level." + budget.level()),
                getTranslation(budget.remoteArea() ? "isp.budget.remote" : "isp.budget.notRemote")));
        basis.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.SECONDARY);
        add(basis);
        if (stale) {
            Span note = new Span(getTranslation("isp.budget.stale"));
            note.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.WARNING);
            add(note);
        }
        Set<Integer> broken = budget.violations().stream().map(BudgetView.Violation::line)
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        List<BudgetView.Line> lines = budget.lines();
        Grid<Integer> grid = new Grid<>();
        grid.addComponentColumn(i -> item(lines.get(i), broken.contains(i))).setHeader(getTranslation("isp.budget.item"))
                .setFlexGrow(3);
        grid.addColumn(i -> Money.number(lines.get(i).quantity()) + " × " + Money.number(lines.get(i).unitAmount()))
                .setHeader(getTranslation("isp.budget.quantity")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(i -> Money.nt(lines.get(i).amount())).setHeader(getTranslation("isp.budget.amount"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.setItems(java.util.stream.IntStream.range(0, lines.size()).boxed().toList());
        grid.setClassNameGenerator(i -> broken.contains(i) ? "isp-line-broken" : null);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_NO_BORDER);
        GridHeights.fit(grid, lines.size());
        grid.setId("isp-budget-lines");
        add(grid);

        add(sum("isp-budget-hourly", getTranslation("isp.budget.hourlyFees"), budget.hourlyFees(), false));
        if (budget.participantsPay().signum() > 0) {
            add(sum("isp-budget-participants", getTranslation("isp.budget.participantsPay"), budget.participantsPay(), false));
        }
        add(sum("isp-budget-total", getTranslation("isp.budget.total"), budget.total(), true));

        Div violations = new Div();
        violations.setId("isp-violations");
        violations.setWidthFull();
        if (budget.violations().isEmpty()) {
            Span fine = new Span(getTranslation("isp.budget.fundable"));
            fine.getElement().getThemeList().add("badge success");
            violations.add(fine);
        } else {
            Span title = new Span(getTranslation("isp.budget.violations", budget.violations().size()));
            title.addClassNames(LumoUtility.FontWeight.BOLD, LumoUtility.TextColor.ERROR);
            violations.add(title);
            for (BudgetView.Violation v : budget.violations()) {
                violations.add(violation(v));
            }
        }
        add(violations);
    }

    /** The plan cannot be computed yet (a field it needs is missing or wrong) and there is no earlier budget. */
    void unavailable() {
        removeAll();
        Span why = new Span(getTranslation("isp.budget.unavailable"));
        why.addClassNames(LumoUtility.TextColor.SECONDARY);
        why.setId("isp-budget-unavailable");
        add(heading(), why);
    }

    private Component heading() {
        H3 title = new H3(getTranslation("isp.budget"));
        title.addClassNames(LumoUtility.Margin.Top.NONE);
        return title;
    }

    private Component item(BudgetView.Line line, boolean broken) {
        Span name = new Span(text(line.item()) + (line.payee() == null ? "" : "（" + line.payee() + "）"));
        Span rule = new Span(line.ruleId());
        rule.getElement().getThemeList().add(broken ? "badge error small" : "badge contrast small");
        Span basis = new Span(text(line.basis()));
        basis.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.SECONDARY);
        Div cell = new Div(name, new Span(" "), rule, new Div(basis));
        if (broken) {
            name.addClassNames(LumoUtility.TextColor.ERROR);
        }
        return cell;
    }

    private Component violation(BudgetView.Violation v) {
        Span rule = new Span(v.ruleId());
        rule.getElement().getThemeList().add("badge error");
        Span message = new Span(text(v.message()) + (v.occurrences() > 1
                ? getTranslation("isp.budget.occurrences", v.occurrences()) : ""));
        message.addClassNames(LumoUtility.TextColor.ERROR);
        HorizontalLayout row = new HorizontalLayout(rule, message);
        row.setAlignItems(Alignment.BASELINE);
        row.addClassName("isp-violation");
        row.getElement().setAttribute("data-rule", v.ruleId());
        return row;
    }

    private static Component sum(String id, String label, BigDecimal amount, boolean strong) {
        Span name = new Span(label);
        Span value = new Span(Money.nt(amount));
        HorizontalLayout row = new HorizontalLayout(name, value);
        row.setWidthFull();
        row.setJustifyContentMode(JustifyContentMode.BETWEEN);
        if (strong) {
            row.addClassNames(LumoUtility.FontWeight.BOLD, LumoUtility.FontSize.LARGE);
        }
        row.setId(id);
        return row;
    }

    private String text(LocalizedText text) {
        return text == null ? "" : english ? text.en() : text.zhTw();
    }
}
