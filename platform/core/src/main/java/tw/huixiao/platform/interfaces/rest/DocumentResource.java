package tw.huixiao.platform.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import tw.huixiao.platform.application.documents.DocumentService;

/** A case's official letters and forms: list, generate (PDF), record sending. */
@Path("cases/{id}/documents")
@RequestScoped
public class DocumentResource {

    public static final String PDF = "application/pdf";

    @Inject
    DocumentService documents;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The documents the case's county module can render (and whether each applies to the case), "
            + "those issued (reference number, who, when) and those sent")
    public DocumentService.Documents list(@PathParam("id") long id) {
        return documents.list(id);
    }

    /** A POST (ASVS V13.1.x, V4.2.2): issuing takes the school's next 發文字號, so a link or a prefetch must not. */
    @POST
    @Path("{kind}")
    @Produces({PDF, MediaType.APPLICATION_JSON})
    @Operation(summary = "Issue the document (A4 PDF, Traditional Chinese, ROC date, the next 發文字號 of the "
            + "school's sequence, 密件 when it holds personal data); every issue is recorded and audited")
    public Response generate(@PathParam("id") long id, @PathParam("kind") String kind) {
        DocumentService.Generated generated = documents.generate(id, kind);
        return Response.ok(generated.pdf(), PDF)
                .header("Content-Disposition", "inline; filename=\"" + generated.kind() + "-" + generated.number()
                        + ".pdf\"")
                .header("Cache-Control", "no-store")
                .header("X-Document-Number", generated.number())
                .header("X-Document-Issue", generated.issueId())
                .header("X-Document-Pages", generated.pages())
                .build();
    }

    @POST
    @Path("{kind}/sent")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record that the document was sent (method REGISTERED_MAIL with registeredMailNumber, FAX, "
            + "HAND_DELIVERY or ONLINE; sentOn, default today; referenceNumber, default the latest issue): completes "
            + "the case's open tasks that produce this kind of document")
    public DocumentService.Sent sent(@PathParam("id") long id, @PathParam("kind") String kind,
                                     DocumentService.Sending sending) {
        return documents.markSent(id, kind, sending);
    }
}
