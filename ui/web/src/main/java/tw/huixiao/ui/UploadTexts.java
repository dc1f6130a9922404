package tw.huixiao.ui;

import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import java.util.List;

/** The upload component's own texts (drop zone, button, progress, errors) from the translation bundles. */
public final class UploadTexts {

    private UploadTexts() {
    }

    public static void localise(Upload upload) {
        UploadI18N.Uploading uploading = new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status()
                        .setConnecting(t(upload, "upload.connecting"))
                        .setStalled(t(upload, "upload.stalled"))
                        .setProcessing(t(upload, "upload.processing"))
                        .setHeld(t(upload, "upload.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(t(upload, "upload.remaining"))
                        .setUnknown(t(upload, "upload.remainingUnknown")))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(t(upload, "upload.serverUnavailable"))
                        .setUnexpectedServerError(t(upload, "upload.unexpected"))
                        .setForbidden(t(upload, "upload.forbidden")));
        upload.setI18n(new UploadI18N()
                .setDropFiles(new UploadI18N.DropFiles().setOne(t(upload, "upload.dropOne"))
                        .setMany(t(upload, "upload.dropMany")))
                .setAddFiles(new UploadI18N.AddFiles().setOne(t(upload, "upload.addOne"))
                        .setMany(t(upload, "upload.addMany")))
                .setError(new UploadI18N.Error().setTooManyFiles(t(upload, "upload.tooMany"))
                        .setFileIsTooBig(t(upload, "upload.tooBig"))
                        .setIncorrectFileType(t(upload, "upload.wrongType")))
                .setFile(new UploadI18N.File().setRetry(t(upload, "upload.retry")).setStart(t(upload, "upload.start"))
                        .setRemove(t(upload, "upload.remove")))
                .setUploading(uploading)
                .setUnits(List.of("B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB")));
    }

    private static String t(Upload upload, String key) {
        return upload.getTranslation(key);
    }
}
