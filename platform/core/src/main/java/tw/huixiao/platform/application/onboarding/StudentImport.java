package tw.huixiao.platform.application.onboarding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.transaction.Transactional;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tw.huixiao.platform.application.AccessDeniedException;
import tw.huixiao.platform.application.Caller;
import tw.huixiao.platform.application.CallerProvider;
import tw.huixiao.platform.application.InvalidInputException;
import tw.huixiao.platform.application.InvalidInputException.FieldError;
import tw.huixiao.platform.application.audit.AccessLog;
import tw.huixiao.platform.application.audit.RecordType;
import tw.huixiao.platform.application.onboarding.ImportFile.Line;
import tw.huixiao.platform.domain.identity.Role;
import tw.huixiao.platform.domain.student.EncryptedNationalId;
import tw.huixiao.platform.domain.student.EnrolmentStatus;
import tw.huixiao.platform.domain.student.Gender;
import tw.huixiao.platform.domain.student.NationalId;
import tw.huixiao.platform.domain.student.Register;
import tw.huixiao.platform.domain.student.Register.ClassRow;
import tw.huixiao.platform.domain.student.Register.Fields;
import tw.huixiao.platform.domain.student.Register.Registered;
import tw.huixiao.platform.application.tenancy.Tenancy;
import tw.huixiao.platform.application.student.NationalIdCipher;

/**
 * A school system's student export (校務行政系統 學生基本資料) in: CSV or XLSX, UTF-8 or Big5, with
 * the column names those systems use. The whole file is checked first and every bad line
 * reported; on any error nothing is written. Students are matched by national ID, then by 學號;
 * the report lists who would be added, what would change, and the enrolled students the file
 * does not mention (left? transferred? — the school records that on the student). With
 * {@code apply} the adds and changes are written in one transaction, each with its row in the
 * student's history (student_change).
 */
@ApplicationScoped
@Transactional
public class StudentImport {

    /** Entries listed in a report; the counts cover all. */
    public static final int LISTED = 500;
    private static final Pattern STUDENT_NUMBER = Pattern.compile("[A-Za-z0-9-]{1,16}");
    private static final Pattern DATE = Pattern.compile("(\\d{2,4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?");
    private static final Pattern COMPACT_DATE = Pattern.compile("\\d{6,8}");
    private static final Map<String, String> ALIASES = aliases();
    private static final Role[] IMPORTERS = {Role.SCHOOL_ADMIN, Role.REGISTRAR, Role.ACADEMIC_AFFAIRS};

    @Inject
    CallerProvider callers;

    @Inject
    Tenancy tenancy;

    @Inject
    Register register;

    @Inject
    NationalIdCipher cipher;

    @Inject
    AccessLog accessLog;

    @Inject
    Clock clock;

    public record Change(String field, String before, String after) {
    }

    public record Added(int line, String studentNumber, String name, String className, Integer seat) {
    }

    public record Changed(int line, long studentId, String name, String className, List<Change> changes) {
    }

    public record Missing(long studentId, String studentNumber, String name, String className, Integer seat) {
    }

    /** What the file does to the register; the lists hold at most {@link #LISTED} entries each. */
    public record Report(boolean applied, String encoding, int schoolYear, int lines, int addedCount,
                         int changedCount, int unchanged, int missingCount, List<Added> added, List<Changed> changed,
                         List<Missing> missing) {
    }

    /** A line read and checked, ready to compare. */
    private record Row(Line line, String nationalId, byte[] index, Fields fields, String className,
                       boolean indigenousGiven) {
    }

    /** What imports and rollovers changed on one student of the caller's school, oldest first. */
    public List<Register.ChangeRow> history(long studentId) {
        Caller caller = callers.get();
        if (!caller.hasAny(IMPORTERS)) {
            throw new AccessDeniedException("只有學校系統管理者、註冊組或教務處可以查看匯入歷程 "
                    + "(only the school administrator, the registrar or academic affairs read the import history)");
        }
        long schoolId = caller.requireSchool();
        tenancy.bind(schoolId);
        accessLog.read(null, RecordType.STUDENT, studentId);
        return register.changes(schoolId, studentId);
    }

