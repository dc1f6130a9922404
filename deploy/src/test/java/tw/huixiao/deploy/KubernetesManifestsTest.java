package tw.huixiao.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Issue 22 §5: what can be tested of deploy/k8s without a container runtime or a cluster. The
 * manifests parse as YAML; the OpenLibertyApplication uses only fields of the operator's CRD and
 * probes the real MicroProfile Health paths on the server's HTTPS port, each backed by the
 * application's own checks; every environment variable the manifests set is one the server reads
 * (a server.xml variable or a MicroProfile Config property of the code), and every one it needs
 * without a default is set; the Containerfile copies what the build makes.
 */
class KubernetesManifestsTest {

    private static final Path DEPLOY = Path.of("").toAbsolutePath();
    private static final Path REPO = DEPLOY.getParent();
    private static final Path K8S = DEPLOY.resolve("k8s");
    private static final Path SERVER_XML = DEPLOY.resolve("src/main/liberty/config/server.xml");

    /**
     * spec fields of the Open Liberty Operator's OpenLibertyApplication, apps.openliberty.io/v1
     * (OpenLiberty/open-liberty-operator, config/crd/bases/apps.openliberty.io_openlibertyapplications.yaml
     * at ec1ea079).
     */
    private static final Set<String> CRD_SPEC = Set.of("affinity", "applicationImage", "applicationName",
            "applicationVersion", "autoscaling", "createKnativeService", "deployment", "disableServiceLinks", "dns",
            "env", "envFrom", "expose", "hostAliases", "initContainers", "manageLTPA", "managePasswordEncryption",
            "manageTLS", "monitoring", "networkPolicy", "priorityClassName", "probes", "pullPolicy", "pullSecret",
            "replicas", "resources", "route", "securityContext", "semeruCloudCompiler", "service", "serviceAccount",
            "serviceAccountName", "serviceability", "sidecarContainers", "sso", "statefulSet", "tolerations",
            "topologySpreadConstraints", "volumeMounts", "volumes");
    private static final Set<String> CRD_PROBES = Set.of("checkInterval", "enableFileBased", "liveness", "readiness",
            "startup", "startupCheckInterval");
    private static final Set<String> CRD_PROBE = Set.of("exec", "failureThreshold", "grpc", "httpGet",
            "initialDelaySeconds", "periodSeconds", "successThreshold", "tcpSocket", "terminationGracePeriodSeconds",
            "timeoutSeconds");
    private static final Set<String> CRD_SERVICE = Set.of("annotations", "bindable", "certificate",
            "certificateSecretRef", "disableTopologyRouting", "nodePort", "port", "portName", "ports",
            "sessionAffinity", "targetPort", "type");
    private static final Set<String> CRD_ROUTE = Set.of("annotations", "certificateSecretRef", "host",
            "insecureEdgeTerminationPolicy", "path", "pathType", "termination");

    /** Liberty's own variables, never set by an operator. */
    private static final Pattern BUILT_IN = Pattern.compile("(server|wlp|shared)\\..*|env\\..*");

    @Test
    void everyManifestParsesAndNamesItsKind() {
        List<Path> files = manifests();
        assertTrue(files.size() >= 3, files.toString());
        for (Path file : files) {
            List<Map<String, Object>> documents = documents(file);
            assertFalse(documents.isEmpty(), file + " holds no document");
            for (Map<String, Object> document : documents) {
                assertNotNull(document.get("apiVersion"), file + ": apiVersion");
                assertNotNull(document.get("kind"), file + ": kind");
                assertNotNull(map(document, "metadata").get("name"), file + ": metadata.name");
            }
        }
    }

    @Test
    void theApplicationUsesOnlyTheOperatorsFieldsAndRunsTwoReplicas() {
        Map<String, Object> app = one("OpenLibertyApplication");
        assertEquals("apps.openliberty.io/v1", app.get("apiVersion"));
        Map<String, Object> spec = map(app, "spec");
        assertTrue(CRD_SPEC.containsAll(spec.keySet()), "not in the CRD: " + minus(spec.keySet(), CRD_SPEC));
        assertTrue(CRD_PROBES.containsAll(map(spec, "probes").keySet()));
        for (Object probe : map(spec, "probes").values()) {
            assertTrue(CRD_PROBE.containsAll(((Map<?, ?>) probe).keySet()), probe.toString());
        }
        assertTrue(CRD_SERVICE.containsAll(map(spec, "service").keySet()));
        assertTrue(CRD_ROUTE.containsAll(map(spec, "route").keySet()));
        assertNotNull(spec.get("applicationImage"), "the CRD's one required field");
        assertEquals(2, spec.get("replicas"));
    }

