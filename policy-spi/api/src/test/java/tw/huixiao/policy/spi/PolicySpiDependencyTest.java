package tw.huixiao.policy.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The SPI must depend on nothing but the JDK, so any vendor can build against it alone. */
class PolicySpiDependencyTest {

    private static final Pattern IMPORT = Pattern.compile("^import\\s+(?:static\\s+)?([\\w.]+)", Pattern.MULTILINE);

    @Test
    void pomDeclaresOnlyTestScopedDependencies() throws Exception {
        var pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Path.of("pom.xml").toFile());
        NodeList dependencies = pom.getElementsByTagName("dependency");
        List<String> nonTest = new ArrayList<>();
        for (int i = 0; i < dependencies.getLength(); i++) {
            Element dependency = (Element) dependencies.item(i);
            NodeList scope = dependency.getElementsByTagName("scope");
            if (scope.getLength() == 0 || !"test".equals(scope.item(0).getTextContent().trim())) {
                nonTest.add(dependency.getElementsByTagName("artifactId").item(0).getTextContent());
            }
        }
        assertEquals(List.of(), nonTest, "the policy SPI may only have test-scoped dependencies");
    }

    @Test
    void mainSourcesImportOnlyTheJdkAndTheSpi() throws IOException {
        List<String> foreign = new ArrayList<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = IMPORT.matcher(Files.readString(source));
                while (m.find()) {
                    String imported = m.group(1);
                    if (!imported.startsWith("java.") && !imported.startsWith("tw.huixiao.policy.spi")) {
                        foreign.add(source.getFileName() + ": " + imported);
                    }
                }
            }
        }
        assertTrue(foreign.isEmpty(), "non-JDK imports in the SPI: " + foreign);
    }
}
