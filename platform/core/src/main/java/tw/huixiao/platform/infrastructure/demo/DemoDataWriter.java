package tw.huixiao.platform.infrastructure.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVRecord;
import tw.huixiao.platform.domain.identity.Role;
import tw.huixiao.platform.domain.identity.UserAccount;
import tw.huixiao.platform.domain.identity.UserAccountRepository;
import tw.huixiao.platform.domain.school.School;
import tw.huixiao.platform.domain.school.SchoolRepository;
import tw.huixiao.platform.domain.student.EnrolmentStatus;
import tw.huixiao.platform.domain.student.Gender;
import tw.huixiao.platform.domain.student.HouseholdIncome;
import tw.huixiao.platform.domain.student.MentorAssignment;
import tw.huixiao.platform.domain.student.NationalId;
import tw.huixiao.platform.domain.student.SchoolClass;
import tw.huixiao.platform.domain.student.Student;
import tw.huixiao.platform.domain.student.StudentDetails;
import tw.huixiao.platform.domain.student.StudentDetails.GuardianDetails;
import tw.huixiao.platform.domain.student.StudentRepository;
import tw.huixiao.platform.infrastructure.persistence.TenantBoundEntityManager;
import tw.huixiao.platform.application.student.NationalIdCipher;
import tw.huixiao.platform.infrastructure.security.PasswordHashing;
import tw.huixiao.policy.spi.CountyCode;
import tw.huixiao.policy.spi.SchoolLevel;

/** Writes demo data, one school per transaction (a transaction serves one tenant). */
@ApplicationScoped
@Transactional
public class DemoDataWriter {

    private static final String SURNAMES = "王林陳張黃李吳劉蔡楊許鄭謝郭洪曾邱廖賴周徐蘇葉莊呂江何蕭羅高";
    private static final String GIVEN = "明華志文美玲俊宏淑惠建國雅婷家豪怡君冠宇承恩宥翔品妤子晴柏睿語彤";
    private static final List<String> TRIBES = List.of("阿美族", "泰雅族", "排灣族", "布農族", "太魯閣族", "賽德克族");
    static final int CURRENT_SCHOOL_YEAR = 115;

    @Inject
    SchoolRepository schools;

    @Inject
    UserAccountRepository users;

    @Inject
    StudentRepository students;

    @Inject
    TenantBoundEntityManager tenancy;

    @Inject
    PasswordHashing passwords;

    @Inject
    NationalIdCipher cipher;

    @Inject
    Clock clock;

    public boolean hasSchool(String moeCode) {
        return schools.findByMoeCode(moeCode).isPresent();
    }

    public boolean hasUser(String username) {
        return users.findByUsername(username).isPresent();
    }

    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public String hash(String password) {
        return passwords.hash(password.toCharArray());
    }

    public long addSchool(CSVRecord r) {
        School school = schools.add(new School(r.get("moe_code"), r.get("name"), CountyCode.of(r.get("county")),
                SchoolLevel.valueOf(r.get("level")), r.get("district"), Boolean.parseBoolean(r.get("remote_area")),
                r.get("address"), r.get("phone")));
        tenancy.platform().flush();
        return school.getId();
    }

