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
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import tw.huixiao.platform.application.screening.ScreeningDemo;

/**
 * Loads the fictional demo schools and accounts ({@code demo/schools.csv},
 * {@code demo/users.csv}; the README points to them) and generates about 300 students per
 * school, then the sample case work of {@link DemoCasework} and, for counties with a screening
 * form (Yunlin), a partly done screening and its roster ({@link ScreeningDemo}). Runs only when {@code huixiao.demo.enabled=true}; never enable it in production.
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @Inject
    DemoDataWriter writer;

    @Inject
    DemoCasework casework;

    @Inject
    ScreeningDemo screenings;

    /** Adds each demo school, account and register that is not there yet; re-running adds nothing. */
    public void seedMissing() {
        List<CSVRecord> schools = read("/demo/schools.csv");
        List<CSVRecord> users = read("/demo/users.csv");
        Map<String, Long> newSchools = new HashMap<>();
        for (CSVRecord school : schools) {
            if (!writer.hasSchool(school.get("moe_code"))) {
                newSchools.put(school.get("moe_code"), writer.addSchool(school));
            }
        }
        for (CSVRecord user : users) {
            String schoolCode = user.get("school_code");
            boolean newSchoolStaff = newSchools.containsKey(schoolCode);
            boolean newCountyAccount = schoolCode.isEmpty() && !writer.hasUser(user.get("username"));
            if (newSchoolStaff || newCountyAccount) {
                // Every account its own hash and salt, even where the demo gives them one password.
                writer.addUser(user, writer.hash(user.get("password")), newSchools.get(schoolCode));
            }
        }
        long seed = 115;
        for (Map.Entry<String, Long> school : newSchools.entrySet()) {
            int students = writer.populate(school.getValue(), seed++);
            LOG.info(() -> "demo data: school " + school.getKey() + " seeded with " + students + " students");
            screenings.seed(school.getValue(), DemoDataWriter.CURRENT_SCHOOL_YEAR);
        }
        if (newSchools.containsKey(DemoCasework.TAINAN_SCHOOL)) {
            try {
                long caseId = casework.tainanPlan();
                LOG.info(() -> "demo data: Tainan case #" + caseId + " with a draft ISP");
            } catch (RuntimeException e) {
                // The schools and registers are seeded; a broken sample should not keep the demo from starting.
                LOG.log(Level.SEVERE, "demo data: the Tainan sample case and ISP could not be created", e);
            }
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
