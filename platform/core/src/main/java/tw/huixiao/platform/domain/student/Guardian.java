package tw.huixiao.platform.domain.student;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import tw.huixiao.platform.domain.tenancy.TenantOwned;

/** 監護人 / 家長: whom the school phones, visits and writes to. */
@Entity
@Table(name = "guardian")
public class Guardian extends TenantOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "student_id", nullable = false)
    private Student student;

    @Column(nullable = false)
    private String name;

    /** 關係, e.g. 父, 母, 祖母, 監護人. */
    @Column(nullable = false, length = 32)
    private String relation;

    private String phone;

    private String address;

    protected Guardian() {
    }

    Guardian(Student student, String name, String relation, String phone, String address) {
        this.student = student;
        this.name = name;
        this.relation = relation;
        this.phone = phone;
        this.address = address;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getRelation() {
        return relation;
    }

    public String getPhone() {
        return phone;
    }

    public String getAddress() {
        return address;
    }
}
