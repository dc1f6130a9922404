package tw.huixiao.platform.application.overview;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.concurrent.CronTrigger;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import tw.huixiao.platform.application.AccessDeniedException;
import tw.huixiao.platform.application.work.LeaseLostException;
import tw.huixiao.platform.application.work.LeasedWork;
import tw.huixiao.platform.application.work.WorkLeases;
import tw.huixiao.platform.application.Caller;
import tw.huixiao.platform.application.CallerProvider;
import tw.huixiao.platform.application.RecordNotFoundException;
import tw.huixiao.platform.application.documents.PrintService;
import tw.huixiao.platform.application.documents.Printout;
import tw.huixiao.platform.application.exports.TableExport;
import tw.huixiao.platform.application.overview.CountyPictureService.Filter;
import tw.huixiao.platform.application.overview.CountyPictureService.Picture;
import tw.huixiao.platform.application.overview.CountyPictureService.Published;
import tw.huixiao.platform.domain.identity.Role;
import tw.huixiao.platform.domain.school.SchoolRepository;
import tw.huixiao.platform.application.calendar.OfficeCalendarStore;
import tw.huixiao.platform.application.documents.DocumentRendering;
import tw.huixiao.platform.application.documents.PdfRenderer;
import tw.huixiao.platform.application.overview.MonthlyStatisticsStore.Row;
import tw.huixiao.platform.application.tenancy.Tenancy;
import tw.huixiao.platform.domain.calendar.TaiwanTime;

/**
 * The monthly statistics a county sends its schools (issue 20 §4): the county picture's schools
 * table and its open cases by category and state, small numbers suppressed by the county's rule,
 * generated on the first school day of the month (the office calendar's first working day) —
 * or at the first run after it — exactly once per county and month: the (county, month) row is
 * claimed before anything is computed, so a second node or run finds it taken. Stored as
 * published, never as raw counts; read by the county's bureau and by its schools' principals as a
 * page, a PDF and a CSV. A date's generation is held under a lease ({@link WorkLeases}): when the
 * server generating dies, another takes the date over once the lease expired and generates the
 * counties not claimed (a county's claim and content commit together).
 */
@ApplicationScoped
public class MonthlyStatisticsService implements LeasedWork {

    /** The lease kind of a date's monthly statistics (issue 22 §3). */
    public static final String KIND = "monthly-statistics";

    private static final Logger LOG = Logger.getLogger(MonthlyStatisticsService.class.getName());
    private static final Jsonb JSON = JsonbBuilder.create();

    /** One month's published statistics. */
    public record Statistics(String county, LocalDate month, LocalDate generatedOn, Published schools,
                             Published categories) {
    }

    @Inject
    CallerProvider callers;

    @Inject
    Tenancy tenancy;


    @Inject
    MonthlyStatisticsStore store;

    @Inject
    CountyPictureService picture;

    @Inject
    OfficeCalendarStore officeCalendar;

    @Inject
    SchoolRepository schools;

    @Inject
    Clock clock;

    @Inject
    DocumentRendering rendering;

    @Inject
    MonthlyStatisticsService self;

    @Inject
    WorkLeases leases;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    @ConfigProperty(name = "huixiao.escalation.schedule.enabled", defaultValue = "true")
    boolean scheduleEnabled;

    /** Generated with the daily run's schedule, half an hour after its default start. */
    void schedule(@Observes @Initialized(ApplicationScoped.class) Object started) {
        if (scheduleEnabled) {
            scheduler.schedule(() -> generateLeased(LocalDate.now(clock.withZone(TaiwanTime.TAIPEI)), false),
                    new CronTrigger("0 30 7 * * MON-SAT", TaiwanTime.TAIPEI));
        }
    }

    /** A platform administrator's run of a date (tests and catching up after an outage). */
    public List<String> generateAsAdministrator(LocalDate date) {
        if (!callers.get().has(Role.PLATFORM_ADMIN)) {
            throw new AccessDeniedException("每月統計僅限平台管理者執行 (platform administrators only)");
        }
        return generateLeased(date, true);
    }

    @Override
    public String kind() {
        return KIND;
    }

    /** Another server's generation of the date whose lease expired: the counties not claimed generated here. */
    @Override
    public void takeOver(LocalDate businessDate) {
        generateLeased(businessDate, false);
    }

    /** {@link #generateDue} under the date's lease; nothing when another server holds it (unless {@code again}: waits). */
    List<String> generateLeased(LocalDate date, boolean again) {
        Optional<WorkLeases.Lease> held = again ? Optional.of(leases.await(KIND, date, 15 * 60 * 1000L))
                : leases.acquire(KIND, date, false);
        if (held.isEmpty()) {
            return List.of();
        }
        try (WorkLeases.Lease lease = held.get()) {
            List<String> generated = generateDue(date);
            if (!lease.finish()) {
                throw new LeaseLostException(lease.name());
            }
            return generated;
        }
    }

    /** Generates every county's month that is due on {@code date} and not yet generated; the counties done. */
    public List<String> generateDue(LocalDate date) {
        LocalDate first = self.firstSchoolDay(date.withDayOfMonth(1));
        List<String> generated = new ArrayList<>();
        if (date.isBefore(first)) {
            return generated;
        }
        for (String county : self.counties()) {
            if (self.generate(county, date.withDayOfMonth(1), date)) {
                generated.add(county);
                LOG.info(() -> "monthly statistics " + county + " " + date.withDayOfMonth(1) + " generated on " + date);
            }
        }
        return generated;
    }

