package tw.huixiao.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonArray;
import jakarta.json.JsonValue;

/** A bureau's module deployed through the store's API: upload, approval, activation, rollback (issue 21). */
final class ModuleDeployments {

    private static final Api ADMIN = Api.as("platform-admin");
    private static final String JAR = "application/java-archive";

    private ModuleDeployments() {
    }

    /** A version of the module newer than every stored one (runs may share a database). */
    static String nextVersion(String moduleId) {
        int major = ((JsonArray) ADMIN.get("/api/v1/modules").structure()).stream().map(JsonValue::asJsonObject)
                .filter(m -> m.getString("moduleId").equals(moduleId))
                .mapToInt(m -> Integer.parseInt(m.getString("version").split("\\.")[0])).max().orElse(1);
        return (major + 1) + ".0.0";
    }

    /** Uploads the signed jar as the bureau, approves it as the administrator, activates it today; its id. */
    static long deploy(Api bureau, byte[] signedJar) {
        return deploy(bureau, null, bureau, signedJar);
    }

    /** Uploads as the uploader (a bureau, or a vendor the county granted) for the county, then as above. */
    static long deploy(Api uploader, String county, Api bureau, byte[] signedJar) {
        Api.Reply uploaded = uploader.raw("POST", "/api/v1/modules" + (county == null ? "" : "?county=" + county), JAR,
                signedJar);
        assertEquals(201, uploaded.status(), uploaded.toString());
        long id = uploaded.json().getJsonNumber("id").longValue();
        Api.Reply approved = ADMIN.post("/api/v1/modules/" + id + "/approval", "{\"note\":\"測試模組\"}");
        assertEquals(200, approved.status(), approved.toString());
        Api.Reply active = bureau.post("/api/v1/modules/" + id + "/activation", "{}");
        assertEquals(200, active.status(), active.toString());
        return id;
    }

    /** Rolls the module back as the bureau (the previous version serves new cases again). */
    static void rollBack(Api bureau, long id, String reason) {
        Api.Reply rolledBack = bureau.post("/api/v1/modules/" + id + "/rollback",
                jakarta.json.Json.createObjectBuilder().add("reason", reason).build().toString());
        assertEquals(200, rolledBack.status(), rolledBack.toString());
    }

    /** The module version serving new cases at the staff member's school. */
    static String servedVersion(Api staff) {
        return staff.get("/api/v1/me").json().getJsonObject("policy").getString("version");
    }

    /** Every server follows the store within seconds; waits up to 10 s for this one. */
    static void awaitServed(Api staff, String version) throws InterruptedException {
        long until = System.nanoTime() + 10_000_000_000L;
        while (!servedVersion(staff).equals(version) && System.nanoTime() < until) {
            Thread.sleep(200);
        }
        assertEquals(version, servedVersion(staff));
    }
}
