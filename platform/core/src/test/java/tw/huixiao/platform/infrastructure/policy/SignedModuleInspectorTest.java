package tw.huixiao.platform.infrastructure.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import tw.huixiao.platform.application.modules.ModuleInspector;
import tw.huixiao.platform.application.modules.ModuleRefusedException;
import tw.huixiao.platform.application.modules.ModuleRefusedException.Reason;

/**
 * Issue 21 §2: the signature checks JarFile leaves to its caller. A PKI made with the JDK's
 * keytool, jars signed with jarsigner: every entry must be read and signed, by one signer,
 * whose certificate (for code signing) chains to the configured trust anchor.
 */
class SignedModuleInspectorTest {

    private static final String PASSWORD = "unit-test-only";
    private static Path work;
    private static Path anchor;
    private static byte[] plain;

    @BeforeAll
    static void pki() throws Exception {
        work = Files.createTempDirectory("inspector-pki");
        authority("ca");
        authority("other-ca");
        signer("alice", "ca", "codeSigning");
        signer("bob", "ca", "codeSigning");
        signer("mallory", "other-ca", "codeSigning");
        signer("webserver", "ca", "serverAuth");
        anchor = work.resolve("ca.pem");
        plain = jar("tw/example/Policy.class", "not really a class", "META-INF/huixiao-policy.properties",
                "id=example\nversion=1.0.0\nspi=[1.0,2.0)\n");
    }

