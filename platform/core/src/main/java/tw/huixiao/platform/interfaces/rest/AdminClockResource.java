package tw.huixiao.platform.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import tw.huixiao.platform.application.AccessDeniedException;
import tw.huixiao.platform.application.CallerProvider;
import tw.huixiao.platform.application.InvalidInputException;
import tw.huixiao.platform.domain.identity.Role;
import tw.huixiao.platform.application.ClockControl;

/** Test servers only (huixiao.clock.adjustable=true): tests move the service clock instead of sleeping. */
@Path("admin/clock")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AdminClockResource {

    public record ClockInput(String instant) {
    }

    @Inject
    CallerProvider callers;

    @Inject
    ClockControl clock;

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Test servers only: freeze the service clock at an instant (ISO-8601 with offset)")
    public Map<String, String> setClock(ClockInput input) {
        requireAdjustable();
        try {
            Instant at = OffsetDateTime.parse(input == null || input.instant() == null ? "" : input.instant()).toInstant();
            clock.set(Optional.of(at));
            return Map.of("instant", at.toString());
        } catch (java.time.DateTimeException e) {
            throw InvalidInputException.of("instant", "時間應為 ISO-8601，例如 2026-03-04T09:00:00+08:00");
        }
    }

    @DELETE
    // No body: a generated client asks for its error type only; that must not be a 406.
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    public Response resetClock() {
        requireAdjustable();
        clock.set(Optional.empty());
        return Response.noContent().build();
    }

    private void requireAdjustable() {
        if (!callers.get().has(Role.PLATFORM_ADMIN) || !clock.isAdjustable()) {
            throw new AccessDeniedException("此伺服器的時鐘不可調整 (this server's clock is not adjustable)");
        }
    }
}