    @Test
    void probesAskTheRealHealthPathsOnTheServersHttpsPort() {
        Map<String, Object> spec = map(one("OpenLibertyApplication"), "spec");
        int httpsPort = Integer.parseInt(serverVariables().get("https.port"));
        Map<String, String> paths = Map.of("startup", "/health/started", "liveness", "/health/live", "readiness",
                "/health/ready");
        for (Map.Entry<String, String> expected : paths.entrySet()) {
            Map<String, Object> httpGet = map(map(map(spec, "probes"), expected.getKey()), "httpGet");
            assertEquals(expected.getValue(), httpGet.get("path"), expected.getKey());
            assertEquals(httpsPort, httpGet.get("port"), expected.getKey() + ": the server's HTTPS port");
            // Plain HTTP only redirects to HTTPS (web.xml CONFIDENTIAL): a probe over HTTP would see 302.
            assertEquals("HTTPS", httpGet.get("scheme"), expected.getKey());
        }
        assertEquals(httpsPort, map(spec, "service").get("targetPort"));
        // Each endpoint is backed by the application's own checks (an empty one says nothing).
        String checks = javaSources(REPO.resolve("platform")).filter(s -> s.contains("implements HealthCheck"))
                .reduce("", String::concat);
        for (String kind : List.of("@Startup", "@Liveness", "@Readiness")) {
            assertTrue(checks.contains(kind + "\n"), "a " + kind + " check in the platform");
        }
        // And an application that failed to start answers DOWN, not UP with no checks.
        Map<String, String> variables = serverVariables();
        assertEquals("DOWN", variables.get("mp.health.default.readiness.empty.response"));
        assertEquals("DOWN", variables.get("mp.health.default.startup.empty.response"));
    }

    @Test
    void uiSessionsStayOnTheirPodThroughTheIngressOrRoute() {
        Map<String, Object> spec = map(one("OpenLibertyApplication"), "spec");
        Map<String, Object> annotations = map(map(spec, "route"), "annotations");
        assertEquals("cookie", annotations.get("nginx.ingress.kubernetes.io/affinity"));
        assertNotNull(annotations.get("nginx.ingress.kubernetes.io/session-cookie-name"));
        assertNotNull(annotations.get("router.openshift.io/cookie_name"));
        // The cookie is read where TLS ends: not passthrough.
        assertFalse("passthrough".equals(map(spec, "route").get("termination")));
    }

    @Test
    void everyVariableSetIsReadAndEveryRequiredOneIsSet() {
        Map<String, Object> spec = map(one("OpenLibertyApplication"), "spec");
        Map<String, String> set = new LinkedHashMap<>();
        for (Object from : list(spec, "envFrom")) {
            Map<?, ?> source = (Map<?, ?>) from;
            if (source.get("configMapRef") != null) {
                String name = (String) ((Map<?, ?>) source.get("configMapRef")).get("name");
                map(named("ConfigMap", name), "data").keySet().forEach(k -> set.put(k, "ConfigMap " + name));
            }
            if (source.get("secretRef") != null) {
                String name = (String) ((Map<?, ?>) source.get("secretRef")).get("name");
                map(named("Secret", name), "stringData").keySet().forEach(k -> set.put(k, "Secret " + name));
            }
        }
        for (Object env : spec.get("env") == null ? List.of() : list(spec, "env")) {
            set.put((String) ((Map<?, ?>) env).get("name"), "spec.env");
        }
        assertFalse(set.isEmpty());

        Read read = read();
        Set<String> unknown = minus(set.keySet(), read.all);
        assertTrue(unknown.isEmpty(), "set but read by nothing: " + unknown + " (the server reads " + read.all + ")");
        Set<String> missing = minus(read.required, set.keySet());
        assertTrue(missing.isEmpty(), "required without a default, not set: " + missing);
        // Secrets come from the Secret, never the ConfigMap.
        for (String secret : List.of("HUIXIAO_DB_OWNER_PASSWORD", "HUIXIAO_DB_APP_PASSWORD", "HUIXIAO_NATIONAL_ID_KEY",
                "KEYSTORE_PASSWORD", "HUIXIAO_MAIL_PASSWORD")) {
            assertTrue(set.get(secret).startsWith("Secret"), secret + " from " + set.get(secret));
        }
        // The trust anchor path points into the mounted ConfigMap.
        String anchor = (String) map(named("ConfigMap", "huixiao-config"), "data").get("HUIXIAO_MODULES_TRUST_ANCHOR");
        String mount = (String) ((Map<?, ?>) list(spec, "volumeMounts").get(0)).get("mountPath");
        assertTrue(anchor.startsWith(mount + "/"), anchor + " under " + mount);
    }

