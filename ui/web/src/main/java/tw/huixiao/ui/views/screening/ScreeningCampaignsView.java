package tw.huixiao.ui.views.screening;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import tw.huixiao.platform.application.AccessDeniedException;
import tw.huixiao.platform.application.CallerProvider;
import tw.huixiao.platform.application.InvalidInputException;
import tw.huixiao.platform.application.StateConflictException;
import tw.huixiao.platform.application.screening.ScreeningService;
import tw.huixiao.platform.application.screening.ScreeningView;
import tw.huixiao.platform.domain.screening.ScreeningForm;
import tw.huixiao.ui.MainLayout;
import tw.huixiao.ui.PlatformText;
import tw.huixiao.ui.RocDates;

/**
 * Yunlin's screening by class (高關懷學生篩選, 附表一, YL-SCREEN): the campaigns the user may see —
 * the offices and the principal all of them, a 導師 those of their own classes — with their
 * progress; the counselling office and the principal start one for a class or a grade. A row
 * opens the campaign. Only for schools whose county module has the screening form.
 */
@Route(value = "screening", layout = MainLayout.class)
@PageTitle("高關懷學生篩選 · 回校 Huixiao")
@RolesAllowed({"PRINCIPAL", "STUDENT_AFFAIRS", "ACADEMIC_AFFAIRS", "REGISTRAR", "COUNSELING", "HOMEROOM_TEACHER"})
@Dependent
public class ScreeningCampaignsView extends VerticalLayout {

    private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");

    @Inject
    ScreeningService screenings;

    @Inject
    CallerProvider callers;

    @Inject
    Clock clock;

    @PostConstruct
    void build() {
        setSizeFull();
        if (!ScreeningHeading.add(this, "screening.title",
                screenings.campaignOfCounty().map(c -> c.ruleId().value()), "screening-unavailable")) {
            return;
        }
        if (ScreeningService.organises(callers.get())) {
            Button start = new Button(getTranslation("screening.new"), VaadinIcon.PLUS.create(), e -> start());
            start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            start.setId("campaign-new");
            add(start);
        }
        Grid<ScreeningView.Campaign> grid = new Grid<>();
        grid.addColumn(c -> getTranslation("screening.term", c.schoolYear(), c.semester()))
                .setHeader(getTranslation("screening.term.header")).setAutoWidth(true);
        grid.addColumn(this::scope).setHeader(getTranslation("screening.scope")).setAutoWidth(true);
        grid.addColumn(c -> RocDates.compact(c.assessedOn())).setHeader(getTranslation("screening.assessedOn"))
                .setAutoWidth(true);
        grid.addColumn(c -> c.progress().students()).setHeader(getTranslation("screening.students")).setAutoWidth(true);
        grid.addColumn(c -> getTranslation("screening.done", c.progress().byStage().getOrDefault("4", 0)
                        + c.progress().byOutcome().getOrDefault(ScreeningForm.Outcome.SCREENED_OUT.name(), 0),
                        c.progress().students()))
                .setHeader(getTranslation("screening.doneHeader")).setAutoWidth(true);
        grid.addColumn(c -> c.progress().byOutcome().getOrDefault(ScreeningForm.Outcome.HIGH_CARE.name(), 0))
                .setHeader(getTranslation("screening.outcome.HIGH_CARE")).setAutoWidth(true);
        grid.addComponentColumn(c -> {
            // The organiser's own words: shown as written in either language.
            Span note = new Span(c.note() == null ? "" : c.note());
            note.getElement().setAttribute("translate", "no");
            return note;
        }).setHeader(getTranslation("screening.note"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setId("campaigns-grid");
        grid.setEmptyStateText(getTranslation("grid.empty"));
        // A school has a few campaigns a semester; each comes with its counts from the service.
        grid.setItems(screenings.list(null));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(ScreeningCampaignView.class, e.getItem().id())));
        add(grid);
        setFlexGrow(1, grid);
    }

    private String scope(ScreeningView.Campaign c) {
        return c.className() != null ? getTranslation("screening.scope.classNamed", c.className())
                : getTranslation("screening.gradeOption", c.grade());
    }

    private void start() {
        LocalDate today = LocalDate.now(clock.withZone(TAIPEI));
        CampaignStartForm form = new CampaignStartForm(screenings.classes(), today);
        Dialog dialog = new Dialog(form);
        dialog.setHeaderTitle(getTranslation("screening.new"));
        dialog.setWidth("min(44em, 96vw)");
        Button cancel = new Button(getTranslation("casework.cancel"), e -> dialog.close());
        cancel.setId("campaign-form-cancel");
        dialog.getFooter().add(cancel);
        form.addSubmitListener(e -> {
            try {
                ScreeningView.Campaign started = screenings.start(e.value());
                dialog.close();
                getUI().ifPresent(ui -> ui.navigate(ScreeningCampaignView.class, started.id()));
            } catch (InvalidInputException ex) {
                form.showErrors(ex.errors());
            } catch (StateConflictException | AccessDeniedException ex) {
                form.showMessage(PlatformText.of(ex.getMessage()));
            }
        });
        dialog.open();
    }
}
