package tw.huixiao.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import tw.huixiao.policy.spi.CountyPolicy;

/**
 * Builds a county module jar the way a vendor would — Java source compiled against the SPI
 * jar alone, with its service entry and descriptor — for tests that deploy modules.
 */
final class ModuleJarBuilder {

    private ModuleJarBuilder() {
    }

    /** A minimal but complete module for a county, e.g. Kinmen, at a version. */
    static Path countyModule(Path target, String id, String version, String county, String descriptor) {
        return countyModule(target, id, version, county, descriptor, "第 3 日註冊組寄發限時掛號");
    }

    /** The same, with the day-3 duty text given, so that tests can tell versions apart. */
    static Path countyModule(Path target, String id, String version, String county, String descriptor,
                             String dayThreeDuty) {
        return countyModule(target, id, version, county, descriptor, dayThreeDuty, 3);
    }

    /** The same, with TW-DROPOUT's consecutive-days threshold given (a dry-run tells thresholds apart). */
    static Path countyModule(Path target, String id, String version, String county, String descriptor,
                             String dayThreeDuty, int threshold) {
        String className = "tw.example." + id.replace('-', '_') + ".Policy";
        String source = """
                package tw.example.%s;

                import java.util.List;
                import java.util.Set;
                import tw.huixiao.policy.spi.*;
                import tw.huixiao.policy.spi.detection.*;
                import tw.huixiao.policy.spi.funding.FundingPolicy;
                import tw.huixiao.policy.spi.timeline.*;

                public final class Policy implements CountyPolicy {
                    private static final PolicyIdentity IDENTITY = PolicyIdentity.builder("%s", "%s")
                            .serves(CountyCode.of("%s"))
                            .displayName("測試縣", "Test County")
                            .encodes(new SourceDocument(LocalizedText.of("測試縣中輟預防要點", "Test County dropout rules"),
                                    null, null))
                            .build();
                    private static final List<CaseCategory> CATEGORIES = List.of(
                            CaseCategory.category("TW-DROPOUT", CaseKind.DROPOUT)
                                    .name("中輟", "Dropout")
                                    .detectedBy(new DetectionRule.ConsecutiveUnexcusedDays(%d)).build());
                    private static final Timeline TIMELINE = Timeline.builder()
                            .add(Step.step("TW-DROPOUT").onStreakDay(3).by(SchoolRole.REGISTRAR)
                                    .duty("%s", "Registered letter on day 3").due(Deadline.sameDay()))
                            .build();

                    public PolicyIdentity identity() { return IDENTITY; }
                    public Set<RuleId> encodedRules() { return Set.of(RuleId.of("TW-DROPOUT")); }
                    public List<CaseCategory> categories() { return CATEGORIES; }
                    public Timeline timeline() { return TIMELINE; }
                    public FundingPolicy funding() {
                        return FundingPolicy.none(null, "測試縣未訂個案經費", "No per-case funding in the test county");
                    }
                }
                """.formatted(id.replace('-', '_'), id, version, county, threshold, dayThreeDuty);
        try {
            Path work = Files.createTempDirectory("module-" + id);
            Path sourceFile = work.resolve("src/" + className.replace('.', '/') + ".java");
            Files.createDirectories(sourceFile.getParent());
            Files.writeString(sourceFile, source);
            Path classes = Files.createDirectories(work.resolve("classes"));
            String spiJar = Path.of(CountyPolicy.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                    .toString();
            JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
            int status = javac.run(null, null, null, "-classpath", spiJar, "-d", classes.toString(),
                    "--release", "17", sourceFile.toString());
            if (status != 0) {
                throw new IllegalStateException("module source did not compile");
            }
            Path jar = target.resolve(id + "-" + version + ".jar");
            try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
                try (Stream<Path> files = Files.walk(classes)) {
                    for (Path file : files.filter(Files::isRegularFile).toList()) {
                        put(out, classes.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
                    }
                }
                put(out, "META-INF/services/tw.huixiao.policy.spi.CountyPolicy",
                        className.getBytes(StandardCharsets.UTF_8));
                put(out, "META-INF/huixiao-policy.properties", descriptor.getBytes(StandardCharsets.UTF_8));
            }
            return jar;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static String descriptor(String id, String version) {
        return "id=" + id + "\nversion=" + version + "\nspi=[1.0,2.0)\n";
    }

    private static void put(JarOutputStream jar, String name, byte[] content) throws IOException {
        jar.putNextEntry(new JarEntry(name));
        jar.write(content);
        jar.closeEntry();
    }
}
