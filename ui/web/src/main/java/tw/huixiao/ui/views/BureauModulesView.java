package tw.huixiao.ui.views;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import tw.huixiao.platform.application.InvalidInputException;
import tw.huixiao.platform.application.StateConflictException;
import tw.huixiao.platform.application.modules.ModuleRefusedException;
import tw.huixiao.platform.application.modules.DryRunReport;
import tw.huixiao.platform.application.modules.DryRunService;
import tw.huixiao.platform.application.modules.ModuleService;
import tw.huixiao.platform.domain.modules.ModuleOrigin;
import tw.huixiao.platform.domain.modules.ModuleState;
import tw.huixiao.platform.domain.modules.StoredModule;
import tw.huixiao.ui.FieldErrors;
import tw.huixiao.ui.MainLayout;
import tw.huixiao.ui.PlatformText;
import tw.huixiao.ui.RecordText;
import tw.huixiao.ui.RocDatePicker;
import tw.huixiao.ui.RocDates;
import tw.huixiao.ui.UploadTexts;
import tw.huixiao.ui.views.onboarding.OnboardingUi;

/**
 * The bureau's own county module on the hosted service (issue 21 §2, §4): upload a signed module
 * file (verified at once; a refusal names its reason and keeps nothing), follow it through the
 * platform administrator's approval, activate it from a date, roll it back. Cards rather than a
 * grid, so a phone shows every version whole.
 */
@Route(value = "bureau/modules", layout = MainLayout.class)
@PageTitle("規範模組上版 · 回校 Huixiao")
@RolesAllowed("BUREAU_OFFICER")
@Dependent
public class BureauModulesView extends VerticalLayout {

    private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");

    @Inject
    ModuleService modules;

    @Inject
    DryRunService dryRuns;

    @Inject
    Clock clock;

    /** Whether a dry-run shown here is still running (the page polls until it is done). */
    private boolean polling;

    private final Div cards = new Div();
    private final Div refusal = new Div();

    @PostConstruct
    void build() {
        setId("bureau-modules");
        setMaxWidth("60rem");
        Paragraph help = new Paragraph(getTranslation("modules.help"));
        help.addClassName("hx-prose");
        record Received(byte[] data) {
        }
        AtomicReference<Received> arrived = new AtomicReference<>();
        // The handler runs in the upload request: it only keeps the bytes; the success event checks them.
        Upload upload = new Upload(UploadHandler.inMemory((metadata, data) -> arrived.set(new Received(data))));
        upload.getElement().addEventListener("upload-success", e -> {
            Received got = arrived.getAndSet(null);
            if (got != null) {
                upload(got.data());
            }
        });
        upload.setAcceptedFileTypes(".jar", "application/java-archive");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(ModuleService.MAX_JAR_BYTES);
        upload.setId("modules-upload");
        UploadTexts.localise(upload);
        refusal.setId("modules-refusal");
        refusal.setWidthFull();
        cards.setId("modules-cards");
        cards.setWidthFull();
        add(new H2(getTranslation("modules.title")), help, upload, refusal, new H3(getTranslation("modules.versions")),
                cards);
        // A dry-run runs in the background: while one shown here runs, the page asks for its progress.
        addAttachListener(a -> {
            a.getUI().addPollListener(p -> {
                if (polling) {
                    refresh();
                }
            });
            a.getUI().setPollInterval(polling ? 1000 : -1);
        });
        addDetachListener(d -> d.getUI().setPollInterval(-1));
        refresh();
    }

    private void upload(byte[] jar) {
        refusal.removeAll();
        try {
            StoredModule stored = modules.upload(null, jar);
            Notification.show(getTranslation("modules.uploaded.ok", stored.version()), 5000,
                    Notification.Position.BOTTOM_CENTER).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (ModuleRefusedException e) {
            Div box = box();
            box.addClassNames(LumoUtility.TextColor.ERROR);
            Span reason = new Span(getTranslation("modules.refused", getTranslation("modules.reason." + e.reason())));
            reason.addClassNames(LumoUtility.FontWeight.SEMIBOLD, LumoUtility.Display.BLOCK);
            reason.setId("modules-refusal-reason");
            reason.getElement().setAttribute("data-reason", e.reason().name());
            // The checks' own words name files and certificates: shown as written.
            Span detail = OnboardingUi.data(PlatformText.of(e.getMessage()));
            detail.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.Display.BLOCK);
            box.add(reason, detail);
            refusal.add(box);
        }
        refresh();
    }

    private void refresh() {
        cards.removeAll();
        polling = false;
        List<StoredModule> all = modules.list();
        if (all.isEmpty()) {
            cards.add(new Paragraph(getTranslation("modules.none")));
        }
        all.forEach(m -> cards.add(card(m)));
        getUI().ifPresent(ui -> ui.setPollInterval(polling ? 1000 : -1));
    }

