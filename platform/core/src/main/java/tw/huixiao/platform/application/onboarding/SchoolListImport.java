package tw.huixiao.platform.application.onboarding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tw.huixiao.platform.application.AccessDeniedException;
import tw.huixiao.platform.application.CallerProvider;
import tw.huixiao.platform.application.InvalidInputException;
import tw.huixiao.platform.application.InvalidInputException.FieldError;
import tw.huixiao.platform.application.onboarding.ImportFile.Line;
import tw.huixiao.platform.domain.identity.Role;
import tw.huixiao.platform.domain.school.School;
import tw.huixiao.platform.domain.school.SchoolRepository;
import tw.huixiao.platform.application.tenancy.Tenancy;
import tw.huixiao.policy.spi.CountyCode;
import tw.huixiao.policy.spi.SchoolLevel;

/**
 * The MOE school-code list (教育部學校代碼) in: every line checked before anything is written,
 * schools upserted by their 6-digit code, and a report of what was added and what changed
 * (field by field). {@code apply=false} is the preview: the same report, nothing written.
 */
@ApplicationScoped
@Transactional
public class SchoolListImport {

    private static final Pattern MOE_CODE = Pattern.compile("[0-9]{6}");
    private static final Map<String, String> ALIASES = aliases();

    @Inject
    CallerProvider callers;

    @Inject
    SchoolRepository schools;

    @Inject
    Tenancy entityManagers;

    /** One school as the list gives it. */
    public record Entry(String moeCode, String name, String county, String level, String district, boolean remoteArea,
                       String address, String phone) {
    }

    /** A changed field: what the service had and what the list says. */
    public record Change(String field, String before, String after) {
    }

    public record Changed(String moeCode, String name, List<Change> changes) {
    }

    public record Report(boolean applied, String encoding, int lines, List<Entry> added, List<Changed> changed,
                         int unchanged) {
    }

