package tw.huixiao.platform.application.staffimport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import tw.huixiao.platform.application.Caller;
import tw.huixiao.platform.application.CallerProvider;
import tw.huixiao.platform.application.InvalidInputException;
import tw.huixiao.platform.application.InvalidInputException.FieldError;
import tw.huixiao.platform.application.RecordNotFoundException;
import tw.huixiao.platform.application.invitation.PasswordLinkStore;
import tw.huixiao.platform.application.invitation.PasswordLinks;
import tw.huixiao.platform.application.invitation.StaffAdministration;
import tw.huixiao.platform.application.mail.MailOutbox;
import tw.huixiao.platform.application.staffimport.StaffFile.RawRow;
import tw.huixiao.platform.domain.identity.Role;
import tw.huixiao.platform.domain.identity.UserAccount;
import tw.huixiao.platform.domain.identity.UserAccountRepository;
import tw.huixiao.platform.domain.school.School;
import tw.huixiao.platform.domain.school.SchoolRepository;
import tw.huixiao.platform.domain.student.SchoolClass;
import tw.huixiao.platform.domain.student.StudentRepository;
import tw.huixiao.platform.application.tenancy.Tenancy;
import tw.huixiao.platform.domain.calendar.TaiwanTime;

/**
 * A school's staff and homeroom classes from its staff list (issue 19 §2): the whole file is
 * checked first, with every bad line and why; on any error nothing is written. Then, in one
 * transaction, accounts without passwords, the year's classes and their 導師; once it commits,
 * each person gets an invitation to set their password.
 */
@ApplicationScoped
@Transactional
public class StaffImport {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");
    private static final Pattern ROLE_SEPARATORS = Pattern.compile("[、,，;；/／\\s]+");
    private static final Pattern THREE_DIGIT_CLASS = Pattern.compile("([1-9])[0-9]{2}");

    @Inject
    CallerProvider callers;

    @Inject
    SchoolRepository schools;

    @Inject
    UserAccountRepository accounts;

    @Inject
    StudentRepository students;

    @Inject
    Tenancy entityManagers;

    @Inject
    PasswordLinks links;

    @Inject
    PasswordLinkStore linkStore;

    @Inject
    MailOutbox outbox;

    @Inject
    Clock clock;

    /** One person as the file will create them. */
    public record Planned(int line, String name, String email, String username, List<Role> roles, String homeroomClass,
                          Integer grade) {
    }

    /** What an import did (or, checked only, would do). */
    public record Report(long schoolId, int schoolYear, String format, String encoding, boolean applied,
                         int accountsCreated, int classesCreated, int homeroomsAssigned, int invitationsSent,
                         boolean mailEnabled, List<Planned> staff) {
    }

    /** A staff member as the administrator's list shows them, with their password link's state. */
    public record StaffMember(long id, String username, String displayName, String email, List<Role> roles,
                              boolean enabled, boolean passwordSet, String lastLink, java.time.Instant linkSentAt,
                              java.time.Instant linkExpiresAt, java.time.Instant linkUsedAt) {
    }

    /** Checks the file and, unless {@code apply} is false, writes it all. */
    public Report run(long schoolId, Integer schoolYear, byte[] file, String charset, boolean apply) {
        Caller caller = callers.get();
        StaffAdministration.require(caller, schoolId);
        School school = schools.find(schoolId).orElseThrow(() -> new RecordNotFoundException("school", schoolId));
        int year = schoolYear == null ? currentSchoolYear() : schoolYear;
        if (year < 100 || year > 200) {
            throw InvalidInputException.of("schoolYear", "學年度為民國年 100–200，例如 115 (ROC school year, e.g. 115)");
        }
        StaffFile.Parsed parsed = StaffFile.read(file, charset);
        entityManagers.bind(schoolId);
        List<Planned> plan = check(school, parsed.rows());
        if (!apply) {
            return new Report(schoolId, year, parsed.format(), parsed.encoding(), false, 0, 0, 0, 0, outbox.enabled(),
                    plan);
        }
        Map<String, SchoolClass> classes = new HashMap<>();
        for (SchoolClass c : students.classes()) {
            if (c.getSchoolYear() == year) {
                classes.put(c.getName(), c);
            }
        }
        int classesCreated = 0;
        int homerooms = 0;
        int invited = 0;
        for (Planned p : plan) {
            UserAccount account = accounts.add(UserAccount.invitedStaff(p.username(), p.name(), p.email(), school,
                    EnumSet.copyOf(p.roles())));
            entityManagers.platform().flush();
            if (p.homeroomClass() != null) {
                SchoolClass existing = classes.get(p.homeroomClass());
                if (existing == null) {
                    existing = students.addClass(new SchoolClass(year, p.grade(), p.homeroomClass(), account));
                    classes.put(p.homeroomClass(), existing);
                    classesCreated++;
                } else {
                    existing.assignHomeroomTeacher(account);
                }
                homerooms++;
            }
            links.invite(account, caller.userId());
            invited++;
        }
        entityManagers.tenant().flush();
        return new Report(schoolId, year, parsed.format(), parsed.encoding(), true, plan.size(), classesCreated,
                homerooms, invited, outbox.enabled(), plan);
    }

