package tw.huixiao.ui.views.onboarding;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;
import tw.huixiao.platform.application.InvalidInputException;
import tw.huixiao.platform.application.onboarding.ImportFile;
import tw.huixiao.ui.PlatformText;
import tw.huixiao.ui.UploadTexts;

/** What the onboarding screens share: the file upload, the list of a file's problems, data cells. */
public final class OnboardingUi {

    /** Problems listed on the screen; the count covers all. */
    static final int LISTED_ERRORS = 200;

    private OnboardingUi() {
    }

    /**
     * An upload of one CSV or XLSX file, handed over in a UI round trip after it arrived (the
     * handler itself runs outside the UI and only keeps the bytes).
     */
    static Upload upload(String id, BiConsumer<String, byte[]> received) {
        record File(String name, byte[] data) {
        }
        AtomicReference<File> arrived = new AtomicReference<>();
        Upload upload = new Upload(UploadHandler.inMemory((metadata, data) -> arrived.set(
                new File(metadata.fileName(), data))));
        upload.getElement().addEventListener("upload-success", e -> {
            File file = arrived.getAndSet(null);
            if (file != null) {
                received.accept(file.name(), file.data());
            }
        });
        upload.setAcceptedFileTypes(".csv", ".xlsx", "text/csv", "text/plain",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(ImportFile.MAX_BYTES);
        upload.setId(id);
        UploadTexts.localise(upload);
        return upload;
    }

    /** The file's problems in the user's language, the first {@link #LISTED_ERRORS} of them. */
    static void showErrors(UnorderedList list, Component owner, InvalidInputException e) {
        list.removeAll();
        List<InvalidInputException.FieldError> errors = e.errors();
        errors.stream().limit(LISTED_ERRORS).forEach(error -> {
            ListItem item = new ListItem(PlatformText.of(error.message()));
            item.addClassName("onboard-error");
            list.add(item);
        });
        if (errors.size() > LISTED_ERRORS) {
            list.add(new ListItem(owner.getTranslation("onboard.preview.moreErrors", errors.size() - LISTED_ERRORS)));
        }
    }

    /** A column of data as written (names, codes, usernames): marked so that no one translates it. */
    public static <T> Grid.Column<T> dataColumn(Grid<T> grid, ValueProvider<T, String> value) {
        return grid.addColumn(LitRenderer.<T>of("<span translate=\"no\">${item.v}</span>")
                .withProperty("v", t -> {
                    String v = value.apply(t);
                    return v == null ? "" : v;
                })).setAutoWidth(true);
    }

    public static Span data(String text) {
        Span span = new Span(text == null ? "" : text);
        span.getElement().setAttribute("translate", "no");
        return span;
    }

    static Div section(String id) {
        Div div = new Div();
        div.setId(id);
        div.setWidthFull();
        return div;
    }
}
