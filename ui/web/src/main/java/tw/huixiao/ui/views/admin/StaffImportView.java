package tw.huixiao.ui.views.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import tw.huixiao.ui.views.onboarding.OnboardingUi;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import tw.huixiao.platform.application.AccessDeniedException;
import tw.huixiao.platform.application.InvalidInputException;
import tw.huixiao.platform.application.StateConflictException;
import tw.huixiao.platform.application.invitation.PasswordLinks;
import tw.huixiao.platform.application.staffimport.StaffFile;
import tw.huixiao.platform.application.staffimport.StaffImport;
import tw.huixiao.platform.application.staffimport.StaffImport.Planned;
import tw.huixiao.platform.application.staffimport.StaffImport.SchoolChoice;
import tw.huixiao.platform.application.staffimport.StaffImport.StaffMember;
import tw.huixiao.platform.domain.identity.Role;
import tw.huixiao.ui.MainLayout;
import tw.huixiao.ui.PlatformText;
import tw.huixiao.ui.RocDates;
import tw.huixiao.ui.UiLocale;
import tw.huixiao.ui.UploadTexts;

/**
 * A school's staff list in (CSV in UTF-8 or Big5, or XLSX) through the same service as
 * {@code POST /api/v1/admin/schools/{id}/staff-import}: first the check — every bad line with its
 * reason, nothing written — then the import of the whole file. Below, the school's staff with the
 * state of their invitation, to resend it or send a reset link (nobody here ever sees a password).
 * Self-contained, for the administrators' consoles to link to: {@code admin/staff-import?school={id}}.
 */
@Route(value = "admin/staff-import", layout = MainLayout.class)
@PageTitle("教職員匯入 · 回校 Huixiao")
@RolesAllowed({"PLATFORM_ADMIN", "SCHOOL_ADMIN"})
@Dependent
public class StaffImportView extends VerticalLayout implements com.vaadin.flow.router.BeforeEnterObserver {

    private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");

    @Inject
    StaffImport imports;

    @Inject
    PasswordLinks links;

    private record Received(String name, byte[] data) {
    }

    private final AtomicReference<Received> received = new AtomicReference<>();
    private final ComboBox<SchoolChoice> school = new ComboBox<>();
    private final IntegerField schoolYear = new IntegerField();
    private final Select<String> encoding = new Select<>();
    private final Span summary = new Span();
    private final UnorderedList errors = new UnorderedList();
    private final Grid<Planned> preview = new Grid<>();
    private final Grid<StaffMember> staff = new Grid<>();
    private final Button importButton = new Button();
    private byte[] file;