    private Div card(StoredModule m) {
        Div card = box();
        card.addClassName("module-card");
        card.setId("module-" + m.id());
        Span title = OnboardingUi.data(m.moduleId() + " " + m.version());
        title.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
        Span state = new Span(stateLabel(m));
        state.getElement().getThemeList().add("badge" + switch (m.state()) {
            case ACTIVE -> " success";
            case RETIRED -> " contrast";
            default -> "";
        });
        state.addClassName("module-state");
        state.getElement().setAttribute("data-state", m.state().name());
        Span origin = new Span(getTranslation("modules.origin." + m.origin()));
        origin.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.SECONDARY);
        FlexLayout head = new FlexLayout(title, state, origin);
        head.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        head.addClassNames(LumoUtility.Gap.SMALL, LumoUtility.AlignItems.BASELINE);
        card.add(head);
        if (m.signerSubject() != null) {
            card.add(labelled("modules.signer", m.signerSubject()));
        }
        card.add(labelled("modules.digest", m.sha256()));
        card.add(step("modules.uploaded", m.uploadedByName(), date(m.uploadedAt())));
        if (m.approvedAt() != null) {
            card.add(step("modules.approved", m.approvedByName(), date(m.approvedAt())));
        }
        if (m.activatedAt() != null && m.origin() == ModuleOrigin.UPLOAD) {
            card.add(step("modules.activated", m.activatedByName(), date(m.activatedAt()),
                    RocDates.compact(m.effectiveFrom())));
        }
        if (m.retiredAt() != null) {
            Div retired = new Div(step("modules.retired", m.retiredByName(), date(m.retiredAt())),
                    RecordText.of(m.retireReason() == null ? "" : m.retireReason()));
            retired.addClassNames(LumoUtility.FontSize.SMALL);
            card.add(retired);
        }
        if (!m.checks().isEmpty()) {
            UnorderedList checks = new UnorderedList();
            checks.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.Margin.Vertical.XSMALL);
            m.checks().forEach(c -> checks.add(new ListItem(PlatformText.of(c))));
            card.add(new Span(getTranslation("modules.checks")), checks);
        }
        boolean dryRunnable = m.state() == ModuleState.VERIFIED || m.state() == ModuleState.APPROVED;
        if (dryRunnable) {
            List<DryRunReport> runs = dryRuns.list(m.id());
            polling |= !runs.isEmpty() && "RUNNING".equals(runs.get(0).state());
            card.add(DryRunPanel.of(this, m.id(), runs, run -> dryRuns.get(m.id(), run)));
        }
        FlexLayout actions = new FlexLayout();
        actions.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        actions.addClassNames(LumoUtility.Gap.MEDIUM, LumoUtility.Margin.Top.SMALL);
        if (dryRunnable) {
            Button dryRun = new Button(getTranslation("dryrun.start"), e -> dryRunDialog(m));
            dryRun.setId("module-dryrun-start-" + m.id());
            actions.add(dryRun);
        }
        if (m.state() == ModuleState.APPROVED) {
            Button activate = new Button(getTranslation("modules.activate"), e -> activateDialog(m));
            activate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            activate.setId("module-activate-" + m.id());
            actions.add(activate);
        }
        if (m.state() == ModuleState.ACTIVE && m.origin() == ModuleOrigin.UPLOAD) {
            Button rollback = new Button(getTranslation("modules.rollback"), e -> rollbackDialog(m));
            rollback.addThemeVariants(ButtonVariant.LUMO_ERROR);
            rollback.setId("module-rollback-" + m.id());
            actions.add(rollback);
        }
        card.add(actions);
        return card;
    }

    private String stateLabel(StoredModule m) {
        if (m.state() == ModuleState.ACTIVE && m.effectiveFrom() != null && m.effectiveFrom().isAfter(today())) {
            return getTranslation("modules.scheduled", RocDates.compact(m.effectiveFrom()));
        }
        return getTranslation("modules.state." + m.state());
    }

    private void activateDialog(StoredModule m) {
        Dialog dialog = new Dialog();
        dialog.setId("module-activate-dialog");
        dialog.setHeaderTitle(getTranslation("modules.activate.title"));
        dialog.setWidth("calc(100vw - 2em)");
        dialog.setMaxWidth("32em");
        RocDatePicker from = new RocDatePicker(getTranslation("modules.activate.from"), today());
        from.setMin(today());
        from.setId("module-activate-from");
        FieldErrors errors = new FieldErrors().on("effectiveFrom", from);
        Paragraph note = new Paragraph(getTranslation("modules.activate.note"));
        note.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        Button send = new Button(getTranslation("modules.activate"), e -> {
            try {
                modules.activate(m.id(), from.getValue());
                dialog.close();
                Notification.show(getTranslation("modules.activated.ok"), 4000, Notification.Position.BOTTOM_CENTER)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                refresh();
            } catch (InvalidInputException ex) {
                errors.show(ex);
            } catch (StateConflictException ex) {
                dialog.close();
                changed();
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("module-activate-send");
        Button cancel = new Button(getTranslation("today.cancel"), e -> dialog.close());
        dialog.add(new VerticalLayout(from, note));
        dialog.getFooter().add(cancel, send);
        dialog.open();
    }

    /** 試運行: the period (default: the current semester to yesterday), then the run starts in the background. */
    private void dryRunDialog(StoredModule m) {
        Dialog dialog = new Dialog();
        dialog.setId("module-dryrun-dialog");
        dialog.setHeaderTitle(getTranslation("dryrun.title"));
        dialog.setWidth("calc(100vw - 2em)");
        dialog.setMaxWidth("32em");
        LocalDate yesterday = today().minusDays(1);
        LocalDate semester = yesterday.getMonthValue() >= 8 ? yesterday.withMonth(8).withDayOfMonth(1)
                : yesterday.getMonthValue() >= 2 ? yesterday.withMonth(2).withDayOfMonth(1)
                : yesterday.minusYears(1).withMonth(8).withDayOfMonth(1);
        RocDatePicker from = new RocDatePicker(getTranslation("dryrun.from"), semester);
        from.setId("module-dryrun-from");
        RocDatePicker to = new RocDatePicker(getTranslation("dryrun.to"), yesterday);
        to.setMax(yesterday);
        to.setId("module-dryrun-to");
        FieldErrors errors = new FieldErrors().on("from", from).on("to", to);
        Paragraph note = new Paragraph(getTranslation("dryrun.note"));
        note.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        Button send = new Button(getTranslation("dryrun.send"), e -> {
            try {
                dryRuns.start(m.id(), from.getValue(), to.getValue());
                dialog.close();
                Notification.show(getTranslation("dryrun.started"), 4000, Notification.Position.BOTTOM_CENTER)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                refresh();
            } catch (InvalidInputException ex) {
                errors.show(ex);
            } catch (StateConflictException ex) {
                dialog.close();
                Notification.show(PlatformText.of(ex.getMessage()), 6000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
                refresh();
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("module-dryrun-send");
        Button cancel = new Button(getTranslation("today.cancel"), e -> dialog.close());
        VerticalLayout fields = new VerticalLayout(from, to, note);
        fields.setPadding(false);
        dialog.add(fields);
        dialog.getFooter().add(cancel, send);
        dialog.open();
    }

    private void rollbackDialog(StoredModule m) {
        Dialog dialog = new Dialog();
        dialog.setId("module-rollback-dialog");
        dialog.setHeaderTitle(getTranslation("modules.rollback.title"));
        dialog.setWidth("calc(100vw - 2em)");
        dialog.setMaxWidth("32em");
        TextArea reason = new TextArea(getTranslation("modules.rollback.reason"));
        reason.setId("module-rollback-reason");
        reason.setWidthFull();
        reason.setMaxLength(500);
        FieldErrors errors = new FieldErrors().on("reason", reason);
        Paragraph note = new Paragraph(getTranslation("modules.rollback.note"));
        note.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        Button send = new Button(getTranslation("modules.rollback"), e -> {
            try {
                ModuleService.Rollback done = modules.rollback(m.id(), reason.getValue());
                dialog.close();
                Notification.show(done.nowServing() == null ? getTranslation("modules.rollback.done.none")
                                : getTranslation("modules.rollback.done", done.nowServing().version()), 5000,
                        Notification.Position.BOTTOM_CENTER).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                refresh();
            } catch (InvalidInputException ex) {
                errors.show(ex);
            } catch (StateConflictException ex) {
                dialog.close();
                Notification.show(PlatformText.of(ex.getMessage()), 6000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
                refresh();
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        send.setId("module-rollback-send");
        Button cancel = new Button(getTranslation("today.cancel"), e -> dialog.close());
        dialog.add(reason, note);
        dialog.getFooter().add(cancel, send);
        dialog.open();
    }

    private void changed() {
        Notification.show(getTranslation("modules.changed"), 5000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
        refresh();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), TAIPEI);
    }

    private static String date(Instant at) {
        return at == null ? "—" : RocDates.compact(at.atZone(TAIPEI).toLocalDate());
    }

    private Div labelled(String key, String data) {
        Span value = OnboardingUi.data(data);
        value.getStyle().set("overflow-wrap", "anywhere");
        Div line = new Div(new Span(getTranslation(key) + "："), value);
        line.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        return line;
    }

    /**
     * One step of the module's life in the user's language, the person's name ({0}) kept as written
     * and marked as data: a Chinese name in an English sentence is not a word to translate.
     */
    private Span step(String key, String who, Object... more) {
        String marker = "\u0000";
        Object[] args = new Object[more.length + 1];
        args[0] = marker;
        System.arraycopy(more, 0, args, 1, more.length);
        String sentence = getTranslation(key, args);
        int at = sentence.indexOf(marker);
        Span line = new Span(new Text(sentence.substring(0, at)),
                OnboardingUi.data(who == null ? "—" : PlatformText.of(who)),
                new Text(sentence.substring(at + marker.length())));
        line.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.Display.BLOCK, LumoUtility.TextColor.SECONDARY);
        return line;
    }

    private static Div box() {
        Div box = new Div();
        box.addClassNames(LumoUtility.Border.ALL, LumoUtility.BorderColor.CONTRAST_10, LumoUtility.BorderRadius.MEDIUM,
                LumoUtility.Padding.MEDIUM, LumoUtility.Margin.Bottom.SMALL);
        box.setWidthFull();
        box.getStyle().set("box-sizing", "border-box");
        return box;
    }
}