    @Transactional
    public List<String> counties() {
        return store.counties();
    }

    /** One county's month in its own transaction: claimed, then computed; false when already claimed. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean generate(String county, LocalDate month, LocalDate on) {
        tenancy.bindCounty(county);
        Optional<Long> claimed = store.claim(county, month, on);
        if (claimed.isEmpty()) {
            return false;
        }
        Picture p = picture.pictureOf(county, Filter.ALL);
        Statistics content = new Statistics(county, month, on, picture.publishedSchools(p, false),
                picture.publishedCategories(p, false));
        store.fill(claimed.get(), JSON.toJson(content));
        return true;
    }

    /** The first working day of the month on the official calendar (the county's schools share it). */
    @Transactional
    public LocalDate firstSchoolDay(LocalDate monthStart) {
        LocalDate day = monthStart;
        while (!officeCalendar.current().isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /** Whether the caller reads monthly statistics: a county's bureau, or a school's principal. */
    public boolean available() {
        Caller caller = callers.get();
        return (caller.has(Role.BUREAU_OFFICER) && caller.bureauCounty() != null)
                || (caller.has(Role.PRINCIPAL) && caller.schoolId() != null);
    }

    /** The months generated for the caller's county, newest first. */
    @Transactional
    public List<LocalDate> months() {
        String county = bindReader();
        return store.list(county).stream().map(Row::month).toList();
    }

    @Transactional
    public Statistics get(LocalDate month) {
        String county = bindReader();
        Row row = store.get(county, month.withDayOfMonth(1))
                .orElseThrow(() -> new RecordNotFoundException("monthly statistics", month));
        return JSON.fromJson(row.content(), Statistics.class);
    }

    /** The caller's school (its row is marked on the page), or null for a bureau. */
    public String ownSchoolCode() {
        Caller caller = callers.get();
        return caller.schoolId() == null ? null
                : schools.find(caller.schoolId()).map(s -> s.getMoeCode()).orElse(null);
    }

    /** The month's schools table and county total as CSV or XLSX: already suppressed. */
    @Transactional
    public TableExport.File export(LocalDate month, TableExport.Format format) {
        Statistics s = get(month);
        List<List<Object>> rows = new ArrayList<>();
        s.schools().rows().forEach(r -> rows.add(new ArrayList<>(r)));
        rows.add(new ArrayList<>(s.schools().totals()));
        List<Object> note = new ArrayList<>();
        note.add(s.schools().note());
        while (note.size() < s.schools().header().size()) {
            note.add("");
        }
        rows.add(note);
        return new TableExport("monthly-statistics-" + s.county().toLowerCase() + "-" + s.month().toString()
                .substring(0, 7), "每月統計", s.schools().header(), rows).write(format);
    }

    /** The month as an A4 PDF (the printed records' renderer; 503 without the document font). */
    @Transactional
    public PrintService.Printed pdf(LocalDate month) {
        PdfRenderer renderer = rendering.renderer();
        renderer.requireFont();
        PdfRenderer.Rendered rendered = renderer.render(printout(month));
        return new PrintService.Printed(rendered.pdf(), "monthly-statistics-" + month.toString().substring(0, 7) + ".pdf",
                rendered.pages());
    }

    /** The month as a printout. */
    Printout printout(LocalDate month) {
        Statistics s = get(month);
        List<Printout.Part> parts = new ArrayList<>();
        parts.add(new Printout.Heading("各校概況"));
        parts.add(table(s.schools()));
        parts.add(new Printout.Heading("列管中個案（類別 × 列管狀態）"));
        parts.add(table(s.categories()));
        parts.add(new Printout.Text("", s.schools().note()));
        String roc = "中華民國 " + (s.month().getYear() - 1911) + " 年 " + s.month().getMonthValue() + " 月";
        return new Printout("", "", null, "中輟及長期缺課每月統計", roc + "（產製日期 "
                + (s.generatedOn().getYear() - 1911) + "/" + s.generatedOn().getMonthValue() + "/"
                + s.generatedOn().getDayOfMonth() + "）", "每月統計 " + roc, false, parts);
    }

    private static Printout.Table table(Published p) {
        List<List<String>> rows = new ArrayList<>(p.rows());
        rows.add(p.totals());
        List<Float> widths = new ArrayList<>();
        for (int i = 0; i < p.header().size(); i++) {
            widths.add(1f / p.header().size());
        }
        return new Printout.Table(p.header(), widths, rows);
    }

    private String bindReader() {
        Caller caller = callers.get();
        if (caller.has(Role.BUREAU_OFFICER) && caller.bureauCounty() != null) {
            tenancy.bindCounty(caller.bureauCounty().value());
            return caller.bureauCounty().value();
        }
        if (caller.has(Role.PRINCIPAL) && caller.schoolId() != null) {
            tenancy.bind(caller.schoolId());
            return schools.find(caller.schoolId()).orElseThrow().getCounty().value();
        }
        throw new AccessDeniedException("每月統計僅供教育局（處）承辦人及校長檢視 (bureau officers and principals only)");
    }
}
