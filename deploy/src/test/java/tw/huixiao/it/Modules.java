package tw.huixiao.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Optional;

/** The module store through the API (issue 21): versions, signed county modules, what a school is served. */
final class Modules {

    private static final Api ADMIN = Api.as("platform-admin");

    private Modules() {
    }

    /** A version of the module newer than every stored one (runs may share a database). */
    static String nextVersion(String moduleId) {
        int major = ((JsonArray) ADMIN.get("/api/v1/modules").structure()).stream().map(JsonValue::asJsonObject)
                .filter(m -> m.getString("moduleId").equals(moduleId))
                .mapToInt(m -> Integer.parseInt(m.getString("version").split("\\.")[0])).max().orElse(1);
        return (major + 1) + ".0.0";
    }

    /** A county module jar built by {@link ModuleJarBuilder} and signed by the signer, as bytes. */
    static byte[] signed(String id, String version, String county, ModuleSigning.Signer signer, String dayThreeDuty) {
        try {
            return ModuleSigning.bytes(signer.sign(ModuleJarBuilder.countyModule(Files.createTempDirectory("upload"),
                    id, version, county, ModuleJarBuilder.descriptor(id, version), dayThreeDuty)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The module version the account's school is served for new cases (GET /api/v1/me). */
    static String servedVersion(Api staff) {
        return staff.get("/api/v1/me").json().getJsonObject("policy").getString("version");
    }

    /** The stored module with this id, as the account sees it in GET /api/v1/modules. */
    static Optional<JsonObject> listed(Api api, long id) {
        return ((JsonArray) api.get("/api/v1/modules").structure()).stream().map(JsonValue::asJsonObject)
                .filter(m -> m.getJsonNumber("id").longValue() == id).findFirst();
    }
}
