package tw.huixiao.platform.application;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.validation.constraints.Size;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import tw.huixiao.platform.application.InvalidInputException.FieldError;
import tw.huixiao.platform.application.account.PasswordPolicy;
import tw.huixiao.platform.domain.identity.Role;
import tw.huixiao.platform.domain.identity.UserAccount;
import tw.huixiao.platform.domain.identity.UserAccountRepository;
import tw.huixiao.platform.domain.school.School;
import tw.huixiao.platform.domain.school.SchoolRepository;
import tw.huixiao.platform.domain.student.MentorAssignment;
import tw.huixiao.platform.domain.student.SchoolClass;
import tw.huixiao.platform.domain.student.Student;
import tw.huixiao.platform.domain.student.StudentRepository;
import tw.huixiao.platform.application.tenancy.Tenancy;
import tw.huixiao.platform.domain.identity.PasswordHasher;
import tw.huixiao.policy.spi.CountyCode;
import tw.huixiao.policy.spi.SchoolLevel;

/**
 * Platform administrators add schools (of any county, including one whose module was just
 * deployed) and their first staff accounts.
 */
@ApplicationScoped
@Transactional
public class SchoolOnboarding {

    private static final Pattern MOE_CODE = Pattern.compile("[0-9]{6}");
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");

    @Inject
    CallerProvider callers;

    @Inject
    SchoolRepository schools;

    @Inject
    UserAccountRepository accounts;

    @Inject
    PasswordHasher passwords;

    @Inject
    PasswordPolicy passwordPolicy;

    @Inject
    StudentRepository students;

    @Inject
    Tenancy entityManagers;

    /** Lengths as the {@code school} table's columns take them. */
    public record SchoolInput(@Size(max = 6, message = LONGER) String moeCode,
                              @Size(max = 200, message = LONGER) String name,
                              @Size(max = 32, message = LONGER) String county,
                              @Size(max = 16, message = LONGER) String level,
                              @Size(max = 100, message = LONGER) String district,
                              Boolean remoteArea,
                              @Size(max = 500, message = LONGER) String address,
                              @Size(max = 32, message = LONGER) String phone) {
        static final String LONGER = "最多 {max} 字 (at most {max} characters)";
    }

    public record AccountInput(@Schema(required = true, example = "ty-counseling-2") String username,
                               @Schema(required = true, example = "陳○家 輔導老師") String displayName,
                               @Schema(required = true, minLength = 12) String password,
                               @Schema(required = true, type = SchemaType.ARRAY, implementation = Role.class) List<String> roles) {
    }

    public record AccountView(long id, String username, String displayName, long schoolId, List<Role> roles) {
    }

    /** A county bureau's officer account (a county joining the service): the county, no school. */
    public record BureauAccountInput(@Schema(required = true, example = "CHIAYI_COUNTY") String county,
                                     @Schema(required = true, example = "cy-bureau") String username,
                                     @Schema(required = true, example = "嘉義縣政府教育處 陳○安") String displayName,
                                     @Schema(required = true, minLength = 12) String password) {
    }

    public record BureauAccountView(long id, String username, String displayName, String county) {
    }

    /** A module vendor's account (issue 21 §2): platform-level, no school or county. */
    public record VendorAccountInput(@Schema(required = true, example = "acme-modules") String username,
                                     @Schema(required = true, example = "範例資訊股份有限公司") String displayName,
                                     @Schema(required = true, minLength = 12) String password) {
    }

    public record VendorAccountView(long id, String username, String displayName) {
    }

    /** A homeroom class (班級) of a school year, e.g. 115 學年度 grade 8 class 801, with its 導師. */
    public record ClassInput(Integer schoolYear, Integer grade, String name, Long homeroomTeacherId) {
    }

    public record ClassView(long id, long schoolId, int schoolYear, int grade, String name, Long homeroomTeacherId) {
    }

    /** A 認輔老師 assigned to a student of the school. */
    public record MentorInput(Long studentId, Long mentorUserId) {
    }

    public record MentorView(long id, long schoolId, long studentId, long mentorUserId) {
    }