    @Test
    void theContainerfileCopiesWhatTheBuildMakes() throws Exception {
        List<String> lines = Files.readAllLines(K8S.resolve("Containerfile")).stream().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        Map<String, String> args = new HashMap<>();
        List<String> copied = new ArrayList<>();
        List<String> steps = new ArrayList<>();
        for (String line : lines) {
            String[] words = line.split("\\s+");
            switch (words[0]) {
                case "ARG" -> {
                    String[] arg = words[1].split("=", 2);
                    args.put(arg[0], arg.length > 1 ? arg[1] : "");
                }
                case "FROM" -> steps.add("FROM " + substitute(words[1], args));
                case "COPY" -> {
                    List<String> operands = Stream.of(words).skip(1).filter(w -> !w.startsWith("--")).toList();
                    assertEquals(2, operands.size(), line);
                    copied.add(substitute(operands.get(0), args));
                    steps.add("COPY " + substitute(operands.get(0), args) + " " + operands.get(1));
                }
                case "RUN" -> steps.add(line);
                default -> { }
            }
        }
        String from = steps.get(0);
        assertTrue(from.startsWith("FROM icr.io/appcafe/open-liberty:") && from.contains("kernel-slim")
                && from.contains("java17"), from);

        // Where the build (liberty:create + liberty:deploy) puts the server: deploy/pom.xml.
        Document pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(DEPLOY.resolve("pom.xml")
                .toFile());
        Element build = child(pom.getDocumentElement(), "build");
        String finalName = text(child(build, "finalName"));
        Element liberty = null;
        for (Element plugin : children(child(build, "plugins"), "plugin")) {
            if ("liberty-maven-plugin".equals(text(child(plugin, "artifactId")))) {
                liberty = child(plugin, "configuration");
            }
        }
        assertNotNull(liberty, "the liberty-maven-plugin in deploy/pom.xml's build");
        String server = "deploy/target/liberty/wlp/usr/servers/" + text(child(liberty, "serverName"));
        Element jdbc = child(child(liberty, "copyDependencies"), "dependencyGroup");
        assertEquals("postgresql", text(child(child(jdbc, "dependency"), "artifactId")));
        Set<String> made = Set.of(server + "/server.xml", server + "/jvm.options",
                server + "/" + text(child(jdbc, "location")) + "/", server + "/apps/" + finalName + ".war");
        assertEquals(made, new TreeSet<>(copied), "the Containerfile copies the build's server directory");
        // The files the build copies into that directory from the sources exist.
        assertTrue(Files.isRegularFile(SERVER_XML));
        assertTrue(Files.isRegularFile(DEPLOY.resolve("src/main/liberty/config/jvm.options")));
        assertFalse(copied.stream().anyMatch(c -> c.endsWith("server.env")), "server.env holds the build's keystore password");

        // features.sh after server.xml (it reads the featureManager), configure.sh last.
        int serverXml = steps.indexOf("COPY " + server + "/server.xml /config/server.xml");
        int features = steps.indexOf("RUN features.sh");
        assertTrue(serverXml > 0 && features > serverXml, steps.toString());
        assertEquals("RUN configure.sh", steps.get(steps.size() - 1));
        assertTrue(steps.indexOf("COPY " + server + "/apps/" + finalName + ".war /config/apps/" + finalName + ".war")
                > features, "the WAR after the features layer");
    }

    // --- what the server reads ---

    private record Read(Set<String> all, Set<String> required) {
    }

    private static final Pattern CONFIG_PROPERTY = Pattern.compile(
            "@ConfigProperty\\(\\s*name\\s*=\\s*(\"([^\"]+)\"|([A-Z_]+))\\s*(,\\s*defaultValue\\s*=[^)]*)?\\)([^;]*);");
    private static final Pattern LOOKUP = Pattern.compile("\\.get(Optional)?Value\\(\"(huixiao\\.[^\"]+)\"");

