package tw.huixiao.platform.infrastructure.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Loads the fictional demo schools and accounts ({@code demo/schools.csv},
 * {@code demo/users.csv}; the README points to them) and generates about 300 students per
 * school. Runs only when {@code huixiao.demo.enabled=true}, and only into an empty database.
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @Inject
    DemoDataWriter writer;

    public void seedIfEmpty() {
        if (writer.hasSchools()) {
            LOG.info("demo data: schools exist, nothing seeded");
            return;
        }
        List<CSVRecord> schools = read("/demo/schools.csv");
        List<CSVRecord> users = read("/demo/users.csv");
        Map<String, String> hashes = new HashMap<>();
        Map<String, Long> schoolIds = new HashMap<>();
        for (CSVRecord school : schools) {
            schoolIds.put(school.get("moe_code"), writer.addSchool(school));
        }
        for (CSVRecord user : users) {
            String hash = hashes.computeIfAbsent(user.get("password"), writer::hash);
            writer.addUser(user, hash, schoolIds.get(user.get("school_code")));
        }
        long seed = 115;
        for (Map.Entry<String, Long> school : schoolIds.entrySet()) {
            int students = writer.populate(school.getValue(), seed++);
            LOG.info(() -> "demo data: school " + school.getKey() + " has " + students + " students");
        }
    }

    static List<CSVRecord> read(String resource) {
        try (InputStream in = DemoData.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("demo data file missing from the application: " + resource);
            }
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new InputStreamReader(in, StandardCharsets.UTF_8)).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
