package tw.huixiao.platform.interfaces.rest;

import jakarta.ws.rs.core.Response;
import tw.huixiao.platform.application.documents.PrintService;
import tw.huixiao.platform.application.exports.TableExport;

/** How a printed record or an export is answered: inline PDF or an attached spreadsheet, never cached. */
final class PrintResources {

    private PrintResources() {
    }

    static Response pdf(PrintService.Printed printed) {
        return Response.ok(printed.pdf(), DocumentResource.PDF)
                .header("Content-Disposition", "inline; filename=\"" + printed.filename() + "\"")
                .header("Cache-Control", "no-store")
                .header("X-Document-Pages", printed.pages())
                .build();
    }

    static Response attachment(TableExport.File file) {
        return Response.ok(file.content(), file.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + file.filename() + "\"")
                .header("Cache-Control", "no-store")
                .build();
    }
}