    /** Environment names of server.xml's variables and the code's MicroProfile Config properties. */
    private static Read read() {
        Set<String> all = new TreeSet<>();
        Set<String> required = new TreeSet<>();
        Map<String, String> variables = serverVariables();
        variables.keySet().forEach(v -> all.add(environmentName(v)));
        Matcher reference = Pattern.compile("\\$\\{([^}]+)}").matcher(serverXml());
        while (reference.find()) {
            String name = reference.group(1);
            if (!BUILT_IN.matcher(name).matches()) {
                all.add(environmentName(name));
                if (!variables.containsKey(name)) {
                    required.add(environmentName(name));
                }
            }
        }
        for (String source : (Iterable<String>) Stream.of("platform", "ui", "policies", "policy-spi")
                .flatMap(d -> javaSources(REPO.resolve(d)))::iterator) {
            Matcher property = CONFIG_PROPERTY.matcher(source);
            while (property.find()) {
                String name = property.group(2) != null ? property.group(2) : constant(source, property.group(3));
                all.add(environmentName(name));
                if (property.group(4) == null && !property.group(5).contains("Optional<")) {
                    required.add(environmentName(name));
                }
            }
            Matcher lookup = LOOKUP.matcher(source);
            while (lookup.find()) {
                all.add(environmentName(lookup.group(2)));
                if (lookup.group(1) == null) {
                    required.add(environmentName(lookup.group(2)));
                }
            }
        }
        assertTrue(all.contains("HUIXIAO_DB_URL") && all.contains("HUIXIAO_NATIONAL_ID_KEY"), all.toString());
        return new Read(all, required);
    }

    /** The environment variable Liberty and MicroProfile Config look a name up by. */
    private static String environmentName(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    private static String constant(String source, String name) {
        Matcher value = Pattern.compile(name + "\\s*=\\s*\"([^\"]+)\"").matcher(source);
        assertTrue(value.find(), "constant " + name);
        return value.group(1);
    }

    private static Map<String, String> serverVariables() {
        Map<String, String> variables = new LinkedHashMap<>();
        try {
            Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(SERVER_XML.toFile());
            NodeList nodes = xml.getElementsByTagName("variable");
            for (int i = 0; i < nodes.getLength(); i++) {
                Element variable = (Element) nodes.item(i);
                variables.put(variable.getAttribute("name"), variable.hasAttribute("value")
                        ? variable.getAttribute("value") : variable.getAttribute("defaultValue"));
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return variables;
    }

    private static String serverXml() {
        try {
            // Comments name variables too (as examples); only the configuration counts.
            return Files.readString(SERVER_XML).replaceAll("(?s)<!--.*?-->", "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Stream<String> javaSources(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            List<Path> java = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> f.toString().contains("/src/main/java/")).toList();
            return java.stream().map(f -> {
                try {
                    return Files.readString(f);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // --- YAML ---

    private static List<Path> manifests() {
        try (Stream<Path> files = Files.list(K8S)) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> documents(Path file) {
        List<Map<String, Object>> documents = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (Object document : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(reader)) {
                if (document != null) {
                    assertTrue(document instanceof Map, file + ": a mapping");
                    documents.add((Map<String, Object>) document);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return documents;
    }

    private static Map<String, Object> one(String kind) {
        List<Map<String, Object>> found = manifests().stream().flatMap(f -> documents(f).stream())
                .filter(d -> kind.equals(d.get("kind"))).toList();
        assertEquals(1, found.size(), kind);
        return found.get(0);
    }

    private static Map<String, Object> named(String kind, String name) {
        return manifests().stream().flatMap(f -> documents(f).stream())
                .filter(d -> kind.equals(d.get("kind")) && name.equals(map(d, "metadata").get("name"))).findFirst()
                .orElseThrow(() -> new AssertionError(kind + " " + name + " is referenced but not in deploy/k8s"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> parent, String key) {
        Object value = parent.get(key);
        assertTrue(value instanceof Map, key + " is a mapping in " + parent.keySet());
        return (Map<String, Object>) value;
    }

    private static List<?> list(Map<String, Object> parent, String key) {
        Object value = parent.get(key);
        assertTrue(value instanceof List, key + " is a list");
        return (List<?>) value;
    }

    private static Set<String> minus(Set<String> a, Set<String> b) {
        Set<String> rest = new TreeSet<>(a);
        rest.removeAll(b);
        return rest;
    }

    private static String substitute(String text, Map<String, String> args) {
        Matcher arg = Pattern.compile("\\$\\{(\\w+)}").matcher(text);
        StringBuilder out = new StringBuilder();
        while (arg.find()) {
            assertTrue(args.containsKey(arg.group(1)), "ARG " + arg.group(1));
            arg.appendReplacement(out, Matcher.quoteReplacement(args.get(arg.group(1))));
        }
        return arg.appendTail(out).toString();
    }

    // --- XML ---

    private static Element child(Element parent, String name) {
        List<Element> found = children(parent, name);
        assertEquals(1, found.size(), name + " under " + parent.getTagName());
        return found.get(0);
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                found.add(e);
            }
        }
        return found;
    }

    private static String text(Element element) {
        return element.getTextContent().strip();
    }
}