    public void addUser(CSVRecord r, String passwordHash, Long schoolId) {
        Set<Role> roles = Arrays.stream(r.get("roles").split("\\|")).map(Role::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
        String username = r.get("username");
        String name = r.get("display_name");
        UserAccount user;
        if (roles.contains(Role.PLATFORM_ADMIN)) {
            user = UserAccount.platformAdmin(username, name, passwordHash);
        } else if (roles.contains(Role.BUREAU_OFFICER)) {
            user = UserAccount.bureauOfficer(username, name, passwordHash, CountyCode.of(r.get("county")));
        } else {
            user = UserAccount.schoolStaff(username, name, passwordHash,
                    schools.find(schoolId).orElseThrow(), roles);
        }
        users.add(user);
    }

    /** Classes from the homeroom accounts, 25 fictional students per class, a few mentored. */
    public int populate(long schoolId, long seed) {
        tenancy.bind(schoolId);
        School school = schools.find(schoolId).orElseThrow();
        Random random = new Random(seed);
        char area = switch (school.getCounty().value()) {
            case "TAOYUAN" -> 'H';
            case "NEW_TAIPEI" -> 'F';
            case "YUNLIN" -> 'P';
            default -> 'D';
        };
        List<UserAccount> staff = users.findBySchool(schoolId);
        UserAccount mentor = staff.stream().filter(u -> u.getRoles().contains(Role.MENTOR_TEACHER)).findFirst()
                .orElseThrow();
        Set<String> usedIds = new HashSet<>();
        int count = 0;
        for (UserAccount teacher : staff) {
            if (!teacher.getRoles().contains(Role.HOMEROOM_TEACHER)) {
                continue;
            }
            String className = teacher.getUsername().substring(teacher.getUsername().lastIndexOf('-') + 1);
            int grade = Integer.parseInt(className.substring(0, 1));
            SchoolClass schoolClass = students.addClass(new SchoolClass(CURRENT_SCHOOL_YEAR, grade, className, teacher));
            for (int seat = 1; seat <= 25; seat++) {
                Student student = newStudent(random, area, grade, seat, schoolClass, usedIds);
                students.add(student);
                if (seat == 3 || seat == 17) {
                    students.addMentorAssignment(new MentorAssignment(student, mentor));
                }
                count++;
            }
        }
        return count;
    }

    private Student newStudent(Random random, char area, int grade, int seat, SchoolClass schoolClass,
                               Set<String> usedIds) {
        Gender gender = random.nextBoolean() ? Gender.M : Gender.F;
        String nationalId;
        do {
            nationalId = NationalId.withCheckDigit(area + (gender == Gender.M ? "1" : "2")
                    + String.format("%07d", random.nextInt(10_000_000)));
        } while (!usedIds.add(nationalId));
        String surname = pick(random, SURNAMES);
        String name = surname + "○" + pick(random, GIVEN);
        // Age on 1 September of the school year: grade 1 starts at 6, grade 7 at 12.
        LocalDate birth = LocalDate.of(2026 - 6 - grade, 9, 2).plusDays(random.nextInt(365));
        boolean indigenous = random.nextInt(100) < 6;
        HouseholdIncome income = switch (random.nextInt(20)) {
            case 0 -> HouseholdIncome.LOW;
            case 1, 2 -> HouseholdIncome.MID_LOW;
            default -> HouseholdIncome.NONE;
        };
        boolean singleParent = random.nextInt(100) < 12;
        boolean grandparents = !singleParent && random.nextInt(100) < 6;
        String phone = String.format("0900-%03d-%03d", random.nextInt(1000), random.nextInt(1000));
        List<GuardianDetails> guardians = grandparents
                ? List.of(new GuardianDetails(surname + "○" + pick(random, GIVEN), "祖母", phone, "示範路 " + seat + " 號"))
                : List.of(new GuardianDetails(surname + "○" + pick(random, GIVEN), singleParent ? "母" : "父", phone,
                        "示範路 " + seat + " 號"));
        StudentDetails details = new StudentDetails(name, gender, birth, grade, schoolClass.getId(), seat, indigenous,
                indigenous ? TRIBES.get(random.nextInt(TRIBES.size())) : null, singleParent, grandparents,
                random.nextInt(100) < 8, income, EnrolmentStatus.ENROLLED, guardians);
        Student student = new Student(cipher.encrypt(nationalId), clock.instant());
        student.update(details, schoolClass, clock.instant());
        return student;
    }

    private static String pick(Random random, String characters) {
        return String.valueOf(characters.charAt(random.nextInt(characters.length())));
    }
}
