package tw.huixiao.platform.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import tw.huixiao.platform.application.AccessDeniedException;
import tw.huixiao.platform.application.CallerProvider;
import tw.huixiao.platform.application.InvalidInputException;
import tw.huixiao.platform.application.RecordNotFoundException;
import tw.huixiao.platform.domain.identity.Role;
import tw.huixiao.platform.application.policy.Policies;
import tw.huixiao.policy.spi.CountyPolicy;
import tw.huixiao.policy.spi.ModuleVersion;

/** The deployed county policy modules, for any signed-in user (bureaus review them here). */
@Path("")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PolicyResource {

    @Inject
    Policies registry;

    @Inject
    CallerProvider callers;

    @GET
    @Path("policies")
    @Operation(summary = "Loaded modules: id, version, counties, status and load errors")
    public JsonArray list() {
        callers.get();
        JsonArrayBuilder modules = Json.createArrayBuilder();
        registry.modules().forEach(m -> modules.add(PolicyJson.summary(m)));
        return modules.build();
    }

    @GET
    @Path("policies/{id}")
    @Operation(summary = "A module's ladder, forms and funding rules (newest version unless ?version= is given)")
    public JsonObject detail(@PathParam("id") String id, @QueryParam("version") String version) {
        callers.get();
        CountyPolicy policy;
        if (version == null || version.isBlank()) {
            policy = registry.newest(id).orElseThrow(() -> new RecordNotFoundException("policy", id));
        } else {
            ModuleVersion wanted;
            try {
                wanted = ModuleVersion.parse(version);
            } catch (IllegalArgumentException e) {
                throw InvalidInputException.of("version", e.getMessage());
            }
            policy = registry.find(id, wanted).orElseThrow(() -> new RecordNotFoundException("policy", id));
        }
        return PolicyJson.detail(policy);
    }

    @POST
    @Path("admin/policies/reload")
    @Operation(summary = "Platform administrators: load new jars from the policy directory now")
    public JsonArray reload() {
        if (!callers.get().has(Role.PLATFORM_ADMIN)) {
            throw new AccessDeniedException("只有平台管理者可以重新載入規範模組 (platform administrators only)");
        }
        JsonArrayBuilder loaded = Json.createArrayBuilder();
        registry.rescan().forEach(m -> loaded.add(PolicyJson.summary(m)));
        return loaded.build();
    }
}
