package tw.huixiao.platform.infrastructure.policy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSigner;
import java.security.GeneralSecurityException;
import java.security.cert.CertPath;
import java.security.cert.CertPathValidator;
import java.security.cert.CertPathValidatorException;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.CertificateParsingException;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.zip.ZipException;
import tw.huixiao.platform.application.policy.LoadedModule;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import tw.huixiao.platform.application.modules.ModuleInspector;
import tw.huixiao.platform.application.modules.ModuleRefusedException;
import tw.huixiao.platform.application.modules.ModuleRefusedException.Reason;
import tw.huixiao.policy.spi.PolicyDescriptor;
import tw.huixiao.policy.spi.SpiVersion;

/**
 * Looks into an uploaded module jar for the platform (issue 21 §2). {@code JarFile} verifies a
 * signature only for an entry read to its end and never judges the signer, so this does:
 * every entry is read to its end, every entry but the signature files themselves must be
 * signed, by one and the same signer, whose certificate path must validate (PKIX) to the
 * platform's trust anchor — the PEM file named by {@code huixiao.modules.trust-anchor}, read
 * at each check so an operator can rotate it without a restart. The module's code is loaded
 * (through {@link PolicyModuleLoader}, in its own class loader) only by {@link #check}.
 */
@ApplicationScoped
public class SignedModuleInspector implements ModuleInspector {

