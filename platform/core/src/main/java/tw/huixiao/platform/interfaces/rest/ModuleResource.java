package tw.huixiao.platform.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import tw.huixiao.platform.application.modules.ModuleRefusedException;
import tw.huixiao.platform.application.modules.DryRunReport;
import tw.huixiao.platform.application.modules.DryRunService;
import tw.huixiao.platform.application.modules.ModuleService;
import tw.huixiao.platform.domain.modules.ModuleSigner;
import tw.huixiao.platform.domain.modules.StoredModule;

/**
 * Bureaus deploy their county's module on the hosted service (issue 21): upload a signed jar,
 * a platform administrator approves it, the bureau activates it from a date or rolls it back.
 * Refusals are problem+json whose {@code reason} names the check that failed (nothing is kept).
 */
@Path("")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ModuleResource {

    static final String JAR = "application/java-archive";

    /** The administrator's approval: an optional note. */
    public record Approval(@Size(max = 500) String note) {
    }

    /** The bureau's activation: from which day new cases use the module (absent: today). */
    public record Activation(LocalDate effectiveFrom) {
    }

    /** The bureau's rollback: why. */
    public record Rollback(@Size(max = 500) String reason) {
    }

    /** A county's signing certificate (PEM), registered by a platform administrator. */
    public record SignerRegistration(@Size(max = 32) String county, @Size(max = 20000) String certificate) {
    }

    /** A dry-run's period (absent: the current semester to yesterday). */
    public record DryRunRequest(LocalDate from, LocalDate to) {
    }

    @Inject
    ModuleService modules;

    @Inject
    DryRunService dryRuns;

    @POST
    @Path("modules/{id}/dry-runs")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The bureau dry-runs an uploaded (VERIFIED or APPROVED) version of its county's module: the "
            + "county's attendance of {from?, to?} (default: the current semester to yesterday) is replayed in memory "
            + "under it beside the active version, school by school; nothing is written but the result. 202 RUNNING; "
            + "poll GET …/dry-runs/{runId} for progress and the per-school difference")
    public Response startDryRun(@PathParam("id") long id, DryRunRequest request) {
        DryRunReport report = dryRuns.start(id, request == null ? null : request.from(),
                request == null ? null : request.to());
        return Response.accepted(report).location(URI.create("/api/v1/modules/" + id + "/dry-runs/" + report.id()))
                .build();
    }

    @GET
    @Path("modules/{id}/dry-runs")
    @Operation(summary = "A module's dry-runs, newest first, with totals (a bureau: of its county; an administrator: any)")
    public List<DryRunReport> dryRuns(@PathParam("id") long id) {
        return dryRuns.list(id);
    }

    @GET
    @Path("modules/{id}/dry-runs/{runId}")
    @Operation(summary = "One dry-run: state, progress (schoolsDone of schoolsTotal), totals and the per-school "
            + "difference (cases that would open or not, duties added, removed, moved, deadlines changed)")
    public DryRunReport dryRun(@PathParam("id") long id, @PathParam("runId") long runId) {
        return dryRuns.get(id, runId);
    }

    @POST
    @Path("modules")
    @Consumes({JAR, MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "A bureau officer uploads a signed module jar for its county (?county= defaults to its own). "
            + "Verified at once: descriptor, SPI range, signature of every entry by one signer chained to the platform's "
            + "trust anchor and registered for the county, a new version, the module's checks, the county it serves. "
            + "201 VERIFIED; refusals are 422 problem+json with reason (nothing kept); over 10 MB 413")
    public Response upload(InputStream body, @QueryParam("county") String county) {
        byte[] jar;
        try {
            jar = body == null ? new byte[0] : body.readNBytes(ModuleService.MAX_JAR_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (jar.length > ModuleService.MAX_JAR_BYTES) {
            throw new ModuleRefusedException(ModuleRefusedException.Reason.TOO_LARGE,
                    "檔案超過 10 MB (the jar is larger than the platform takes)");
        }
        StoredModule stored = modules.upload(county, jar);
        return Response.created(URI.create("/api/v1/modules/" + stored.id())).entity(stored).build();
    }

    @GET
    @Path("modules")
    @Operation(summary = "Stored modules with their state, signer, digest and checks: a bureau its county's, "
            + "a platform administrator all")
    public List<StoredModule> list() {
        return modules.list();
    }

    @GET
    @Path("modules/{id}")
    @Operation(summary = "One stored module (a bureau: of its county)")
    public StoredModule get(@PathParam("id") long id) {
        return modules.get(id);
    }

    @POST
    @Path("modules/{id}/approval")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "A platform administrator approves a VERIFIED module to run in the shared server; {note?}")
    public StoredModule approve(@PathParam("id") long id, Approval approval) {
        return modules.approve(id, approval == null ? null : approval.note());
    }

    @POST
    @Path("modules/{id}/activation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The bureau activates an APPROVED module of its county: new cases use it from effectiveFrom "
            + "(today if absent; never in the past); open cases keep their version")
    public StoredModule activate(@PathParam("id") long id, Activation activation) {
        return modules.activate(id, activation == null ? null : activation.effectiveFrom());
    }

    @POST
    @Path("modules/{id}/rollback")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The bureau retires an ACTIVE module of its county with a reason; the previous active version "
            + "serves new cases again, cases opened under the retired one keep it; {reason}")
    public ModuleService.Rollback rollback(@PathParam("id") long id, Rollback rollback) {
        return modules.rollback(id, rollback == null ? null : rollback.reason());
    }

    @GET
    @Path("module-signers")
    @Operation(summary = "Signing certificates registered for modules: a bureau its county's, an administrator all")
    public List<ModuleSigner> signers() {
        return modules.signers();
    }

    @POST
    @Path("admin/module-signers")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "A platform administrator registers a county's signing certificate {county, certificate (PEM, "
            + "with its intermediates)}; it must chain to the platform's trust anchor")
    public Response registerSigner(SignerRegistration registration) {
        ModuleSigner signer = modules.registerSigner(registration == null ? null : registration.county(),
                registration == null ? null : registration.certificate());
        return Response.status(Response.Status.CREATED).entity(signer).build();
    }
}