    public Report importList(byte[] file, String charset, boolean apply) {
        if (!callers.get().has(Role.PLATFORM_ADMIN)) {
            throw new AccessDeniedException("只有平台管理者可以匯入學校名冊 (platform administrators only)");
        }
        ImportFile.Parsed parsed = ImportFile.read(file, charset, ALIASES,
                Set.of("code", "name", "county", "district", "level", "address"),
                "學校代碼、學校名稱、縣市、鄉鎮市區、學制、地址（可另有 電話、偏遠地區）");
        List<FieldError> errors = new ArrayList<>();
        Map<String, Integer> firstLine = new HashMap<>();
        List<Entry> entries = new ArrayList<>();
        for (Line line : parsed.lines()) {
            int before = errors.size();
            Entry entry = entry(line, errors);
            if (entry != null && errors.size() == before) {
                Integer earlier = firstLine.putIfAbsent(entry.moeCode(), line.number());
                if (earlier != null) {
                    errors.add(ImportFile.lineError(line, "code", "學校代碼 " + entry.moeCode() + " 與第 " + earlier
                            + " 行重複", "school code " + entry.moeCode() + " repeats line " + earlier));
                } else {
                    entries.add(entry);
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Map<String, School> existing = schools.findAll().stream()
                .collect(Collectors.toMap(School::getMoeCode, Function.identity()));
        List<Entry> added = new ArrayList<>();
        List<Changed> changed = new ArrayList<>();
        int unchanged = 0;
        for (Entry e : entries) {
            School school = existing.get(e.moeCode());
            if (school == null) {
                added.add(e);
                if (apply) {
                    schools.add(new School(e.moeCode(), e.name(), CountyCode.of(e.county()),
                            SchoolLevel.valueOf(e.level()), e.district(), e.remoteArea(), e.address(), e.phone()));
                }
                continue;
            }
            List<Change> changes = changes(school, e);
            if (changes.isEmpty()) {
                unchanged++;
                continue;
            }
            changed.add(new Changed(e.moeCode(), e.name(), changes));
            if (apply) {
                school.revise(e.name(), CountyCode.of(e.county()), SchoolLevel.valueOf(e.level()), e.district(),
                        e.remoteArea(), e.address(), e.phone());
            }
        }
        if (apply) {
            entityManagers.platform().flush();
        }
        return new Report(apply, parsed.encoding(), parsed.lines().size(), added, changed, unchanged);
    }

    private static List<Change> changes(School s, Entry e) {
        List<Change> changes = new ArrayList<>();
        compare(changes, "name", s.getName(), e.name());
        compare(changes, "county", s.getCounty().value(), e.county());
        compare(changes, "level", s.getLevel().name(), e.level());
        compare(changes, "district", s.getDistrict(), e.district());
        compare(changes, "remoteArea", String.valueOf(s.isRemoteArea()), String.valueOf(e.remoteArea()));
        compare(changes, "address", s.getAddress(), e.address());
        compare(changes, "phone", s.getPhone(), e.phone());
        return changes;
    }

    private static void compare(List<Change> changes, String field, String before, String after) {
        if (!Objects.equals(before, after)) {
            changes.add(new Change(field, before, after));
        }
    }

    private static Entry entry(Line line, List<FieldError> errors) {
        String code = line.get("code");
        if (code == null || !MOE_CODE.matcher(code).matches()) {
            errors.add(ImportFile.lineError(line, "code", "學校代碼「" + nullToEmpty(code) + "」應為 6 位數字",
                    "the school code must have 6 digits"));
        }
        String name = line.get("name");
        if (name == null) {
            errors.add(ImportFile.lineError(line, "name", "學校名稱必填", "the name is required"));
        }
        String county = county(line.get("county"));
        if (county == null) {
            errors.add(ImportFile.lineError(line, "county", "縣市「" + nullToEmpty(line.get("county")) + "」無法辨識",
                    "unknown county"));
        }
        String district = line.get("district");
        if (district == null) {
            errors.add(ImportFile.lineError(line, "district", "鄉鎮市區必填", "the district is required"));
        }
        String level = level(line.get("level"));
        if (level == null) {
            errors.add(ImportFile.lineError(line, "level", "學制「" + nullToEmpty(line.get("level"))
                    + "」應為 國小、國中 或 完全中學", "the level must be elementary, junior high or complete"));
        }
        String address = line.get("address");
        if (address == null) {
            errors.add(ImportFile.lineError(line, "address", "地址必填", "the address is required"));
        }
        String phone = line.get("phone");
        if (phone != null && phone.length() > 32) {
            errors.add(ImportFile.lineError(line, "phone", "電話過長（最多 32 字）", "the phone is longer than 32"));
        }
        Boolean remote = remote(line.get("remoteArea"));
        if (remote == null) {
            errors.add(ImportFile.lineError(line, "remoteArea", "偏遠地區欄「" + line.get("remoteArea")
                    + "」應為 是／否（或 偏遠、特偏、極偏、一般）", "the remote-area flag must be yes or no"));
        }
        if (code == null || name == null || county == null || district == null || level == null || address == null
                || remote == null) {
            return null;
        }
        return new Entry(code, name, county, level, district, remote, address, phone);
    }

    private static String county(String raw) {
        if (raw == null) {
            return null;
        }
        String byName = CountyNames.code(raw);
        if (byName != null) {
            return byName;
        }
        String code = raw.toUpperCase(Locale.ROOT);
        return code.matches("[A-Z][A-Z_]{1,31}") ? code : null;
    }

    private static String level(String raw) {
        if (raw == null) {
            return null;
        }
        return switch (raw.toUpperCase(Locale.ROOT)) {
            case "國小", "國民小學", "ELEMENTARY" -> "ELEMENTARY";
            case "國中", "國民中學", "JUNIOR_HIGH" -> "JUNIOR_HIGH";
            case "完全中學", "高級中學", "中小學", "COMPLETE" -> "COMPLETE";
            default -> null;
        };
    }

    /** Empty means not remote; the MOE list's 偏遠 / 特偏 / 極偏 grades all count as remote (偏遠地區). */
    private static Boolean remote(String raw) {
        if (raw == null) {
            return false;
        }
        return switch (raw.toUpperCase(Locale.ROOT)) {
            case "是", "Y", "YES", "TRUE", "1", "偏遠", "偏遠地區", "特偏", "極偏", "偏遠地區學校" -> true;
            case "否", "N", "NO", "FALSE", "0", "一般", "非偏遠", "非山非市" -> false;
            default -> null;
        };
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static Map<String, String> aliases() {
        Map<String, String> a = new HashMap<>();
        ImportFile.alias(a, "code", "學校代碼", "代碼", "校代碼", "moe_code", "code");
        ImportFile.alias(a, "name", "學校名稱", "校名", "name");
        ImportFile.alias(a, "county", "縣市", "縣市名稱", "county");
        ImportFile.alias(a, "district", "鄉鎮市區", "鄉鎮", "district");
        ImportFile.alias(a, "level", "學制", "學校類別", "等級", "level");
        ImportFile.alias(a, "address", "地址", "address");
        ImportFile.alias(a, "phone", "電話", "phone");
        ImportFile.alias(a, "remoteArea", "偏遠地區", "偏遠地區學校", "地區屬性", "remote_area", "remoteArea");
        return a;
    }
}
