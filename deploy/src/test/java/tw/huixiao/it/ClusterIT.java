package tw.huixiao.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 21's "two servers on one database both serve a newly activated version within 10 s",
 * with two Liberty servers: the IT server (A) and a second server of the same WAR on the same
 * database that this test starts and always stops ({@link SecondServer}, B). A bureau uploads,
 * the administrator approves and the bureau activates a signed Yunlin module version through A;
 * B serves it for new cases within 10 s (measured from A's answer to the activation), and serves
 * the previous version again within 10 s of the rollback. Server B learns of both only from the
 * store's revision it polls (huixiao.modules.poll-seconds, 3 s): nothing tells it.
 */
class ClusterIT {

    private static final Api ADMIN = Api.as("platform-admin");
    private static final Api BUREAU = Api.as("yl-bureau");
    private static final String JAR = "application/java-archive";
    private static final Duration WITHIN = Duration.ofSeconds(10);

    private static SecondServer b;

    @BeforeAll
    static void secondServer() {
        b = SecondServer.start();
    }

    @AfterAll
    static void stopSecondServer() {
        if (b != null) {
            b.close();
        }
        ADMIN.delete("/api/v1/admin/clock");
    }

    @Test
    void bothServersLoadTheSameModulesFromTheStore() {
        // Each server's own registry (GET /api/v1/policies): B has no policy directory, so the
        // modules A imported from its directory (PolicyIT's, in a full run) reach B through the store only.
        Set<String> onA = loaded(ADMIN);
        assertTrue(onA.stream().anyMatch(m -> m.startsWith("yunlin@")), onA.toString());
        assertEquals(onA, loaded(ADMIN.at(b.base())));
    }

    @Test
    void aVersionActivatedThroughOneServerIsServedByTheOtherWithinTenSeconds() {
        ModuleSigning.Signer signer = ModuleSigning.shared().registered();
        // Effective dates are the service's days: A's clock back to the real date, as B's is.
        ADMIN.delete("/api/v1/admin/clock");
        Api staff = Onboarding.schoolWithStaff("YUNLIN", "ylc-registrar");
        Api staffOnB = staff.at(b.base());
        String before = Modules.servedVersion(staff);
        assertEquals(before, Modules.servedVersion(staffOnB), "both servers serve the same version to begin with");

        String version = Modules.nextVersion("yunlin");
        Api.Reply uploaded = BUREAU.raw("POST", "/api/v1/modules", JAR,
                Modules.signed("yunlin", version, "YUNLIN", signer, "叢集測試：第 3 日寄發限時掛號"));
        assertEquals(201, uploaded.status(), uploaded.toString());
        long id = uploaded.json().getJsonNumber("id").longValue();
        Api.Reply approved = ADMIN.post("/api/v1/modules/" + id + "/approval", "{}");
        assertEquals(200, approved.status(), approved.toString());
        assertEquals(before, Modules.servedVersion(staffOnB), "approval alone changes nothing on either server");

        Api.Reply activated = BUREAU.post("/api/v1/modules/" + id + "/activation", "{}");
        long activatedAt = System.nanoTime();
        assertEquals(200, activated.status(), activated.toString());
        try {
            assertEquals(version, Modules.servedVersion(staff), "A follows a change made on it at once");
            Duration seen = awaitServed(staffOnB, version, activatedAt);
            System.out.printf("ClusterIT: server B served the activated version %s %d ms after server A activated it%n",
                    version, seen.toMillis());
            assertEquals("ACTIVE", Modules.listed(BUREAU.at(b.base()), id).orElseThrow().getString("state"));
            Api.Reply detail = BUREAU.at(b.base()).get("/api/v1/policies/yunlin?version=" + version);
            assertEquals(200, detail.status(), "B has loaded the uploaded jar: " + detail);
        } finally {
            Api.Reply rolledBack = BUREAU.post("/api/v1/modules/" + id + "/rollback",
                    Json.createObjectBuilder().add("reason", "叢集測試結束，恢復原版本").build().toString());
            long rolledBackAt = System.nanoTime();
            assertEquals(200, rolledBack.status(), rolledBack.toString());
            Duration back = awaitServed(staffOnB, before, rolledBackAt);
            System.out.printf("ClusterIT: server B served %s again %d ms after the rollback on server A%n", before,
                    back.toMillis());
        }
        assertEquals(before, Modules.servedVersion(staff));
    }

    /** Polls B every 100 ms; the time from {@code since} to B's first answer with the version, at most 10 s. */
    private static Duration awaitServed(Api onB, String version, long since) {
        String served = Modules.servedVersion(onB);
        while (!served.equals(version) && System.nanoTime() - since < WITHIN.toNanos()) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            served = Modules.servedVersion(onB);
        }
        Duration took = Duration.ofNanos(System.nanoTime() - since);
        assertEquals(version, served, "server B still served " + served + " after " + took.toMillis() + " ms");
        assertTrue(took.compareTo(WITHIN) <= 0, "server B took " + took.toMillis() + " ms");
        return took;
    }

    /** The modules a server has loaded: id@version status counties. */
    private static Set<String> loaded(Api api) {
        Api.Reply reply = api.get("/api/v1/policies");
        assertEquals(200, reply.status(), reply.toString());
        return ((JsonArray) reply.structure()).stream().map(JsonValue::asJsonObject)
                .map(m -> m.getString("id") + "@" + m.getString("version", "?") + " " + m.getString("status") + " "
                        + m.getOrDefault("counties", JsonValue.EMPTY_JSON_ARRAY))
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