    /** The school's staff with their password-link state, for the administrator's list. */
    public List<StaffMember> staff(long schoolId) {
        StaffAdministration.require(callers.get(), schoolId);
        schools.find(schoolId).orElseThrow(() -> new RecordNotFoundException("school", schoolId));
        List<StaffMember> found = new ArrayList<>();
        for (UserAccount u : accounts.findBySchool(schoolId)) {
            Optional<PasswordLinkStore.StoredLink> link = linkStore.newest(u.getId());
            found.add(new StaffMember(u.getId(), u.getUsername(), u.getDisplayName(), u.getEmail().orElse(null),
                    u.getRoles().stream().sorted().toList(), u.isEnabled(), u.hasPassword(),
                    link.map(l -> l.purpose().name()).orElse(null), link.map(l -> l.createdAt()).orElse(null),
                    link.map(l -> l.expiresAt()).orElse(null), link.map(l -> l.usedAt()).orElse(null)));
        }
        return found;
    }

    /** A school the caller administers, for choosing where to import. */
    public record SchoolChoice(long id, String moeCode, String name) {
    }

    /** The schools the caller may import staff into: every school for platform administrators, else their own. */
    public List<SchoolChoice> schools() {
        Caller caller = callers.get();
        return schools.findAll().stream().filter(s -> StaffAdministration.mayAdminister(caller, s.getId()))
                .map(s -> new SchoolChoice(s.getId(), s.getMoeCode(), s.getName())).toList();
    }

    /** The school year (學年度) running today: from 1 August, the new one. */
    public int currentSchoolYear() {
        LocalDate today = LocalDate.now(clock.withZone(TaiwanTime.TAIPEI));
        return today.getYear() - (today.getMonthValue() >= 8 ? 1911 : 1912);
    }

