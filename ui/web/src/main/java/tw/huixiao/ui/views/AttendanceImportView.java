package tw.huixiao.ui.views;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import tw.huixiao.platform.application.CallerProvider;
import tw.huixiao.platform.application.InvalidInputException;
import tw.huixiao.platform.application.attendance.AttendanceFile;
import tw.huixiao.platform.application.attendance.AttendanceService;
import tw.huixiao.platform.application.attendance.AttendanceService.RawRow;
import tw.huixiao.platform.application.escalation.EscalationRuns;
import tw.huixiao.platform.application.escalation.SchoolEscalation;
import tw.huixiao.ui.MainLayout;
import tw.huixiao.ui.PlatformText;
import tw.huixiao.ui.UploadTexts;

/**
 * A school system's attendance file (CSV in UTF-8, UTF-8 with BOM or Big5) imported through the
 * same path as {@code POST /api/v1/attendance}: first a preview — the rows as read and every
 * bad line with its reason, nothing written — then the import of the whole file, or nothing.
 */
@Route(value = "attendance/import", layout = MainLayout.class)
@PageTitle("出缺席匯入 · 回校 Huixiao")
@RolesAllowed({"REGISTRAR", "ACADEMIC_AFFAIRS", "STUDENT_AFFAIRS", "PRINCIPAL"})
@Dependent
public class AttendanceImportView extends VerticalLayout {

    /** Rows shown in the preview; the check covers the whole file. */
    static final int PREVIEW_ROWS = 50;

    @Inject
    AttendanceService attendance;

    @Inject
    EscalationRuns escalation;

    @Inject
    CallerProvider callers;

    private record Received(String name, byte[] data) {
    }

    private final AtomicReference<Received> received = new AtomicReference<>();
    private final Grid<RawRow> preview = new Grid<>();
    private final UnorderedList errors = new UnorderedList();
    private final Span summary = new Span();
    private final Button importButton = new Button();
    private String fileName;
    private AttendanceFile.Decoded decoded;
    private List<RawRow> rows = List.of();

    @PostConstruct
    void build() {
        setSizeFull();
        // The handler runs in the upload request, outside the UI: it only keeps the file; the
        // component's own success event (a UI round trip) then checks it.
        Upload upload = new Upload(UploadHandler.inMemory((metadata, data) -> received.set(
                new Received(metadata.fileName(), data))));
        upload.getElement().addEventListener("upload-success", e -> {
            Received file = received.getAndSet(null);
            if (file != null) {
                check(file.name(), file.data());
            }
        });
        upload.setAcceptedFileTypes(".csv", "text/csv", "text/plain");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(20 * 1024 * 1024);
        upload.setId("attendance-upload");
        UploadTexts.localise(upload);

        preview.addColumn(RawRow::line).setHeader(getTranslation("import.line")).setAutoWidth(true).setFlexGrow(0);
        preview.addColumn(RawRow::date).setHeader(getTranslation("roll.date")).setAutoWidth(true);
        preview.addColumn(r -> r.studentId() != null ? String.valueOf(r.studentId())
                : r.className() + " #" + r.seat()).setHeader(getTranslation("import.student")).setAutoWidth(true);
        preview.addColumn(RawRow::name).setHeader(getTranslation("students.name")).setAutoWidth(true);
        preview.addColumn(RawRow::status).setHeader(getTranslation("roll.status")).setAutoWidth(true);
        preview.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        preview.setId("import-preview");
        preview.setVisible(false);
        errors.setId("import-errors");
        summary.setId("import-summary");

        importButton.setText(getTranslation("import.run"));
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.setEnabled(false);
        importButton.setId("import-run");
        importButton.addClickListener(e -> runImport());

        add(new H2(getTranslation("import.title")), new Paragraph(getTranslation("import.help")), upload, summary,
                errors, importButton, preview);
        setFlexGrow(1, preview);
    }

    private void check(String name, byte[] data) {
        errors.removeAll();
        importButton.setEnabled(false);
        fileName = name;
        try {
            decoded = AttendanceFile.decode(data, null);
            rows = AttendanceFile.rows(decoded.text());
            preview.setItems(rows.subList(0, Math.min(PREVIEW_ROWS, rows.size())));
            preview.setVisible(true);
            attendance.check(AttendanceService.Source.CSV, fileName, decoded.encoding(), rows);
            summary.setText(getTranslation("import.ready", rows.size(), decoded.encoding()));
            importButton.setEnabled(true);
        } catch (InvalidInputException e) {
            summary.setText(getTranslation("import.refused", e.errors().size()));
            e.errors().forEach(error -> errors.add(new ListItem(PlatformText.of(error.message()))));
        }
    }

    private void runImport() {
        try {
            AttendanceService.ImportResult result = attendance.importRows(AttendanceService.Source.CSV, fileName,
                    decoded.encoding(), rows);
            SchoolEscalation.Outcome detected = escalation.runSchool(callers.get().requireSchool());
            summary.setText(getTranslation("import.done", result.rows(), result.changed(), detected.tasksCreated()));
            Notification.show(summary.getText()).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            importButton.setEnabled(false);
        } catch (InvalidInputException e) {
            summary.setText(getTranslation("import.refused", e.errors().size()));
            e.errors().forEach(error -> errors.add(new ListItem(PlatformText.of(error.message()))));
            importButton.setEnabled(false);
        }
    }
}
