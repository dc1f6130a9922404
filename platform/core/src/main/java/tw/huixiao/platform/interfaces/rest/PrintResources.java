package tw.huixiao.platform.interfaces.rest;

import jakarta.ws.rs.core.Response;
import tw.huixiao.platform.application.documents.PrintService;

/** How a printed record is answered: inline PDF, never cached. */
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
}