    private List<Planned> check(School school, List<RawRow> rows) {
        List<FieldError> errors = new ArrayList<>();
        if (rows.isEmpty()) {
            errors.add(new FieldError("file", "檔案沒有教職員資料列 (no staff rows)"));
        }
        Map<String, Integer> emails = new HashMap<>();
        Map<String, Integer> usernames = new HashMap<>();
        Map<String, Integer> homeroomClasses = new LinkedHashMap<>();
        List<Planned> plan = new ArrayList<>();
        for (RawRow row : rows) {
            String at = "lines[" + row.line() + "].";
            String where = "第 " + row.line() + " 行：";
            String whereEn = "line " + row.line() + ": ";
            int before = errors.size();
            String name = row.name();
            if (name == null) {
                errors.add(new FieldError(at + "name", where + "姓名必填" + " (" + whereEn + "name is required)"));
            } else if (name.length() > 64) {
                errors.add(new FieldError(at + "name", where + "姓名最多 64 字 (" + whereEn + "name too long)"));
            }
            String email = row.email() == null ? null : row.email().trim();
            if (email == null || !EMAIL.matcher(email).matches() || email.length() > 254) {
                errors.add(new FieldError(at + "email", where + "電子郵件格式不正確：" + (email == null ? "（空白）" : email)
                        + " (" + whereEn + "not an e-mail address)"));
                email = null;
            } else {
                String key = email.toLowerCase(Locale.ROOT);
                Integer first = emails.putIfAbsent(key, row.line());
                if (first != null) {
                    errors.add(new FieldError(at + "email", where + "電子郵件與第 " + first + " 行重複：" + email
                            + " (" + whereEn + "the same e-mail as line " + first + ")"));
                    email = null;
                } else if (accounts.findByEmail(email).isPresent()) {
                    errors.add(new FieldError(at + "email", where + "此電子郵件已有帳號：" + email
                            + " (" + whereEn + "an account with this e-mail exists)"));
                }
            }
            Set<Role> roles = EnumSet.noneOf(Role.class);
            if (row.roles() == null) {
                errors.add(new FieldError(at + "roles", where + "角色必填，例如 導師、輔導室 (" + whereEn + "roles are required)"));
            } else {
                for (String label : ROLE_SEPARATORS.split(row.roles().trim())) {
                    Optional<Role> role = role(label);
                    if (role.isEmpty()) {
                        errors.add(new FieldError(at + "roles", where + "無法辨識的角色「" + label + "」，應為 "
                                + schoolRoleLabels() + " (" + whereEn + "unknown role)"));
                    } else {
                        roles.add(role.get());
                    }
                }
            }
            String homeroom = row.homeroomClass();
            Integer grade = null;
            if (homeroom != null) {
                if (homeroom.length() > 16) {
                    errors.add(new FieldError(at + "homeroomClass", where + "班級名稱最多 16 字 (" + whereEn
                            + "class name too long)"));
                }
                if (!roles.contains(Role.HOMEROOM_TEACHER)) {
                    errors.add(new FieldError(at + "roles", where + "有導師班級的人員須具「導師」角色 "
                            + "(" + whereEn + "a homeroom class needs the homeroom-teacher role)"));
                }
                Integer first = homeroomClasses.putIfAbsent(homeroom, row.line());
                if (first != null) {
                    errors.add(new FieldError(at + "homeroomClass", where + "班級 " + homeroom + " 已由第 " + first
                            + " 行擔任導師 (" + whereEn + "the class already has a homeroom teacher on line " + first + ")"));
                }
                grade = grade(row, homeroom, at, where, whereEn, errors);
            }
            String username = row.username() != null ? row.username().trim().toLowerCase(Locale.ROOT)
                    : email == null ? null : derivedUsername(email, school.getMoeCode());
            if (username != null) {
                if (!USERNAME.matcher(username).matches()) {
                    errors.add(new FieldError(at + "username", where + "帳號為 3–64 個小寫英數字、點、底線或連字號："
                            + username + " (" + whereEn + "3–64 lower-case letters, digits, . _ -)"));
                } else {
                    Integer first = usernames.putIfAbsent(username, row.line());
                    if (first != null) {
                        errors.add(new FieldError(at + "username", where + "帳號與第 " + first + " 行重複：" + username
                                + "，請在「帳號」欄指定 (" + whereEn + "the same username as line " + first + ")"));
                    } else if (accounts.findByUsername(username).isPresent()) {
                        errors.add(new FieldError(at + "username", where + "帳號已存在：" + username
                                + "，請在「帳號」欄指定其他帳號 (" + whereEn + "the username is taken)"));
                    }
                }
            }
            if (errors.size() == before) {
                plan.add(new Planned(row.line(), name.trim(), email, username, roles.stream().sorted().toList(),
                        homeroom, grade));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return plan;
    }

    private static Integer grade(RawRow row, String homeroom, String at, String where, String whereEn,
                                 List<FieldError> errors) {
        if (row.grade() != null) {
            try {
                int g = Integer.parseInt(row.grade().trim());
                if (g >= 1 && g <= 12) {
                    return g;
                }
            } catch (NumberFormatException notNumber) {
                // reported below
            }
            errors.add(new FieldError(at + "grade", where + "年級為 1–12 (" + whereEn + "grade 1–12)"));
            return null;
        }
        var digits = THREE_DIGIT_CLASS.matcher(homeroom);
        if (digits.matches()) {
            return Integer.parseInt(digits.group(1));
        }
        errors.add(new FieldError(at + "grade", where + "無法由班級名稱 " + homeroom + " 判斷年級，請加「年級」欄 "
                + "(" + whereEn + "add a grade column)"));
        return null;
    }

    /** A role by its zh-TW label (導師) or code (HOMEROOM_TEACHER); only school roles. */
    static Optional<Role> role(String label) {
        for (Role r : Role.values()) {
            if (r.isSchoolRole() && (r.label().zhTw().equals(label) || r.name().equalsIgnoreCase(label))) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    private static String schoolRoleLabels() {
        return String.join("、", java.util.Arrays.stream(Role.values()).filter(Role::isSchoolRole)
                .map(r -> r.label().zhTw()).toList());
    }

    /** The e-mail's name part and the school code: wang.ming@x.edu.tw at 990301 → wang.ming.990301. */
    static String derivedUsername(String email, String moeCode) {
        String local = email.substring(0, email.indexOf('@')).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]", "");
        local = local.replaceAll("^[._-]+", "");
        if (local.length() > 56) {
            local = local.substring(0, 56);
        }
        return (local.isEmpty() ? "staff" : local) + "." + moeCode;
    }
}