    static final String TRUST_ANCHOR = "huixiao.modules.trust-anchor";
    private static final String CODE_SIGNING = "1.3.6.1.5.5.7.3.3";
    private static final int MAX_DESCRIPTOR = 64 * 1024;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = TRUST_ANCHOR, defaultValue = "")
    String trustAnchor;

    @Override
    public Descriptor descriptor(byte[] jar) {
        Path file = scratch(jar);
        try (JarFile opened = open(file, false)) {
            JarEntry entry = opened.getJarEntry(PolicyDescriptor.LOCATION);
            if (entry == null) {
                throw new ModuleRefusedException(Reason.BAD_DESCRIPTOR, "檔案內沒有 " + PolicyDescriptor.LOCATION
                        + " (the jar has no module descriptor)");
            }
            byte[] text;
            try (InputStream in = opened.getInputStream(entry)) {
                text = in.readNBytes(MAX_DESCRIPTOR + 1);
            }
            if (text.length > MAX_DESCRIPTOR) {
                throw new ModuleRefusedException(Reason.BAD_DESCRIPTOR, "模組描述檔過大 (the descriptor is too large)");
            }
            PolicyDescriptor descriptor;
            try {
                descriptor = PolicyDescriptor.read(new ByteArrayInputStream(text));
            } catch (IllegalArgumentException | IOException e) {
                throw new ModuleRefusedException(Reason.BAD_DESCRIPTOR, "模組描述檔有誤 (bad descriptor): " + e.getMessage());
            }
            if (!descriptor.spi().contains(SpiVersion.current())) {
                throw new ModuleRefusedException(Reason.SPI_RANGE, "模組需要規範介面 " + descriptor.spi() + "，平台提供 "
                        + SpiVersion.current() + " (the module needs another policy SPI version)");
            }
            return new Descriptor(descriptor.id(), descriptor.version().toString(),
                    new String(text, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw notAJar(e);
        } finally {
            delete(file);
        }
    }

    @Override
    public Signer signer(byte[] jar) {
        Path file = scratch(jar);
        try (JarFile opened = open(file, true)) {
            List<String> unsigned = new ArrayList<>();
            Set<Certificate> leaves = new HashSet<>();
            CertPath path = null;
            byte[] buffer = new byte[8192];
            int signed = 0;
            for (Enumeration<JarEntry> entries = opened.entries(); entries.hasMoreElements(); ) {
                JarEntry entry = entries.nextElement();
                // Read to the end: only then has JarFile checked the entry's digest against the signature.
                try (InputStream in = opened.getInputStream(entry)) {
                    while (in.read(buffer) != -1) {
                        // reading verifies
                    }
                } catch (SecurityException e) {
                    throw new ModuleRefusedException(Reason.SIGNATURE_INVALID, "簽章驗證失敗：" + entry.getName()
                            + " 的內容與簽章不符 (an entry does not match its signature: " + e.getMessage() + ")");
                }
                if (entry.isDirectory() || isSignatureFile(entry.getName())) {
                    continue;
                }
                CodeSigner[] signers = entry.getCodeSigners();
                if (signers == null || signers.length == 0) {
                    unsigned.add(entry.getName());
                    continue;
                }
                if (signers.length > 1) {
                    throw new ModuleRefusedException(Reason.SEVERAL_SIGNERS, entry.getName()
                            + " 有多個簽章者 (an entry has more than one signer)");
                }
                signed++;
                leaves.add(signers[0].getSignerCertPath().getCertificates().get(0));
                path = signers[0].getSignerCertPath();
            }
            if (signed == 0) {
                throw new ModuleRefusedException(Reason.UNSIGNED, "檔案未簽章 (the jar is not signed)");
            }
            if (!unsigned.isEmpty()) {
                throw new ModuleRefusedException(Reason.UNSIGNED, "有未簽章的檔案內容：" + String.join(", ",
                        unsigned.subList(0, Math.min(5, unsigned.size()))) + " (entries not covered by the signature)");
            }
            if (leaves.size() != 1) {
                throw new ModuleRefusedException(Reason.SEVERAL_SIGNERS, "檔案內容由 " + leaves.size()
                        + " 個不同簽章者簽署 (all entries must be signed by the same signer)");
            }
            return validated(path);
        } catch (IOException e) {
            throw notAJar(e);
        } finally {
            delete(file);
        }
    }

    @Override
    public Checked check(byte[] jar) {
        Path file = ModuleJarFiles.materialize(jar);
        LoadedModule loaded = new PolicyModuleLoader(clock).fromJar(file);
        if (loaded.status() != LoadedModule.Status.ACTIVE) {
            throw new ModuleRefusedException(Reason.CHECKS_FAILED, "模組檢查未通過 (the module's checks failed): "
                    + String.join("; ", loaded.errors()));
        }
        var identity = loaded.policy().identity();
        List<String> counties = identity.counties().stream().map(Object::toString).sorted().toList();
        // Each finding in both languages, the Chinese part without data (module ids are shown as data elsewhere).
        List<String> findings = List.of(
                "規範介面版本在模組要求的範圍內 (SPI " + SpiVersion.current() + " within the module's range)",
                "恰有一個模組進入點 (exactly one CountyPolicy entry class)",
                "描述檔與模組身分相符 (descriptor = identity: " + identity.id() + " " + identity.version() + ")",
                "模組自我檢查通過 (the module's self-check found nothing)",
                counts("個案類別 %d 種、規則 %d 條、流程步驟 %d 個 (%d categories, %d encoded rules, %d ladder steps)",
                        loaded.policy().categories().size(), loaded.policy().encodedRules().size(),
                        loaded.policy().timeline().steps().size()));
        return new Checked(counties, findings);
    }

    private static String counts(String format, int categories, int rules, int steps) {
        return String.format(Locale.ROOT, format, categories, rules, steps, categories, rules, steps);
    }

    @Override
    public Signer certificate(String pem) {
        try {
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            List<Certificate> chain = new ArrayList<>(factory.generateCertificates(
                    new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII))));
            if (chain.isEmpty()) {
                throw new ModuleRefusedException(Reason.UNTRUSTED_SIGNER, "未讀到憑證 (no certificate in the PEM)");
            }
            return validated(factory.generateCertPath(chain));
        } catch (CertificateException e) {
            throw new ModuleRefusedException(Reason.UNTRUSTED_SIGNER, "憑證格式錯誤 (not a PEM X.509 certificate): "
                    + e.getMessage());
        }
    }

    @Override
    public String sha256(byte[] jar) {
        return ModuleJarFiles.sha256(jar);
    }

    /** The leaf of a certificate path valid (PKIX, now) to the platform's trust anchor. */
    private Signer validated(CertPath path) {
        Set<TrustAnchor> anchors = anchors();
        X509Certificate leaf = (X509Certificate) path.getCertificates().get(0);
        try {
            // The anchor itself is not part of the path to validate.
            List<Certificate> chain = new ArrayList<>(path.getCertificates());
            chain.removeIf(c -> anchors.stream().anyMatch(a -> a.getTrustedCert().equals(c)));
            if (chain.isEmpty()) {
                throw new ModuleRefusedException(Reason.UNTRUSTED_SIGNER, "簽章者不可為信任錨本身 (the signer must be a "
                        + "certificate issued under the platform's trust anchor, not the anchor itself)");
            }
            PKIXParameters parameters = new PKIXParameters(anchors);
            // Validity at the real time, not the service's (adjustable) business clock: a certificate's
            // period is a security fact. No revocation lists: the registration per county is the control.
            parameters.setRevocationEnabled(false);
            CertPathValidator.getInstance("PKIX").validate(
                    CertificateFactory.getInstance("X.509").generateCertPath(chain), parameters);
            List<String> usages = leaf.getExtendedKeyUsage();
            if (usages != null && !usages.contains(CODE_SIGNING)) {
                throw new ModuleRefusedException(Reason.UNTRUSTED_SIGNER, "簽章者憑證未授權程式碼簽署 "
                        + "(the signer's certificate is not for code signing)");
            }
            return new Signer(leaf.getSubjectX500Principal().getName(), ModuleJarFiles.sha256(leaf.getEncoded()),
                    leaf.getEncoded(), leaf.getNotAfter().toInstant());
        } catch (CertPathValidatorException e) {
            throw new ModuleRefusedException(Reason.UNTRUSTED_SIGNER, "簽章者憑證無法驗證至平台信任錨："
                    + leaf.getSubjectX500Principal().getName() + " (the signer's certificate does not chain to the "
                    + "platform's trust anchor: " + e.getMessage() + ")");
        } catch (CertificateParsingException e) {
            throw new ModuleRefusedException(Reason.UNTRUSTED_SIGNER, "簽章者憑證格式錯誤 (unreadable certificate)");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("certificate path validation unavailable", e);
        }
    }

    private Set<TrustAnchor> anchors() {
        Path pem = trustAnchor == null || trustAnchor.isBlank() ? null : Path.of(trustAnchor);
        if (pem == null || !Files.isReadable(pem)) {
            throw new ModuleRefusedException(Reason.NO_TRUST_ANCHOR, "平台尚未設定模組簽章的信任錨，無法驗證 (the "
                    + "platform has no trust anchor configured for module signatures: " + TRUST_ANCHOR + ")");
        }
        try (InputStream in = Files.newInputStream(pem)) {
            Set<TrustAnchor> anchors = new HashSet<>();
            for (Certificate c : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                anchors.add(new TrustAnchor((X509Certificate) c, null));
            }
            if (anchors.isEmpty()) {
                throw new CertificateException("no certificate");
            }
            return anchors;
        } catch (IOException | CertificateException e) {
            throw new ModuleRefusedException(Reason.NO_TRUST_ANCHOR, "平台的模組信任錨無法讀取 (the platform's trust "
                    + "anchor cannot be read: " + e.getMessage() + ")");
        }
    }

    /** The signature's own files, which the signature does not cover (JAR specification). */
    static boolean isSignatureFile(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        if (!upper.startsWith("META-INF/") || upper.indexOf('/', "META-INF/".length()) >= 0) {
            return false;
        }
        String base = upper.substring("META-INF/".length());
        return base.equals("MANIFEST.MF") || base.endsWith(".SF") || base.endsWith(".RSA") || base.endsWith(".DSA")
                || base.endsWith(".EC") || base.startsWith("SIG-");
    }

    private static JarFile open(Path file, boolean verify) throws IOException {
        return new JarFile(file.toFile(), verify);
    }

    private static Path scratch(byte[] jar) {
        try {
            return ModuleJarFiles.scratch(jar);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static ModuleRefusedException notAJar(IOException e) {
        return new ModuleRefusedException(Reason.NOT_A_JAR, "不是 jar 檔 (not a jar file" + (e instanceof ZipException
                ? "" : ": " + e.getMessage()) + ")");
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a scratch file in the process's own directory; nothing depends on it
        }
    }
}
