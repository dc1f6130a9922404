package tw.huixiao.platform.domain.identity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import tw.huixiao.platform.domain.school.School;
import tw.huixiao.policy.spi.CountyCode;

/**
 * A person who logs in: staff of one school, an officer of one county bureau, or a platform
 * operator. An administrator can disable the account (it then neither logs in nor uses its
 * tokens) and enable it again; the owner changes the password.
 */
@Entity
@Table(name = "app_user")
public class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 64)
    private String username;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    /** Null until the person sets a password through an invitation link (issue 19). */
    @Column(name = "password_hash")
    private String passwordHash;

    @Column(name = "email")
    private String email;

    @Column(name = "digest_opt_out", nullable = false)
    private boolean digestOptOut;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "school_id")
    private School school;

    @Column(length = 32)
    private String county;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "password_changed_at")
    private Instant passwordChangedAt;

    @Column(name = "disabled_at")
    private Instant disabledAt;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role", length = 32)
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Version
    private long version;

    protected UserAccount() {
    }

    private UserAccount(String username, String displayName, String passwordHash, School school, CountyCode county,
                        Set<Role> roles) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.school = school;
        this.county = county == null ? null : county.value();
        this.roles = EnumSet.copyOf(roles);
    }

    public static UserAccount schoolStaff(String username, String displayName, String passwordHash, School school,
                                          Set<Role> roles) {
        if (roles.isEmpty() || !roles.stream().allMatch(Role::isSchoolRole)) {
            throw new IllegalArgumentException("school staff hold one or more school roles: " + roles);
        }
        return new UserAccount(username, displayName, passwordHash, school, null, roles);
    }

    public static UserAccount bureauOfficer(String username, String displayName, String passwordHash,
                                            CountyCode county) {
        return new UserAccount(username, displayName, passwordHash, null, county, Set.of(Role.BUREAU_OFFICER));
    }

    public static UserAccount platformAdmin(String username, String displayName, String passwordHash) {
        return new UserAccount(username, displayName, passwordHash, null, null, Set.of(Role.PLATFORM_ADMIN));
    }

    /** A module vendor (issue 21 §2): no school, no county; the counties' grants say where it may upload. */
    public static UserAccount moduleVendor(String username, String displayName, String passwordHash) {
        return new UserAccount(username, displayName, passwordHash, null, null, Set.of(Role.MODULE_VENDOR));
    }

    /** A school staff account with an e-mail address and no password yet: its owner sets one from an invitation. */
    public static UserAccount invitedStaff(String username, String displayName, String email, School school,
                                           Set<Role> roles) {
        UserAccount account = schoolStaff(username, displayName, null, school, roles);
        account.email = email;
        return account;
    }


    /** A new password hash, set by the owner (after proving the old one) or by a reset link. */
    public void changePassword(String newHash, Instant at) {
        this.passwordHash = newHash;
        this.passwordChangedAt = at;
        this.failedLogins = 0;
    }

    public void disable(Instant at) {
        if (enabled) {
            enabled = false;
            disabledAt = at;
        }
    }

    public void enable() {
        enabled = true;
        disabledAt = null;
        failedLogins = 0;
    }


    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean hasPassword() {
        return passwordHash != null;
    }

    public Optional<String> getEmail() {
        return Optional.ofNullable(email);
    }

    public boolean isDigestOptOut() {
        return digestOptOut;
    }

    public Optional<School> getSchool() {
        return Optional.ofNullable(school);
    }

    public Optional<CountyCode> getBureauCounty() {
        return Optional.ofNullable(county).map(CountyCode::of);
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Optional<Instant> getPasswordChangedAt() {
        return Optional.ofNullable(passwordChangedAt);
    }

    public Optional<Instant> getDisabledAt() {
        return Optional.ofNullable(disabledAt);
    }

    public Optional<Instant> getLastLoginAt() {
        return Optional.ofNullable(lastLoginAt);
    }

    public int getFailedLogins() {
        return failedLogins;
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }
}
