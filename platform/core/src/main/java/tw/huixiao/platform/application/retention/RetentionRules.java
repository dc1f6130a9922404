package tw.huixiao.platform.application.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import tw.huixiao.platform.domain.calendar.TaiwanTime;

/**
 * The retention period of each record kind (issue 22 §7), from MicroProfile Config
 * ({@code huixiao.retention.*}, also as HUIXIAO_RETENTION_* environment variables). A configured
 * period below the legal floor is raised to the floor (and logged): the counselling file is never
 * kept less than 10 years after the student leaves, the access log and security events never less
 * than 2 years (PDPA art. 30: a claim for damages lapses 2 years after the person learns of it).
 */
@ApplicationScoped
public class RetentionRules {

    private static final Logger LOG = Logger.getLogger(RetentionRules.class.getName());

    /** 學生輔導法施行細則: counselling records 10 years after the student leaves. */
    public static final int COUNSELLING_FLOOR_YEARS = 10;
    /** PDPA art. 30: two years from knowing of the damage. */
    public static final int AUDIT_FLOOR_YEARS = 2;

    @Inject
    @ConfigProperty(name = "huixiao.retention.counselling-years", defaultValue = "10")
    int counsellingYears;

    /** PDPA art. 30's outer limit: five years from the damage. */
    @Inject
    @ConfigProperty(name = "huixiao.retention.access-log-years", defaultValue = "5")
    int accessLogYears;

    @Inject
    @ConfigProperty(name = "huixiao.retention.security-event-years", defaultValue = "5")
    int securityEventYears;

    @Inject
    @ConfigProperty(name = "huixiao.retention.mail-digest-months", defaultValue = "12")
    int mailDigestMonths;

    /** Counted from the token's expiry or revocation. */
    @Inject
    @ConfigProperty(name = "huixiao.retention.api-token-months", defaultValue = "12")
    int apiTokenMonths;

    /** Counted from the link's expiry (a used or replaced link expires on its own date too). */
    @Inject
    @ConfigProperty(name = "huixiao.retention.password-link-days", defaultValue = "30")
    int passwordLinkDays;

    @Inject
    @ConfigProperty(name = "huixiao.retention.module-dry-run-months", defaultValue = "12")
    int moduleDryRunMonths;

    /** A rule as shown to administrators: the kind, its period in words and its legal basis. */
    public record Rule(RecordKind kind, String scope, String action, String nameZh, String nameEn, String periodZh,
                       String periodEn, String basisZh, String basisEn) {
    }

    /**
     * The moment and dates before which each kind's records are past their time, as of a business
     * date (the start of that day in Taiwan). Counselling files: a student who left on or before
     * {@code leftBefore} minus the years that apply to the file is past time.
     */
    public record Cutoffs(LocalDate asOf, int counsellingYears, Map<String, Integer> formYears, Instant accessLog,
                          LocalDate mailDigest, Instant apiToken, Instant securityEvent, Instant passwordLink,
                          Instant moduleDryRun) {

        /** {@code formYears} null: the county module could not say (its counselling files are then left alone). */
        public Cutoffs {
            formYears = formYears == null ? null : Map.copyOf(formYears);
        }

        /** The same, with a county module's longer periods for its forms. */
        public Cutoffs withFormYears(Map<String, Integer> years) {
            return new Cutoffs(asOf, counsellingYears, years, accessLog, mailDigest, apiToken, securityEvent,
                    passwordLink, moduleDryRun);
        }

        /** The date a student must have left before for a file kept {@code years} to be past its time. */
        public LocalDate leftBefore(int years) {
            return asOf.minusYears(years);
        }
    }

    public int counsellingYears() {
        return floor("counselling-years", counsellingYears, COUNSELLING_FLOOR_YEARS);
    }

    public Cutoffs cutoffs(LocalDate asOf) {
        return new Cutoffs(asOf, counsellingYears(), Map.of(),
                start(asOf.minusYears(floor("access-log-years", accessLogYears, AUDIT_FLOOR_YEARS))),
                asOf.minusMonths(Math.max(1, mailDigestMonths)),
                start(asOf.minusMonths(Math.max(1, apiTokenMonths))),
                start(asOf.minusYears(floor("security-event-years", securityEventYears, AUDIT_FLOOR_YEARS))),
                start(asOf.minusDays(Math.max(1, passwordLinkDays))),
                start(asOf.minusMonths(Math.max(1, moduleDryRunMonths))));
    }

    public List<Rule> rules() {
        List<Rule> rules = new ArrayList<>();
        for (RecordKind k : RecordKind.values()) {
            String[] period = period(k);
            rules.add(new Rule(k, k.scope().name(), k.action().name(), k.nameZh(), k.nameEn(), period[0], period[1],
                    k.basisZh(), k.basisEn()));
        }
        return rules;
    }

    private String[] period(RecordKind k) {
        return switch (k) {
            case COUNSELLING_FILE, STUDENT_REGISTER -> new String[] {
                "學生離校（畢業、轉出、離校）後 " + counsellingYears() + " 年；縣市模組就其表單規定較長者從其規定",
                counsellingYears() + " years after the student leaves (graduates, transfers out, withdraws); "
                        + "longer where the county module keeps its forms longer"};
            case ACCESS_LOG -> years(floor("access-log-years", accessLogYears, AUDIT_FLOOR_YEARS), "");
            case SECURITY_EVENT -> years(floor("security-event-years", securityEventYears, AUDIT_FLOOR_YEARS), "");
            case MAIL_DIGEST -> new String[] {"寄送後 " + Math.max(1, mailDigestMonths) + " 個月",
                Math.max(1, mailDigestMonths) + " months after sending"};
            case API_TOKEN -> new String[] {"到期或撤銷後 " + Math.max(1, apiTokenMonths) + " 個月",
                Math.max(1, apiTokenMonths) + " months after expiry or revocation"};
            case PASSWORD_LINK -> new String[] {"到期後 " + Math.max(1, passwordLinkDays) + " 日",
                Math.max(1, passwordLinkDays) + " days after expiry"};
            case MODULE_DRY_RUN -> new String[] {"試算後 " + Math.max(1, moduleDryRunMonths) + " 個月",
                Math.max(1, moduleDryRunMonths) + " months after the dry-run"};
            case SESSION -> new String[] {"閒置 30 分鐘（不儲存）", "30 minutes idle (not stored)"};
            case IMPORT_STAGING -> new String[] {"不儲存", "not stored"};
        };
    }

    private static String[] years(int n, String note) {
        return new String[] {"發生後 " + n + " 年" + note, n + " years after the event" + note};
    }

    private static int floor(String name, int configured, int floor) {
        if (configured < floor) {
            LOG.warning(() -> "huixiao.retention." + name + "=" + configured + " is below the legal floor; using " + floor);
            return floor;
        }
        return configured;
    }

    private static Instant start(LocalDate day) {
        return day.atStartOfDay(TaiwanTime.TAIPEI).toInstant();
    }
}