    @PostConstruct
    void build() {
        List<SchoolChoice> choices = imports.schools();
        school.setLabel(getTranslation("staffImport.school"));
        school.setItems(choices);
        school.setItemLabelGenerator(s -> s.name() + "（" + s.moeCode() + "）");
        school.setId("staff-import-school");
        school.setWidth("22rem");
        school.setClearButtonVisible(false);
        if (choices.size() == 1) {
            school.setValue(choices.get(0));
            school.setReadOnly(true);
        }
        school.addValueChangeListener(e -> {
            reset();
            refreshStaff();
        });
        schoolYear.setLabel(getTranslation("staffImport.schoolYear"));
        schoolYear.setValue(imports.currentSchoolYear());
        schoolYear.setMin(100);
        schoolYear.setMax(200);
        schoolYear.setStepButtonsVisible(true);
        schoolYear.setId("staff-import-year");
        encoding.setLabel(getTranslation("staffImport.encoding"));
        encoding.setItems("AUTO", "UTF-8", "Big5");
        encoding.setItemLabelGenerator(e -> e.equals("AUTO") ? getTranslation("staffImport.encoding.auto") : e);
        encoding.setValue("AUTO");
        encoding.setId("staff-import-encoding");
        encoding.addValueChangeListener(e -> {
            if (file != null) {
                check();
            }
        });
        HorizontalLayout settings = new HorizontalLayout(school, schoolYear, encoding);
        settings.setWrap(true);
        settings.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        // The handler runs in the upload request: it only keeps the file; the success event checks it.
        Upload upload = new Upload(UploadHandler.inMemory((metadata, data) -> received.set(
                new Received(metadata.fileName(), data))));
        upload.getElement().addEventListener("upload-success", e -> {
            Received got = received.getAndSet(null);
            if (got != null) {
                file = got.data();
                check();
            }
        });
        upload.setAcceptedFileTypes(".csv", ".xlsx", "text/csv", "text/plain",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(StaffFile.MAX_BYTES);
        upload.setId("staff-upload");
        UploadTexts.localise(upload);

        preview.addColumn(Planned::line).setHeader(getTranslation("import.line")).setAutoWidth(true).setFlexGrow(0);
        OnboardingUi.dataColumn(preview, Planned::name).setHeader(getTranslation("staffImport.name"));
        OnboardingUi.dataColumn(preview, Planned::email).setHeader(getTranslation("staffImport.email"));
        OnboardingUi.dataColumn(preview, Planned::username).setHeader(getTranslation("staffImport.username"));
        preview.addColumn(p -> roles(p.roles())).setHeader(getTranslation("staffImport.roles")).setAutoWidth(true);
        preview.addColumn(p -> p.homeroomClass() == null ? "" : p.homeroomClass())
                .setHeader(getTranslation("staffImport.homeroom")).setAutoWidth(true);
        preview.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        preview.setAllRowsVisible(true);
        preview.setId("staff-import-preview");
        preview.setVisible(false);
        errors.setId("staff-import-errors");
        summary.setId("staff-import-summary");

        importButton.setText(getTranslation("staffImport.run"));
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.setEnabled(false);
        importButton.setId("staff-import-run");
        importButton.addClickListener(e -> runImport());

        OnboardingUi.dataColumn(staff, StaffMember::displayName).setHeader(getTranslation("staffImport.name"));
        OnboardingUi.dataColumn(staff, StaffMember::username).setHeader(getTranslation("staffImport.username"));
        OnboardingUi.dataColumn(staff, StaffMember::email).setHeader(getTranslation("staffImport.email"));
        staff.addColumn(m -> roles(m.roles())).setHeader(getTranslation("staffImport.roles")).setAutoWidth(true);
        staff.addColumn(this::linkState).setHeader(getTranslation("staffImport.state")).setAutoWidth(true);
        staff.addComponentColumn(this::actions).setHeader(getTranslation("staffImport.actions")).setAutoWidth(true);
        staff.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        staff.setAllRowsVisible(true);
        staff.setId("staff-list");

        Paragraph help = new Paragraph(getTranslation("staffImport.help"));
        help.addClassName("hx-prose");
        // The column headings are the file's own words, the same in either language.
        Paragraph columns = new Paragraph(new Span(getTranslation("staffImport.columns.required") + " "),
                OnboardingUi.data("姓名、電子郵件、角色"), new Span(" " + getTranslation("staffImport.columns.optional") + " "),
                OnboardingUi.data("導師班級、年級、帳號"));
        columns.setId("staff-import-columns");
        add(new H2(getTranslation("staffImport.title")), help, columns, settings, upload, summary, errors, importButton,
                preview, new H3(getTranslation("staffImport.staff")), staff);
        refreshStaff();
    }

    @Override
    public void beforeEnter(com.vaadin.flow.router.BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("school").ifPresent(id -> {
            try {
                long wanted = Long.parseLong(id);
                imports.schools().stream().filter(s -> s.id() == wanted).findFirst().ifPresent(school::setValue);
            } catch (NumberFormatException ignored) {
                // an unknown school parameter leaves the choice to the user
            }
        });
    }

    private void reset() {
        errors.removeAll();
        summary.setText("");
        preview.setVisible(false);
        importButton.setEnabled(false);
        file = null;
    }

    private String charset() {
        return "AUTO".equals(encoding.getValue()) ? null : encoding.getValue();
    }

    private void check() {
        errors.removeAll();
        importButton.setEnabled(false);
        if (school.getValue() == null) {
            summary.setText(getTranslation("staffImport.chooseSchool"));
            return;
        }
        try {
            StaffImport.Report report = imports.run(school.getValue().id(), schoolYear.getValue(), file, charset(), false);
            preview.setItems(report.staff());
            preview.setVisible(true);
            summary.setText(getTranslation("staffImport.ready", report.staff().size(), report.encoding(),
                    report.schoolYear()));
            importButton.setEnabled(true);
        } catch (InvalidInputException e) {
            refused(e);
        }
    }

    private void runImport() {
        try {
            StaffImport.Report report = imports.run(school.getValue().id(), schoolYear.getValue(), file, charset(), true);
            summary.setText(getTranslation(report.mailEnabled() ? "staffImport.done" : "staffImport.doneNoMail",
                    report.accountsCreated(), report.classesCreated(), report.homeroomsAssigned(),
                    report.invitationsSent()));
            Notification.show(summary.getText()).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            importButton.setEnabled(false);
            file = null;
            refreshStaff();
        } catch (InvalidInputException e) {
            refused(e);
        }
    }

    private void refused(InvalidInputException e) {
        preview.setVisible(false);
        summary.setText(getTranslation("staffImport.refused", e.errors().size()));
        e.errors().forEach(error -> errors.add(new ListItem(PlatformText.of(error.message()))));
    }

    private void refreshStaff() {
        staff.setItems(school.getValue() == null ? List.of() : imports.staff(school.getValue().id()));
    }

    private String roles(List<Role> roles) {
        boolean english = UiLocale.isEnglish(getLocale());
        return String.join("、", roles.stream().map(r -> english ? r.label().en() : r.label().zhTw()).toList());
    }

    private String linkState(StaffMember m) {
        if (m.passwordSet()) {
            return getTranslation("staffImport.state.password");
        }
        if (m.lastLink() == null) {
            return getTranslation("staffImport.state.none");
        }
        if (m.linkUsedAt() == null && m.linkExpiresAt() != null && m.linkExpiresAt().isBefore(Instant.now())) {
            return getTranslation("staffImport.state.expired", date(m.linkExpiresAt()));
        }
        return getTranslation("staffImport.state.invited", date(m.linkSentAt()), date(m.linkExpiresAt()));
    }

    private String date(Instant at) {
        return UiLocale.isEnglish(getLocale()) ? RocDates.gregorian(at.atZone(TAIPEI).toLocalDate())
                : RocDates.format(at.atZone(TAIPEI).toLocalDate());
    }

    private HorizontalLayout actions(StaffMember m) {
        HorizontalLayout row = new HorizontalLayout();
        if (m.email() == null) {
            return row;
        }
        Button send = new Button(getTranslation(m.passwordSet() ? "staffImport.reset" : "staffImport.resend"));
        send.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        send.setId("staff-link-" + m.id());
        send.addClickListener(e -> {
            try {
                PasswordLinks.LinkSent sent = m.passwordSet() ? links.sendReset(m.id()) : links.resendInvitation(m.id());
                Notification.show(getTranslation("staffImport.sent", sent.email()))
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                refreshStaff();
            } catch (InvalidInputException | StateConflictException | AccessDeniedException refused) {
                Notification.show(PlatformText.of(refused instanceof InvalidInputException invalid
                        ? invalid.errors().get(0).message() : refused.getMessage()))
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        row.add(send);
        return row;
    }
}
