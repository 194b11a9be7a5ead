package id.kalbar.monev.realization;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;

/** An administrator's permission for one region to change one period after its deadline. */
@Entity
@Table(name = "reporting_exception")
@IdClass(ReportingExceptionKey.class)
public class ReportingException {

    @Id
    @Column(name = "region_code")
    public String regionCode;

    @Id
    public String period;

    @Column(name = "open_until", nullable = false)
    public LocalDate openUntil;

    @Column(nullable = false)
    public String reason;

    @Column(name = "granted_by", nullable = false)
    public String grantedBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    @PrePersist
    void onCreate() {
        createdAt = Instant.now();
        updatedAt = createdAt;
    }

    @PreUpdate
    void onUpdate() {
        updatedAt = Instant.now();
    }
}
