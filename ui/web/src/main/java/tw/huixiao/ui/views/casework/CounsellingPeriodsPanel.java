package tw.huixiao.ui.views.casework;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import tw.huixiao.platform.application.CaseView;
import tw.huixiao.platform.application.casework.CounsellingPeriodService;
import tw.huixiao.platform.application.casework.StaffDirectory;
import tw.huixiao.ui.GridHeights;
import tw.huixiao.ui.RocDates;

/**
 * The case's counselling periods (輔導期程): start, end, effective or not, who evaluated it and
 * when, the note; for the counselling office and the principal while the case is open, a new
 * period. Two periods without effect on a case of the diversion route make the service propose
 * the 轉向評估 referral (Yunlin YL-REF-DROPOUT): the proposal is shown with its task and draft.
 */
class CounsellingPeriodsPanel extends VerticalLayout {

    /** What the panel needs besides the case. */
    record Context(CounsellingPeriodService periods, Supplier<List<StaffDirectory.Member>> staff, long me,
                   LocalDate today, boolean mayRecord, Runnable reload) {
    }

    CounsellingPeriodsPanel(CaseView k, Context context) {
        setId("case-periods");
        setPadding(false);
        if (context.mayRecord()) {
            Button record = new Button(getTranslation("casework.period.new"), e -> record(k, context));
            record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            record.setId("period-new");
            add(record);
        }
        CounsellingPeriodService.Periods found = context.periods().list(k.id());
        if (found.diversionProposal() != null) {
            add(proposal(found.diversionProposal()));
        }
        if (found.periods().isEmpty()) {
            add(new Paragraph(getTranslation("casework.period.none")));
            return;
        }
        Span count = new Span(getTranslation("casework.period.withoutEffect", found.withoutEffect()));
        count.setId("period-without-effect");
        count.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        Grid<CounsellingPeriodService.View> grid = new Grid<>();
        grid.addColumn(p -> getTranslation("casework.period.span", RocDates.compact(p.startsOn()),
                RocDates.compact(p.endsOn()))).setHeader(getTranslation("casework.period.startsOn") + "／"
                + getTranslation("casework.period.endsOn")).setAutoWidth(true);
        grid.addColumn(new ComponentRenderer<>(p -> {
            Span badge = new Span(getTranslation("casework.period.effective." + p.effective()));
            badge.getElement().getThemeList().add(p.effective() ? "badge success" : "badge error");
            badge.addClassName("period-effective");
            return badge;
        })).setHeader(getTranslation("casework.period.effective")).setAutoWidth(true);
        grid.addColumn(CounsellingPeriodService.View::evaluatedByName).setHeader(getTranslation("casework.period.evaluator"))
                .setAutoWidth(true);
        grid.addColumn(p -> RocDates.compact(p.evaluatedOn())).setHeader(getTranslation("casework.period.evaluatedOn"))
                .setAutoWidth(true);
        grid.addColumn(p -> p.note() == null ? "" : p.note()).setHeader(getTranslation("casework.period.note"));
        // A case has a handful of periods, all from one call.
        grid.setItems(found.periods());
        GridHeights.fit(grid, found.periods().size());
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setId("period-grid");
        add(count, grid);
    }

    private Div proposal(CounsellingPeriodService.Proposal p) {
        Span rule = new Span(p.ruleId());
        rule.getElement().getThemeList().add("badge error");
        Span text = new Span(getTranslation("casework.period.proposal", p.agencyName()));
        text.addClassName(LumoUtility.FontWeight.SEMIBOLD);
        HorizontalLayout heading = new HorizontalLayout(rule, text);
        heading.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        Div card = CaseworkText.card("period-proposal");
        card.setId("period-proposal");
        Span detail = new Span(getTranslation("casework.period.proposal.detail", CaseworkText.moment(p.proposedAt()),
                p.taskId(), p.referralId()));
        detail.addClassName(LumoUtility.FontSize.SMALL);
        card.add(heading, new Div(detail));
        return card;
    }

    private void record(CaseView k, Context context) {
        CounsellingPeriodForm form = new CounsellingPeriodForm(context.staff().get(), context.me(), context.today());
        Dialog dialog = FormDialog.open(getTranslation("casework.period.new"), form);
        form.addSubmitListener(e -> ServiceCalls.submit(form, () -> context.periods().record(k.id(), e.value()), saved -> {
            dialog.close();
            ServiceCalls.saved(form);
            context.reload().run();
        }, context.reload()));
    }
}