    public ProfileService.SchoolView addSchool(SchoolInput in) {
        requireAdmin();
        List<FieldError> errors = new ArrayList<>();
        if (in.moeCode() == null || !MOE_CODE.matcher(in.moeCode()).matches()) {
            errors.add(new FieldError("moeCode", "學校代碼為 6 位數字 (the MOE school code has 6 digits)"));
        } else if (schools.findByMoeCode(in.moeCode()).isPresent()) {
            errors.add(new FieldError("moeCode", "此學校代碼已存在 (a school with this code exists)"));
        }
        requireText(in.name(), "name", "校名必填 (name is required)", errors);
        requireText(in.district(), "district", "鄉鎮市區必填 (district is required)", errors);
        requireText(in.address(), "address", "地址必填 (address is required)", errors);
        CountyCode county = null;
        try {
            county = CountyCode.of(in.county() == null ? "" : in.county().trim());
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("county", "縣市代碼為大寫英文字母與底線，例如 KINMEN (county code like KINMEN)"));
        }
        SchoolLevel level = null;
        try {
            level = SchoolLevel.valueOf(in.level() == null ? "" : in.level().trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("level", "學制應為 ELEMENTARY、JUNIOR_HIGH 或 COMPLETE"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        School school = schools.add(new School(in.moeCode(), in.name().trim(), county, level, in.district().trim(),
                Boolean.TRUE.equals(in.remoteArea()), in.address().trim(),
                in.phone() == null || in.phone().isBlank() ? null : in.phone().trim()));
        entityManagers.platform().flush();
        return ProfileService.schoolView(school);
    }

    public AccountView addStaff(long schoolId, AccountInput in) {
        requireAdmin();
        School school = schools.find(schoolId).orElseThrow(() -> new RecordNotFoundException("school", schoolId));
        List<FieldError> errors = new ArrayList<>();
        checkNewAccount(in.username(), in.displayName(), in.password(), errors);
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String r : in.roles() == null ? List.<String>of() : in.roles()) {
            try {
                Role role = Role.valueOf(r == null ? "" : r.trim().toUpperCase(Locale.ROOT));
                if (!role.isSchoolRole()) {
                    throw new IllegalArgumentException();
                }
                roles.add(role);
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("roles", "不是學校人員的角色: " + r + " (not a school staff role)"));
            }
        }
        if (roles.isEmpty() && errors.stream().noneMatch(e -> e.field().equals("roles"))) {
            errors.add(new FieldError("roles", "至少指定一個角色 (at least one role)"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        UserAccount account = accounts.add(UserAccount.schoolStaff(in.username(), in.displayName().trim(),
                passwords.hash(in.password().toCharArray()), school, roles));
        entityManagers.platform().flush();
        return new AccountView(account.getId(), account.getUsername(), account.getDisplayName(), school.getId(),
                account.getRoles().stream().sorted().toList());
    }

    /**
     * Adds a county bureau officer (BUREAU_OFFICER of the county): a county joining the hosted
     * service needs one to see its schools, receive filings and deploy its own module (issue 21).
     */
    public BureauAccountView addBureauOfficer(BureauAccountInput in) {
        requireAdmin();
        List<FieldError> errors = new ArrayList<>();
        CountyCode county = null;
        try {
            county = CountyCode.of(in.county() == null ? "" : in.county().trim());
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("county", "縣市代碼為大寫英文字母與底線，例如 KINMEN (county code like KINMEN)"));
        }
        checkNewAccount(in.username(), in.displayName(), in.password(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        UserAccount account = accounts.add(UserAccount.bureauOfficer(in.username(), in.displayName().trim(),
                passwords.hash(in.password().toCharArray()), county));
        entityManagers.platform().flush();
        return new BureauAccountView(account.getId(), account.getUsername(), account.getDisplayName(),
                county.value());
    }

    /**
     * Adds a module vendor (MODULE_VENDOR, no school or county): it uploads a county's module only
     * while that county's bureau grants it (issue 21 §2).
     */
    public VendorAccountView addModuleVendor(VendorAccountInput in) {
        requireAdmin();
        List<FieldError> errors = new ArrayList<>();
        checkNewAccount(in.username(), in.displayName(), in.password(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        UserAccount account = accounts.add(UserAccount.moduleVendor(in.username(), in.displayName().trim(),
                passwords.hash(in.password().toCharArray())));
        entityManagers.platform().flush();
        return new VendorAccountView(account.getId(), account.getUsername(), account.getDisplayName());
    }

    /** A platform-level account's name, display name and password, as every new account needs them. */
    private void checkNewAccount(String username, String displayName, String password, List<FieldError> errors) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            errors.add(new FieldError("username", "帳號為 3–64 個小寫英數字、點、底線或連字號 (3–64 lower-case letters, digits, . _ -)"));
        } else if (accounts.findByUsername(username).isPresent()) {
            errors.add(new FieldError("username", "此帳號已存在 (the username is taken)"));
        }
        requireText(displayName, "displayName", "顯示名稱必填 (display name is required)", errors);
        passwordPolicy.refusal(username, password).ifPresent(why -> errors.add(new FieldError("password", why)));
    }

    /**
     * Adds a homeroom class with its 導師 (a staff account of the school holding HOMEROOM_TEACHER):
     * the teacher then sees the class's students and their cases, and the escalation engine
     * assigns the homeroom duties of those students to them.
     */
    public ClassView addClass(long schoolId, ClassInput in) {
        requireAdmin();
        schools.find(schoolId).orElseThrow(() -> new RecordNotFoundException("school", schoolId));
        entityManagers.bind(schoolId);
        List<FieldError> errors = new ArrayList<>();
        if (in.schoolYear() == null || in.schoolYear() < 100 || in.schoolYear() > 200) {
            errors.add(new FieldError("schoolYear", "學年度為民國年 100–200，例如 115 (ROC school year, e.g. 115)"));
        }
        if (in.grade() == null || in.grade() < 1 || in.grade() > 12) {
            errors.add(new FieldError("grade", "年級為 1–12 (grade 1–12)"));
        }
        String name = in.name() == null ? "" : in.name().trim();
        if (name.isEmpty() || name.length() > 16) {
            errors.add(new FieldError("name", "班級名稱必填，最多 16 字，例如 801 (class name, at most 16 characters)"));
        } else if (in.schoolYear() != null && students.classes().stream()
                .anyMatch(c -> c.getSchoolYear() == in.schoolYear() && c.getName().equals(name))) {
            errors.add(new FieldError("name", "本學年度已有此班級 (the school already has this class this year)"));
        }
        UserAccount teacher = null;
        if (in.homeroomTeacherId() != null) {
            teacher = staffWithRole(schoolId, in.homeroomTeacherId(), Role.HOMEROOM_TEACHER, "homeroomTeacherId", errors);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        SchoolClass added = students.addClass(new SchoolClass(in.schoolYear(), in.grade(), name, teacher));
        entityManagers.tenant().flush();
        return new ClassView(added.getId(), schoolId, added.getSchoolYear(), added.getGrade(), added.getName(),
                teacher == null ? null : teacher.getId());
    }

    /** Assigns a 認輔老師 (a staff account of the school holding MENTOR_TEACHER) to a student of the school. */
    public MentorView addMentor(long schoolId, MentorInput in) {
        requireAdmin();
        schools.find(schoolId).orElseThrow(() -> new RecordNotFoundException("school", schoolId));
        entityManagers.bind(schoolId);
        List<FieldError> errors = new ArrayList<>();
        Student student = in.studentId() == null ? null : students.find(in.studentId()).orElse(null);
        if (student == null) {
            errors.add(new FieldError("studentId", "本校沒有這位學生 (no such student in this school)"));
        }
        UserAccount mentor = staffWithRole(schoolId, in.mentorUserId(), Role.MENTOR_TEACHER, "mentorUserId", errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (students.isMentoredBy(student.getId(), mentor.getId())) {
            throw new StateConflictException("這位認輔老師已認輔此學生 (the mentor is already assigned to this student)");
        }
        MentorAssignment added = students.addMentorAssignment(new MentorAssignment(student, mentor));
        entityManagers.tenant().flush();
        return new MentorView(added.getId(), schoolId, student.getId(), mentor.getId());
    }

    private UserAccount staffWithRole(long schoolId, Long userId, Role role, String field, List<FieldError> errors) {
        UserAccount found = userId == null ? null : accounts.findBySchool(schoolId).stream()
                .filter(u -> u.getId() == userId.longValue()).findFirst().orElse(null);
        if (found == null) {
            errors.add(new FieldError(field, "本校沒有這位人員 (no such member of this school's staff)"));
        } else if (!found.getRoles().contains(role)) {
            errors.add(new FieldError(field, "這位人員不是" + role.label().zhTw() + " (not a " + role.label().en() + ")"));
            found = null;
        }
        return found;
    }

    private void requireAdmin() {
        if (!callers.get().has(Role.PLATFORM_ADMIN)) {
            throw new AccessDeniedException("只有平台管理者可以新增學校與帳號 (platform administrators only)");
        }
    }

    private static void requireText(String value, String field, String message, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, message));
        }
    }
}
