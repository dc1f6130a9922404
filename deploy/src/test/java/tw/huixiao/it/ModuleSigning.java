package tw.huixiao.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The tests' own module-signing PKI, made with the JDK's keytool and jarsigner (no keys in the
 * repository): a certificate authority that plays the platform's trust anchor, and signers
 * whose certificates it issues for code signing — or another authority nobody trusts.
 */
final class ModuleSigning {

    private static final String PASSWORD = "test-only-" + Long.toHexString(System.nanoTime());

    private final Path work;
    private final Path caStore;
    final String caPem;

    private ModuleSigning(Path work, String name) {
        this.work = work;
        this.caStore = work.resolve(name + "-ca.p12");
        keytool("-genkeypair", "-alias", "ca", "-keyalg", "EC", "-groupname", "secp256r1", "-dname",
                "CN=" + name + " Test Module CA, O=Huixiao Tests", "-ext", "bc:c", "-validity", "30", "-keystore",
                caStore.toString(), "-storetype", "PKCS12", "-storepass", PASSWORD, "-keypass", PASSWORD);
        Path pem = work.resolve(name + "-ca.pem");
        keytool("-exportcert", "-rfc", "-alias", "ca", "-keystore", caStore.toString(), "-storepass", PASSWORD,
                "-file", pem.toString());
        this.caPem = read(pem);
    }

    /**
     * The PKI the module tests share in one test run: the platform's authority (installed as the
     * test server's trust anchor), a signer registered for Yunlin, one of the same authority not
     * registered, and a stranger from an authority nobody trusts.
     */
    record Shared(ModuleSigning platform, Signer registered, Signer unregistered, Signer stranger) {
    }

    private static Shared shared;

    static synchronized Shared shared() {
        if (shared == null) {
            ModuleSigning platform = authority("Platform");
            Shared made = new Shared(platform, platform.issue("Yunlin Module Signer"),
                    platform.issue("Unregistered Signer"), authority("Elsewhere").issue("Stranger Signer"));
            Path serverDir = Path.of(System.getProperty("huixiao.it.server.dir",
                    "target/liberty/wlp/usr/servers/huixiao-it"));
            try {
                Files.writeString(serverDir.resolve("module-trust-anchors.pem"), platform.caPem);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Api.Reply signer = Api.as("platform-admin").post("/api/v1/admin/module-signers",
                    jakarta.json.Json.createObjectBuilder().add("county", "YUNLIN")
                            .add("certificate", made.registered().certificatePem()).build().toString());
            if (signer.status() != 201) {
                throw new IllegalStateException("the test signer was not registered: " + signer);
            }
            shared = made;
        }
        return shared;
    }

    /** A new authority in a fresh directory. */
    static ModuleSigning authority(String name) {
        try {
            return new ModuleSigning(Files.createTempDirectory("module-pki"), name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A signer whose code-signing certificate this authority issues. */
    Signer issue(String name) {
        Path store = work.resolve(name + ".p12");
        keytool("-genkeypair", "-alias", "signer", "-keyalg", "EC", "-groupname", "secp256r1", "-dname",
                "CN=" + name + ", O=Huixiao Tests", "-validity", "30", "-keystore", store.toString(), "-storetype",
                "PKCS12", "-storepass", PASSWORD, "-keypass", PASSWORD);
        Path csr = work.resolve(name + ".csr");
        keytool("-certreq", "-alias", "signer", "-keystore", store.toString(), "-storepass", PASSWORD, "-file",
                csr.toString());
        Path cert = work.resolve(name + ".pem");
        keytool("-gencert", "-alias", "ca", "-keystore", caStore.toString(), "-storepass", PASSWORD, "-infile",
                csr.toString(), "-outfile", cert.toString(), "-rfc", "-ext", "EKU=codeSigning", "-validity", "30");
        keytool("-importcert", "-alias", "ca", "-file", work.resolve(caStore.getFileName().toString()
                .replace(".p12", ".pem")).toString(), "-keystore", store.toString(), "-storepass", PASSWORD,
                "-noprompt");
        keytool("-importcert", "-alias", "signer", "-file", cert.toString(), "-keystore", store.toString(),
                "-storepass", PASSWORD, "-noprompt");
        return new Signer(store, read(cert));
    }

    /** A signing key and its certificate (PEM). */
    record Signer(Path keystore, String certificatePem) {

        /** The jar signed by this signer (every entry), as a new file. */
        Path sign(Path jar) {
            Path signed = jar.resolveSibling(jar.getFileName().toString().replace(".jar", "-signed.jar"));
            run(tool("jarsigner"), "-keystore", keystore.toString(), "-storetype", "PKCS12", "-storepass", PASSWORD,
                    "-signedjar", signed.toString(), jar.toString(), "signer");
            return signed;
        }
    }

    /** A copy of the jar with one entry's content replaced (or a new entry added), keeping everything else. */
    static byte[] rewrite(byte[] jar, String entryName, byte[] content) {
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(jar))) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            boolean replaced = false;
            try (ZipOutputStream out = new ZipOutputStream(bytes)) {
                for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                    out.putNextEntry(new ZipEntry(e.getName()));
                    if (e.getName().equals(entryName)) {
                        out.write(content);
                        replaced = true;
                    } else {
                        in.transferTo(out);
                    }
                    out.closeEntry();
                }
                if (!replaced) {
                    out.putNextEntry(new ZipEntry(entryName));
                    out.write(content);
                    out.closeEntry();
                }
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void keytool(String... arguments) {
        run(tool("keytool"), arguments);
    }

    private static String tool(String name) {
        return Path.of(System.getProperty("java.home"), "bin", name).toString();
    }

    private static void run(String tool, String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(tool);
        command.addAll(List.of(arguments));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new IllegalStateException(String.join(" ", command.subList(0, 2)) + " failed:\n" + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
