package tw.huixiao.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.Test;

/**
 * Wrong passwords slow the guesser down without locking the owner out (OWASP ASVS 4.0.3
 * V2.2.1). Attackers are other clients: requests sent from other loopback addresses
 * (127.0.0.2 …), while the owner's client (127.0.0.1) has logged in before.
 */
class LoginThrottleIT {

    private static final String USER = "tne-general-affairs";

    @Test
    void v2_2_1_theGuesserWaitsTheOwnerDoesNot() throws IOException {
        assertEquals(200, Api.as(USER).get("/api/v1/me").status(), "the owner's device logs in once");
        for (int i = 0; i < 5; i++) {
            assertEquals(401, from("127.0.0.2", USER, "wrong-" + i).status, "guess " + i);
        }
        Reply throttled = from("127.0.0.2", USER, Api.DEMO_PASSWORD);
        assertEquals(429, throttled.status, "the guesser waits, even with the right password now");
        assertTrue(throttled.retryAfter >= 1, "Retry-After says how long: " + throttled.retryAfter);
        assertEquals(200, Api.as(USER).get("/api/v1/me").status(), "the owner is not locked out");
        assertEquals(200, from("127.0.0.3", USER, Api.DEMO_PASSWORD).status,
                "another client with the right password is not slowed by one guesser");
    }

    @Test
    void v2_2_1_manyGuessersSlowNewDevicesByAMinuteAtMost() throws IOException {
        String user = "tne-academic-affairs";
        assertEquals(200, Api.as(user).get("/api/v1/me").status());
        int refused = 0;
        for (int client = 10; client < 13; client++) {
            for (int i = 0; i < 5; i++) {
                int status = from("127.0.0." + client, user, "wrong-" + i).status;
                assertTrue(status == 401 || status == 429, "wrong password or wait: " + status);
                refused += status == 401 ? 1 : 0;
            }
        }
        assertTrue(refused >= 10 && refused < 15, "after 10 wrong passwords new clients wait: " + refused + " checked");
        Reply newDevice = from("127.0.0.20", user, Api.DEMO_PASSWORD);
        assertEquals(429, newDevice.status, "wrong passwords from three clients: a new device waits");
        assertTrue(newDevice.retryAfter >= 1 && newDevice.retryAfter <= 60, "a minute at most: " + newDevice.retryAfter);
        assertEquals(200, Api.as(user).get("/api/v1/me").status(), "the owner's known device is let in");
    }

    private record Reply(int status, int retryAfter) {
    }

    /** One Basic-authenticated GET /api/v1/me sent over HTTPS from the given loopback address. */
    private static Reply from(String localAddress, String username, String password) throws IOException {
        URI base = URI.create(Api.BASE);
        try (Socket plain = new Socket()) {
            plain.bind(new InetSocketAddress(InetAddress.getByName(localAddress), 0));
            plain.connect(new InetSocketAddress("127.0.0.1", base.getPort()), 10_000);
            plain.setSoTimeout(30_000);
            // HTTPS only: TLS over the socket bound to the attacker's address, trusting the test server.
            SSLSocket socket = (SSLSocket) TestTls.CONTEXT.getSocketFactory()
                    .createSocket(plain, base.getHost(), base.getPort(), true);
            socket.startHandshake();
            String credentials = Base64.getEncoder()
                    .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
            OutputStream out = socket.getOutputStream();
            out.write(("GET /api/v1/me HTTP/1.1\r\nHost: localhost\r\nAccept: application/json\r\n"
                    + "Authorization: Basic " + credentials + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String head = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int status = Integer.parseInt(head.substring(9, 12));
            int retryAfter = head.lines().filter(l -> l.regionMatches(true, 0, "Retry-After:", 0, 12))
                    .map(l -> Integer.parseInt(l.substring(12).trim())).findFirst().orElse(0);
            return new Reply(status, retryAfter);
        }
    }
}
