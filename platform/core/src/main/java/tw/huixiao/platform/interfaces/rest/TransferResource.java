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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import tw.huixiao.platform.application.transfers.TransferService;
import tw.huixiao.platform.domain.student.TransferView;

/** Transfers between schools: out, incoming, arrival confirmed (報到), phone checks off the service. */
@Path("transfers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TransferResource {

    @Inject
    TransferService transfers;

    @POST
    @Operation(summary = "Record a transfer out {studentId, transferredOn, toMoeCode, reason} (registrar): the student "
            + "leaves the register; the receiving school, if on the service, sees the incoming student")
    public TransferView recordOut(TransferService.TransferOut transfer) {
        return transfers.recordOut(transfer);
    }

    @GET
    @Path("outgoing")
    @Operation(summary = "The school's transfers out with their status and the county module's deadline")
    public List<TransferView> outgoing() {
        return transfers.outgoing();
    }

    @GET
    @Path("incoming")
    @Operation(summary = "Students transferring in (the handshake's minimum data), pending first")
    public List<TransferView> incoming() {
        return transfers.incoming();
    }

    @POST
    @Path("{id}/confirm")
    @Operation(summary = "The receiving registrar confirms arrival (報到) {arrivedOn?, classId?, version}: the student "
            + "is created here from the handshake's data")
    public TransferView confirm(@PathParam("id") long id, TransferService.Arrival arrival) {
        return transfers.confirm(id, arrival);
    }

    @POST
    @Path("{id}/phone-check")
    @Operation(summary = "The sending registrar records the phone check with a school off the service "
            + "{enrolled, checkedOn?, note, version}")
    public TransferView phoneCheck(@PathParam("id") long id, TransferService.PhoneCheck check) {
        return transfers.phoneCheck(id, check);
    }
}