    @Test
    void oneTrustedSignerOfEveryEntryIsAccepted() throws Exception {
        ModuleInspector.Signer signer = inspector().signer(sign(plain, "alice"));
        assertTrue(signer.subject().contains("CN=alice"), signer.subject());
        X509Certificate leaf = (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(signer.certificate()));
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(leaf.getEncoded())),
                signer.sha256());
    }

    @Test
    void anUnsignedJarOrAnEntryAddedLaterIsRefused() throws Exception {
        refused(Reason.UNSIGNED, () -> inspector().signer(plain));
        byte[] added = rewrite(sign(plain, "alice"), "tw/example/Extra.class", "added later");
        ModuleRefusedException e = refused(Reason.UNSIGNED, () -> inspector().signer(added));
        assertTrue(e.getMessage().contains("tw/example/Extra.class"), e.getMessage());
    }

    @Test
    void anEntryChangedAfterSigningIsRefused() throws Exception {
        byte[] changed = rewrite(sign(plain, "alice"), "tw/example/Policy.class", "changed after signing");
        refused(Reason.SIGNATURE_INVALID, () -> inspector().signer(changed));
    }

    @Test
    void twoSignersAreRefused() throws Exception {
        byte[] twice = sign(sign(plain, "alice"), "bob");
        refused(Reason.SEVERAL_SIGNERS, () -> inspector().signer(twice));
    }

    @Test
    void aSignerOutsideTheAnchorOrNotForCodeSigningIsRefused() throws Exception {
        refused(Reason.UNTRUSTED_SIGNER, () -> inspector().signer(sign(plain, "mallory")));
        refused(Reason.UNTRUSTED_SIGNER, () -> inspector().signer(sign(plain, "webserver")));
        refused(Reason.UNTRUSTED_SIGNER, () -> inspector().certificate(Files.readString(work.resolve("mallory.pem"))));
        assertTrue(inspector().certificate(Files.readString(work.resolve("alice.pem"))).subject().contains("alice"));
    }

    @Test
    void withoutATrustAnchorNothingVerifies() throws Exception {
        SignedModuleInspector none = inspector();
        none.trustAnchor = work.resolve("missing.pem").toString();
        refused(Reason.NO_TRUST_ANCHOR, () -> none.signer(sign(plain, "alice")));
    }

    @Test
    void notAJarIsRefusedAndTheDescriptorIsRead() {
        refused(Reason.NOT_A_JAR, () -> inspector().descriptor("hello".getBytes(StandardCharsets.UTF_8)));
        assertEquals("example", inspector().descriptor(plain).moduleId());
        refused(Reason.BAD_DESCRIPTOR, () -> inspector().descriptor(rewrite(plain,
                "META-INF/huixiao-policy.properties", "id=example\nversion=1.0.0\nspi=[1.0,2.0)\ncounty=X\n")));
        refused(Reason.SPI_RANGE, () -> inspector().descriptor(rewrite(plain,
                "META-INF/huixiao-policy.properties", "id=example\nversion=1.0.0\nspi=[9.0,10.0)\n")));
    }

    private static SignedModuleInspector inspector() {
        SignedModuleInspector inspector = new SignedModuleInspector();
        inspector.trustAnchor = anchor.toString();
        return inspector;
    }

    private static ModuleRefusedException refused(Reason reason, Executable call) {
        ModuleRefusedException e = assertThrows(ModuleRefusedException.class, call);
        assertEquals(reason, e.reason(), e.getMessage());
        return e;
    }

    private static byte[] jar(String... namesAndTexts) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        java.util.jar.Manifest manifest = new java.util.jar.Manifest();
        manifest.getMainAttributes().put(java.util.jar.Attributes.Name.MANIFEST_VERSION, "1.0");
        try (JarOutputStream out = new JarOutputStream(bytes, manifest)) {
            for (int i = 0; i < namesAndTexts.length; i += 2) {
                out.putNextEntry(new JarEntry(namesAndTexts[i]));
                out.write(namesAndTexts[i + 1].getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static byte[] rewrite(byte[] jar, String name, String text) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(jar))) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            boolean replaced = false;
            try (ZipOutputStream out = new ZipOutputStream(bytes)) {
                for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                    out.putNextEntry(new ZipEntry(e.getName()));
                    if (e.getName().equals(name)) {
                        out.write(text.getBytes(StandardCharsets.UTF_8));
                        replaced = true;
                    } else {
                        in.transferTo(out);
                    }
                    out.closeEntry();
                }
                if (!replaced) {
                    out.putNextEntry(new ZipEntry(name));
                    out.write(text.getBytes(StandardCharsets.UTF_8));
                    out.closeEntry();
                }
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static byte[] sign(byte[] jar, String signer) throws Exception {
        Path in = Files.createTempFile(work, "in", ".jar");
        Path out = Files.createTempFile(work, "out", ".jar");
        Files.write(in, jar);
        run("jarsigner", "-keystore", work.resolve(signer + ".p12").toString(), "-storetype", "PKCS12", "-storepass",
                PASSWORD, "-signedjar", out.toString(), in.toString(), signer);
        return Files.readAllBytes(out);
    }

    private static void authority(String name) throws Exception {
        Path store = work.resolve(name + ".p12");
        run("keytool", "-genkeypair", "-alias", name, "-keyalg", "EC", "-groupname", "secp256r1", "-dname",
                "CN=" + name, "-ext", "bc:c", "-validity", "2", "-keystore", store.toString(), "-storetype", "PKCS12",
                "-storepass", PASSWORD, "-keypass", PASSWORD);
        run("keytool", "-exportcert", "-rfc", "-alias", name, "-keystore", store.toString(), "-storepass", PASSWORD,
                "-file", work.resolve(name + ".pem").toString());
    }

    private static void signer(String name, String authority, String usage) throws Exception {
        Path store = work.resolve(name + ".p12");
        run("keytool", "-genkeypair", "-alias", name, "-keyalg", "EC", "-groupname", "secp256r1", "-dname",
                "CN=" + name, "-validity", "2", "-keystore", store.toString(), "-storetype", "PKCS12", "-storepass",
                PASSWORD, "-keypass", PASSWORD);
        Path csr = work.resolve(name + ".csr");
        run("keytool", "-certreq", "-alias", name, "-keystore", store.toString(), "-storepass", PASSWORD, "-file",
                csr.toString());
        run("keytool", "-gencert", "-alias", authority, "-keystore", work.resolve(authority + ".p12").toString(),
                "-storepass", PASSWORD, "-infile", csr.toString(), "-outfile", work.resolve(name + ".pem").toString(),
                "-rfc", "-ext", "EKU=" + usage, "-validity", "2");
        run("keytool", "-importcert", "-alias", authority, "-file", work.resolve(authority + ".pem").toString(),
                "-keystore", store.toString(), "-storepass", PASSWORD, "-noprompt");
        run("keytool", "-importcert", "-alias", name, "-file", work.resolve(name + ".pem").toString(), "-keystore",
                store.toString(), "-storepass", PASSWORD, "-noprompt");
    }

    private static void run(String tool, String... arguments) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", tool).toString());
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException(tool + " failed:\n" + output);
        }
    }
}
