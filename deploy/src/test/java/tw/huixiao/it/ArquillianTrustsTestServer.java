package tw.huixiao.it;

import javax.net.ssl.HttpsURLConnection;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.arquillian.test.spi.event.suite.BeforeSuite;

/**
 * Client side of the in-server tests: Arquillian's servlet protocol calls its test runner with
 * {@link HttpsURLConnection} (arquillian.xml: HTTPS, since the application redirects plain HTTP),
 * so the test JVM's default HTTPS connections trust the test server's key ({@link TestTls}) —
 * that key only, and never inside the server (this extension is not in the test archive).
 */
public class ArquillianTrustsTestServer implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(ArquillianTrustsTestServer.class);
    }

    public void trustTestServer(@Observes BeforeSuite event) {
        HttpsURLConnection.setDefaultSSLSocketFactory(TestTls.CONTEXT.getSocketFactory());
    }
}