    public Report importFile(byte[] file, String fileName, String charset, Integer schoolYear, boolean apply) {
        Caller caller = callers.get();
        if (!caller.hasAny(IMPORTERS)) {
            throw new AccessDeniedException("只有學校系統管理者、註冊組或教務處可以匯入學生名冊 "
                    + "(only the school administrator, the registrar or academic affairs import students)");
        }
        long schoolId = caller.requireSchool();
        tenancy.bind(schoolId);
        ImportFile.Parsed parsed = ImportFile.read(file, charset, ALIASES,
                Set.of("class", "name", "gender", "birthDate", "nationalId"),
                "班級、姓名、性別、出生日期、身分證統一編號（可另有 學號、座號、原住民身分、監護人、電話、地址）");
        List<ClassRow> classes = register.classes(schoolId);
        int year = schoolYear != null ? schoolYear
                : classes.stream().mapToInt(ClassRow::schoolYear).max().orElseThrow(() -> InvalidInputException.of(
                "schoolYear", "本校尚未建立班級，請先匯入教職員與班級 (the school has no classes yet; import staff and classes first)"));
        Map<String, ClassRow> classByName = classes.stream().filter(c -> c.schoolYear() == year)
                .collect(Collectors.toMap(ClassRow::name, Function.identity()));
        Map<Long, ClassRow> classById = classes.stream().collect(Collectors.toMap(ClassRow::id, Function.identity()));

        List<FieldError> errors = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        Map<String, Row> byNationalId = new HashMap<>();
        Map<String, Integer> numberLine = new HashMap<>();
        Map<String, Integer> seatLine = new HashMap<>();
        LocalDate today = LocalDate.now(clock);
        for (Line line : parsed.lines()) {
            int before = errors.size();
            Row row = row(line, classByName, year, today, errors);
            if (row == null || errors.size() != before) {
                continue;
            }
            Row earlier = byNationalId.putIfAbsent(row.nationalId(), row);
            if (earlier != null) {
                errors.add(earlier.className().equals(row.className())
                        ? ImportFile.lineError(line, "nationalId", "身分證統一編號與第 " + earlier.line().number() + " 行重複",
                        "the national ID repeats line " + earlier.line().number())
                        : ImportFile.lineError(line, "class", "同一位學生同時在 " + earlier.className() + " 班（第 "
                        + earlier.line().number() + " 行）與 " + row.className() + " 班", "the same student is in class "
                        + earlier.className() + " (line " + earlier.line().number() + ") and class " + row.className()));
                continue;
            }
            if (row.fields().studentNumber() != null) {
                Integer first = numberLine.putIfAbsent(row.fields().studentNumber(), line.number());
                if (first != null) {
                    errors.add(ImportFile.lineError(line, "studentNumber", "學號 " + row.fields().studentNumber()
                            + " 與第 " + first + " 行重複", "student number repeats line " + first));
                    continue;
                }
            }
            if (row.fields().seatNumber() != null) {
                Integer first = seatLine.putIfAbsent(row.className() + "#" + row.fields().seatNumber(), line.number());
                if (first != null) {
                    errors.add(ImportFile.lineError(line, "seat", row.className() + " 班座號 " + row.fields().seatNumber()
                            + " 與第 " + first + " 行重複", "class and seat repeat line " + first));
                    continue;
                }
            }
            rows.add(row);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }

        List<Registered> students = register.students(schoolId);
        Map<ByteBuffer, Registered> byIndex = new HashMap<>();
        Map<String, Registered> byNumber = new HashMap<>();
        for (Registered s : students) {
            byIndex.put(ByteBuffer.wrap(s.nationalIdIndex()), s);
            if (s.studentNumber() != null) {
                byNumber.put(s.studentNumber(), s);
            }
        }
        List<Register.NewStudent> adds = new ArrayList<>();
        List<Register.Update> updates = new ArrayList<>();
        List<Added> addedList = new ArrayList<>();
        List<Changed> changedList = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        int unchanged = 0;
        for (Row row : rows) {
            Registered found = byIndex.get(ByteBuffer.wrap(row.index()));
            boolean foundByNumber = false;
            String number = row.fields().studentNumber();
            if (found == null && number != null) {
                found = byNumber.get(number);
                foundByNumber = found != null;
            }
            if (found != null && number != null) {
                Registered holder = byNumber.get(number);
                if (holder != null && holder.id() != found.id()) {
                    errors.add(ImportFile.lineError(row.line(), "studentNumber", "學號 " + number + " 已屬於本校另一位學生（"
                            + holder.name() + "）", "the student number belongs to another student of the school"));
                    continue;
                }
            } else if (found == null && number != null && byNumber.containsKey(number)) {
                errors.add(ImportFile.lineError(row.line(), "studentNumber", "學號 " + number + " 已屬於本校另一位學生",
                        "the student number belongs to another student of the school"));
                continue;
            }
            if (found == null) {
                EncryptedNationalId sealed = cipher.encrypt(row.nationalId());
                JsonObjectBuilder json = Json.createObjectBuilder().add("line", row.line().number())
                        .add("class", row.className());
                adds.add(new Register.NewStudent(sealed.cipherText(), sealed.blindIndex(), row.fields(),
                        json.build().toString()));
                if (addedList.size() < LISTED) {
                    addedList.add(new Added(row.line().number(), number, row.fields().name(), row.className(),
                            row.fields().seatNumber()));
                }
                continue;
            }
            seen.add(found.id());
            Fields merged = merged(row, found);
            List<Change> changes = changes(found, merged, row.className(), classById);
            if (foundByNumber) {
                changes.add(0, new Change("nationalId", null, NationalId.mask(row.nationalId())));
            }
            if (changes.isEmpty()) {
                unchanged++;
                continue;
            }
            JsonObjectBuilder json = Json.createObjectBuilder().add("line", row.line().number());
            for (Change c : changes) {
                json.add(c.field(), Json.createArrayBuilder().add(nullToEmpty(c.before())).add(nullToEmpty(c.after())));
            }
            EncryptedNationalId sealed = foundByNumber ? cipher.encrypt(row.nationalId()) : null;
            updates.add(new Register.Update(found, merged, sealed == null ? null : sealed.cipherText(),
                    sealed == null ? null : sealed.blindIndex(), json.build().toString()));
            if (changedList.size() < LISTED) {
                changedList.add(new Changed(row.line().number(), found.id(), merged.name(), row.className(), changes));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        List<Registered> missing = students.stream()
                .filter(s -> s.status() == EnrolmentStatus.ENROLLED && !seen.contains(s.id())).toList();
        List<Missing> missingList = missing.stream().limit(LISTED).map(s -> new Missing(s.id(), s.studentNumber(),
                s.name(), s.classId() == null || !classById.containsKey(s.classId()) ? null
                : classById.get(s.classId()).name(), s.seatNumber())).toList();
        if (apply) {
            register.add(schoolId, adds, "IMPORT", fileName, caller.userId(), clock.instant());
            register.update(schoolId, updates, "IMPORT", fileName, caller.userId(), clock.instant());
            accessLog.wrote(null, RecordType.STUDENT_LIST, null, "IMPORT");
        }
        return new Report(apply, parsed.encoding(), year, parsed.lines().size(), adds.size(), updates.size(), unchanged,
                missing.size(), addedList, changedList, missingList);
    }

    /** The file's values, keeping what the file does not carry (guardians, indigenous status) as registered. */
    private static Fields merged(Row row, Registered found) {
        Fields f = row.fields();
        boolean indigenous = row.indigenousGiven() ? f.indigenous() : found.indigenous();
        String tribe = row.indigenousGiven() ? f.tribe() : found.tribe();
        String number = f.studentNumber() != null ? f.studentNumber() : found.studentNumber();
        return new Fields(number, f.name(), f.gender(), f.birthDate(), f.grade(), f.classId(), f.seatNumber(),
                indigenous, tribe, f.guardianName(), f.guardianRelation(),
                f.guardianName() == null ? null : f.guardianPhone(), f.guardianName() == null ? null : f.guardianAddress());
    }

    private static List<Change> changes(Registered s, Fields f, String className, Map<Long, ClassRow> classById) {
        List<Change> changes = new ArrayList<>();
        compare(changes, "studentNumber", s.studentNumber(), f.studentNumber());
        compare(changes, "name", s.name(), f.name());
        compare(changes, "gender", s.gender().name(), f.gender().name());
        compare(changes, "birthDate", s.birthDate().toString(), f.birthDate().toString());
        String before = s.classId() == null || !classById.containsKey(s.classId()) ? null
                : classById.get(s.classId()).name();
        if (!Objects.equals(s.classId(), f.classId())) {
            changes.add(new Change("class", before, className));
        }
        compare(changes, "seat", s.seatNumber() == null ? null : s.seatNumber().toString(),
                f.seatNumber() == null ? null : f.seatNumber().toString());
        compare(changes, "indigenous", String.valueOf(s.indigenous()), String.valueOf(f.indigenous()));
        compare(changes, "tribe", s.tribe(), f.tribe());
        if (f.guardianName() != null) {
            compare(changes, "guardian", s.guardianName(), f.guardianName());
            compare(changes, "phone", s.guardianPhone(), f.guardianPhone());
            compare(changes, "address", s.guardianAddress(), f.guardianAddress());
        }
        return changes;
    }

    private static void compare(List<Change> changes, String field, String before, String after) {
        if (!Objects.equals(before, after)) {
            changes.add(new Change(field, before, after));
        }
    }

    private Row row(Line line, Map<String, ClassRow> classByName, int year, LocalDate today, List<FieldError> errors) {
        String nationalId = null;
        byte[] index = null;
        try {
            nationalId = NationalId.normalize(line.get("nationalId"));
            index = cipher.blindIndex(nationalId);
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("lines[" + line.number() + "].nationalId",
                    "第 " + line.number() + " 行：" + e.getMessage()));
        }
        String number = line.get("studentNumber");
        if (number != null && !STUDENT_NUMBER.matcher(number).matches()) {
            errors.add(ImportFile.lineError(line, "studentNumber", "學號「" + number + "」應為最多 16 個英數字",
                    "the student number has at most 16 letters or digits"));
        }
        String className = line.get("class");
        ClassRow schoolClass = className == null ? null : classByName.get(className);
        if (className == null) {
            errors.add(ImportFile.lineError(line, "class", "班級必填", "the class is required"));
        } else if (schoolClass == null) {
            errors.add(ImportFile.lineError(line, "class", "班級「" + className + "」不是本校 " + year + " 學年度的班級",
                    "class " + className + " is not a class of school year " + year));
        }
        Integer seat = null;
        String seatText = line.get("seat");
        if (seatText != null) {
            try {
                seat = Integer.valueOf(seatText);
            } catch (NumberFormatException e) {
                seat = -1;
            }
            if (seat < 1 || seat > 99) {
                errors.add(ImportFile.lineError(line, "seat", "座號「" + seatText + "」應為 1 至 99",
                        "the seat number must be 1–99"));
            }
        }
        String name = line.get("name");
        if (name == null) {
            errors.add(ImportFile.lineError(line, "name", "姓名必填", "the name is required"));
        } else if (name.length() > 50) {
            errors.add(ImportFile.lineError(line, "name", "姓名最多 50 字", "the name has at most 50 characters"));
        }
        Gender gender = gender(line.get("gender"));
        if (gender == null) {
            errors.add(ImportFile.lineError(line, "gender", "性別「" + nullToEmpty(line.get("gender"))
                    + "」應為 男 或 女", "gender must be male or female"));
        }
        LocalDate birth = birthDate(line, errors);
        if (birth != null && (birth.isAfter(today.minusYears(4)) || birth.isBefore(today.minusYears(25)))) {
            errors.add(ImportFile.lineError(line, "birthDate", "出生日期 " + birth + " 不合理（應在 4 至 25 年前）",
                    "birth date " + birth + " is not 4–25 years ago"));
            birth = null;
        }
        String indigenousText = line.get("indigenous");
        boolean indigenousGiven = line.values().containsKey("indigenous");
        boolean indigenous = false;
        String tribe = null;
        if (indigenousText != null) {
            switch (indigenousText.toUpperCase(Locale.ROOT)) {
                case "否", "N", "NO", "0", "非原住民", "無", "一般" -> indigenous = false;
                case "是", "Y", "YES", "1", "原住民" -> indigenous = true;
                default -> {
                    if (indigenousText.endsWith("族") && indigenousText.length() <= 16) {
                        indigenous = true;
                        tribe = indigenousText;
                    } else {
                        errors.add(ImportFile.lineError(line, "indigenous", "原住民身分「" + indigenousText
                                + "」應為 是、否 或族別（例如 阿美族）", "indigenous status must be yes, no or a tribe"));
                    }
                }
            }
        }
        String guardian = line.get("guardian");
        String phone = line.get("phone");
        if (phone != null && phone.length() > 32) {
            errors.add(ImportFile.lineError(line, "phone", "電話最多 32 字", "the phone has at most 32 characters"));
        }
        if (guardian == null && (phone != null || line.get("address") != null)) {
            errors.add(ImportFile.lineError(line, "guardian", "有電話或地址時監護人必填",
                    "a guardian is required with a phone or address"));
        }
        if (nationalId == null || schoolClass == null || name == null || gender == null || birth == null
                || (seat != null && (seat < 1 || seat > 99))) {
            return null;
        }
        String relation = line.get("relation");
        return new Row(line, nationalId, index, new Fields(number, name, gender, birth, schoolClass.grade(),
                schoolClass.id(), seat, indigenous, tribe, guardian, relation == null ? "監護人" : relation, phone,
                line.get("address")), className, indigenousGiven);
    }

    private static Gender gender(String raw) {
        if (raw == null) {
            return null;
        }
        return switch (raw.toUpperCase(Locale.ROOT)) {
            case "男", "M", "1", "男生" -> Gender.M;
            case "女", "F", "2", "女生" -> Gender.F;
            default -> null;
        };
    }

    /**
     * 西元 (2013-03-04, 2013/3/4, 20130304) or 民國 (102/03/04, 102.3.4, 102年3月4日, 1020304): a year of
     * up to three digits is a 民國 year. A date that does not exist (2月30日) is an error of its own.
     */
    static LocalDate birthDate(Line line, List<FieldError> errors) {
        String raw = line.get("birthDate");
        if (raw == null) {
            errors.add(ImportFile.lineError(line, "birthDate", "出生日期必填", "the birth date is required"));
            return null;
        }
        int year;
        int month;
        int day;
        Matcher m = DATE.matcher(raw.replace("民國", "").trim());
        if (m.matches()) {
            year = Integer.parseInt(m.group(1));
            month = Integer.parseInt(m.group(2));
            day = Integer.parseInt(m.group(3));
        } else if (COMPACT_DATE.matcher(raw).matches()) {
            int split = raw.length() - 4;
            year = Integer.parseInt(raw.substring(0, split));
            month = Integer.parseInt(raw.substring(split, split + 2));
            day = Integer.parseInt(raw.substring(split + 2));
        } else {
            errors.add(ImportFile.lineError(line, "birthDate", "出生日期「" + raw
                    + "」無法辨識，請用 西元 2013-03-04 或 民國 102/03/04", "unreadable birth date"));
            return null;
        }
        if (year < 1000) {
            year += 1911;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            errors.add(ImportFile.lineError(line, "birthDate", "出生日期「" + raw + "」不存在",
                    "the birth date " + raw + " does not exist"));
            return null;
        }
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static Map<String, String> aliases() {
        Map<String, String> a = new HashMap<>();
        ImportFile.alias(a, "studentNumber", "學號", "student_number", "studentNumber");
        ImportFile.alias(a, "class", "班級", "班級名稱", "班別", "class");
        ImportFile.alias(a, "seat", "座號", "seat");
        ImportFile.alias(a, "name", "姓名", "學生姓名", "name");
        ImportFile.alias(a, "gender", "性別", "gender");
        ImportFile.alias(a, "birthDate", "出生日期", "生日", "出生年月日", "birth_date", "birthDate");
        ImportFile.alias(a, "nationalId", "身分證統一編號", "身分證字號", "身分證號", "統一編號", "national_id", "nationalId");
        ImportFile.alias(a, "indigenous", "原住民身分", "原住民", "原住民族別", "族別", "indigenous");
        ImportFile.alias(a, "guardian", "監護人", "監護人姓名", "家長姓名", "guardian");
        ImportFile.alias(a, "relation", "關係", "監護人關係", "稱謂", "relation");
        ImportFile.alias(a, "phone", "電話", "聯絡電話", "監護人電話", "phone");
        ImportFile.alias(a, "address", "地址", "通訊地址", "戶籍地址", "address");
        return a;
    }
}
