package tw.huixiao.platform.domain.school;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import tw.huixiao.policy.spi.CountyCode;
import tw.huixiao.policy.spi.SchoolLevel;
import tw.huixiao.policy.spi.SchoolProfile;

/** A school: the tenant. Its county decides which policy module applies. */
@Entity
@Table(name = "school")
public class School {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "moe_code", nullable = false, unique = true, length = 6)
    private String moeCode;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false, length = 32)
    private String county;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private SchoolLevel level;

    @Column(nullable = false)
    private String district;

    @Column(name = "remote_area", nullable = false)
    private boolean remoteArea;

    @Column(nullable = false)
    private String address;

    private String phone;

    @Version
    private long version;

    protected School() {
    }

    public School(String moeCode, String name, CountyCode county, SchoolLevel level, String district,
                  boolean remoteArea, String address, String phone) {
        this.moeCode = moeCode;
        this.name = name;
        this.county = county.value();
        this.level = level;
        this.district = district;
        this.remoteArea = remoteArea;
        this.address = address;
        this.phone = phone;
    }

    public Long getId() {
        return id;
    }

    public String getMoeCode() {
        return moeCode;
    }

    public String getName() {
        return name;
    }

    public CountyCode getCounty() {
        return CountyCode.of(county);
    }

    public SchoolLevel getLevel() {
        return level;
    }

    public String getDistrict() {
        return district;
    }

    public boolean isRemoteArea() {
        return remoteArea;
    }

    public String getAddress() {
        return address;
    }

    public String getPhone() {
        return phone;
    }

    /** The MOE list's current entry for this code (the code itself never changes). */
    public void revise(String name, CountyCode county, SchoolLevel level, String district, boolean remoteArea,
                       String address, String phone) {
        this.name = name;
        this.county = county.value();
        this.level = level;
        this.district = district;
        this.remoteArea = remoteArea;
        this.address = address;
        this.phone = phone;
    }

    /** The attributes a policy module may see: never personal data. */
    public SchoolProfile profile() {
        return new SchoolProfile(moeCode, getCounty(), district, level, remoteArea);
    }
}
